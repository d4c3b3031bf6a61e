import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Opening the database")
struct OpeningTests {
  @Test("a new database gets a private folder (0700) and a private file (0600)")
  func permissions() throws {
    let folder = TemporaryFolder()
    let url = folder.file("nested/deeper/lastmile.db")
    let store = try LastmileStore.open(at: url, clock: .fixed(Fixtures.today))
    _ = try store.counts()
    let manager = FileManager.default
    let folderMode = try manager.attributesOfItem(atPath: url.deletingLastPathComponent().path)[
      .posixPermissions]
    let fileMode = try manager.attributesOfItem(atPath: url.path)[.posixPermissions]
    #expect((folderMode as? NSNumber)?.intValue == 0o700)
    #expect((fileMode as? NSNumber)?.intValue == 0o600)
    for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: url.path + suffix) {
      let mode = try manager.attributesOfItem(atPath: url.path + suffix)[.posixPermissions]
      #expect((mode as? NSNumber)?.intValue == 0o600, "\(suffix)")
    }
  }

  @Test("the writer runs in WAL mode with synchronous=FULL, foreign keys on and a busy timeout")
  func pragmas() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let (journal, synchronous, foreignKeys, timeout) = try store.pool.writeWithoutTransaction {
      db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA synchronous"),
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
        try Int.fetchOne(db, sql: "PRAGMA busy_timeout")
      )
    }
    #expect(journal == "wal")
    #expect(synchronous == 2)
    #expect(foreignKeys == 1)
    #expect((timeout ?? 0) >= 5000)
  }

  @Test("synchronous=FULL still holds after many writes")
  func synchronousHolds() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    for index in 0..<20 {
      try store.saveHousehold(Household(householdNo: "H\(index)", headName: "户主\(index)"))
    }
    let synchronous = try store.pool.writeWithoutTransaction { db in
      try Int.fetchOne(db, sql: "PRAGMA synchronous")
    }
    #expect(synchronous == 2)
  }

  @Test("every migration is applied, and opening again changes nothing")
  func migrations() throws {
    let folder = TemporaryFolder()
    let url = folder.file("lastmile.db")
    _ = try LastmileStore.open(at: url)
    let store = try LastmileStore.open(at: url)
    let applied = try store.read { db in
      Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
    }
    #expect(applied == Set(Migrations.known))
    let tables = try store.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    for table in [
      "area", "audit_log", "cadre", "contact_assignment", "help_request", "household", "member",
      "visit",
    ] {
      #expect(tables.contains(table))
    }
  }

  @Test("a database from a newer lastmile is refused and left byte for byte untouched")
  func newerSchemaRefused() throws {
    let folder = TemporaryFolder()
    let url = folder.file("lastmile.db")
    let store = try LastmileStore.open(at: url)
    try store.pool.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999 from the future')")
    }
    try store.close()
    let before = try Data(contentsOf: url)
    #expect(
      throws: StoreError.newerSchema(path: url.path, unknownMigrations: ["999 from the future"])
    ) {
      try LastmileStore.open(at: url)
    }
    #expect(try Data(contentsOf: url) == before)
    let message = StoreError.newerSchema(path: url.path, unknownMigrations: ["999"]).text(.zh)
    #expect(message.contains("未做任何改动"))
  }

  @Test("a file that is not a database is refused and left alone")
  func notADatabase() throws {
    let folder = TemporaryFolder()
    let url = folder.file("notes.db")
    try Data("这不是数据库".utf8).write(to: url)
    #expect(throws: StoreError.notADatabase(path: url.path)) { try LastmileStore.open(at: url) }
    #expect(try String(contentsOf: url, encoding: .utf8) == "这不是数据库")
  }

  @Test("a missing database is refused by commands that do not create one")
  func missingRefused() {
    let folder = TemporaryFolder()
    let url = folder.file("none.db")
    #expect(throws: StoreError.databaseMissing(path: url.path)) {
      try LastmileStore.open(at: url, create: false)
    }
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }

  @Test("the operator is remembered for the next session")
  func lastOperator() throws {
    let folder = TemporaryFolder()
    _ = try Fixtures.store(in: folder, operatorName: "李主任")
    let reopened = try LastmileStore.open(at: folder.file("lastmile.db"))
    #expect(reopened.operatorName == "李主任")
    #expect(reopened.lastOperator == "李主任")
  }
}
