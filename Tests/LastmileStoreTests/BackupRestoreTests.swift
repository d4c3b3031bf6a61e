import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// Backups taken without being asked (the first start of a day, before a schema upgrade), kept
/// thirty days, and put back by `restore`.
@Suite("Automatic backups and restore")
struct BackupRestoreTests {
  private func backups(_ store: LastmileStore) throws -> [String] {
    let folder = LastmileStore.backupsFolder(of: store.url)
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".db") }.sorted()
  }

  private func noon(_ day: String) -> Date {
    let date = LocalDate(parsing: day)!
    var components = DateComponents()
    (components.year, components.month, components.day) = date.components
    components.hour = 12
    return Calendar.current.date(from: components)!
  }

  @Test(
    "the first start of a day takes a backup; later starts that day do not; the next day's does")
  func dailyBackup() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 10)
    #expect(try store.dailyBackupIfDue(now: noon("2026-11-25")) != nil)
    #expect(try store.dailyBackupIfDue(now: noon("2026-11-25").addingTimeInterval(3_600)) == nil)
    #expect(try store.dailyBackupIfDue(now: noon("2026-11-26")) != nil)
    #expect(try backups(store).count == 2)
  }

  @Test("backups of days more than thirty days back are removed, the newest always kept")
  func thirtyDaysKept() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 10)
    let backupsFolder = LastmileStore.backupsFolder(of: store.url)
    try FileManager.default.createDirectory(at: backupsFolder, withIntermediateDirectories: true)
    for name in ["lastmile-20261001-080000.db", "lastmile-20261026-080000.db", "notes.txt"] {
      try "x".write(
        to: backupsFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let result = try store.backup(now: noon("2026-11-25"))
    #expect(result.removed == 1)
    #expect(try backups(store) == ["lastmile-20261026-080000.db", result.url.lastPathComponent])
    #expect(
      FileManager.default.fileExists(atPath: backupsFolder.appendingPathComponent("notes.txt").path)
    )
  }

  @Test("a schema upgrade takes a backup of the database as it was, first")
  func upgradeBackup() throws {
    let folder = TemporaryFolder()
    let url = try SchemaTests.firstVersion(in: folder)
    let store = try LastmileStore.open(at: url, create: false, clock: .fixed(Fixtures.today))
    let names = try backups(store)
    #expect(names.count == 1)
    #expect(names.first?.hasSuffix("-before-upgrade-1.db") == true)
    let copy = try DatabaseQueue(
      path: LastmileStore.backupsFolder(of: url).appendingPathComponent(names[0]).path)
    #expect(
      try copy.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM grdb_migrations") } == 1)
    // Opening again upgrades nothing and takes none.
    try store.close()
    _ = try LastmileStore.open(at: url, create: false, clock: .fixed(Fixtures.today))
    #expect(try backups(store).count == 1)
  }

  @Test("restore puts a sound backup in place and keeps the database it replaces aside")
  func restoreKeepsCurrentAside() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 10)
    let backup = try store.backup(now: noon("2026-11-25")).url
    let before = try store.counts()
    var household = try #require(try store.household(number: "01010001"))
    household.notes = "after the backup"
    try store.saveHousehold(household)
    try store.close()
    let aside = try #require(try LastmileStore.restore(from: backup, to: store.url))
    let restored = try LastmileStore.open(at: store.url, create: false)
    #expect(try restored.counts() == before)
    #expect(try restored.household(number: "01010001")?.notes != "after the backup")
    let kept = try LastmileStore.open(at: aside, create: false, readOnly: true)
    #expect(try kept.household(number: "01010001")?.notes == "after the backup")
  }

  @Test("a backup that does not pass the check is refused, the database untouched")
  func unsoundBackupRefused() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 10)
    let backup = try store.backup(now: noon("2026-11-25")).url
    let queue = try DatabaseQueue(path: backup.path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
    }
    try queue.close()
    let bytes = try Data(contentsOf: store.url)
    #expect(throws: StoreError.self) { try LastmileStore.restore(from: backup, to: store.url) }
    #expect(try Data(contentsOf: store.url) == bytes)
  }
}
