import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Check and backup")
struct MaintenanceTests {
  @Test("a sound database checks ok at the current schema version")
  func checkOK() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 50)
    let report = try LastmileStore.check(at: store.url)
    #expect(report.isOK)
    #expect(report.schemaVersion == Migrations.known.count)
  }

  @Test("check lists a row whose parent is missing")
  func checkForeignKeys() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.pool.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(
        sql: """
          INSERT INTO member (id, household_id, name, relation, created_at, updated_at, device_id)
          VALUES ('m1', 'nowhere', '孤儿行', 'head', 'x', 'x', 'x')
          """)
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    let report = try LastmileStore.check(at: store.url)
    #expect(
      report.problems.contains {
        if case .foreignKey(table: "member", _, parent: "household") = $0 { true } else { false }
      })
  }

  @Test(
    "a backup is a consistent, checked copy named by date and time; backups of 2020 are removed"
  )
  func backup() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 30)
    let backups = folder.file("backups")
    try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
    for index in 0..<31 {
      try Data().write(
        to: backups.appendingPathComponent("lastmile-20200101-0000\(LocalDate.pad(index, 2)).db"))
    }
    let result = try store.backup(now: Date(timeIntervalSince1970: 1_764_000_000))
    #expect(result.url.lastPathComponent.hasPrefix("lastmile-2025"))
    #expect(result.removed == 31)
    let names = try FileManager.default.contentsOfDirectory(atPath: backups.path).filter {
      $0.hasSuffix(".db")
    }
    #expect(names == [result.url.lastPathComponent])
    let copy = try DatabaseQueue(path: result.url.path)
    #expect(
      try copy.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM household") } == 30)
    let second = try store.backup(now: Date(timeIntervalSince1970: 1_764_000_000))
    #expect(second.url != result.url)
  }

  @Test("a backup to a named file refuses to overwrite it")
  func backupNoOverwrite() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let target = folder.file("copy.db")
    _ = try store.backup(to: target)
    #expect(throws: StoreError.self) { try store.backup(to: target) }
  }
}
