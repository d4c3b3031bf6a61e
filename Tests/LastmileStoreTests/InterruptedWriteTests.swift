import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// A bulk load writes with a rollback journal; a crash in the middle leaves the file half
/// written and the journal beside it. The next open rolls it back, whoever opens it first.
@Suite("A write cut short is rolled back on the next open")
struct InterruptedWriteTests {
  /// Copies the database as a crash in the middle of a large write leaves it: the file with
  /// pages written and the hot journal that undoes them. Returns the copy and the household
  /// count before the write.
  private func crashedCopy(_ folder: TemporaryFolder) throws -> (URL, Int) {
    let store = try Fixtures.demoStore(in: folder, households: 20)
    let households = try store.counts().households
    try store.close()
    let original = folder.file("lastmile.db")
    let crashed = folder.file("crashed.db")
    let queue = try DatabaseQueue(path: original.path)
    try queue.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
      try db.execute(sql: "PRAGMA cache_size = 10")
    }
    try queue.inTransaction(.immediate) { db in
      try db.execute(sql: "CREATE TABLE junk(x)")
      for _ in 0..<5_000 { try db.execute(sql: "INSERT INTO junk VALUES (randomblob(200))") }
      try db.execute(sql: "UPDATE household SET notes = 'half written'")
      // The state a kill at this moment leaves on disk.
      for suffix in ["", "-journal"] {
        try FileManager.default.copyItem(
          atPath: original.path + suffix, toPath: crashed.path + suffix)
      }
      return .rollback
    }
    #expect(FileManager.default.fileExists(atPath: crashed.path + "-journal"))
    return (crashed, households)
  }

  @Test("check rolls the write back, says so, and finds the database sound")
  func checkRecovers() throws {
    let folder = TemporaryFolder()
    let (crashed, households) = try crashedCopy(folder)
    let report = try LastmileStore.check(at: crashed)
    #expect(report.recovered)
    #expect(report.isOK, "\(report.problems)")
    #expect(!FileManager.default.fileExists(atPath: crashed.path + "-journal"))
    let queue = try DatabaseQueue(path: crashed.path)
    let (half, junk) = try queue.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM household WHERE notes = 'half written'"),
        try db.tableExists("junk")
      )
    }
    #expect(half == 0 && !junk)
    #expect(
      try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM household") }
        == households)
  }

  @Test("opening for reading after the crash rolls it back too, and reads every household")
  func readerRecovers() throws {
    let folder = TemporaryFolder()
    let (crashed, households) = try crashedCopy(folder)
    let store = try LastmileStore.open(at: crashed, create: false, readOnly: true)
    #expect(store.recovered)
    #expect(try store.counts().households == households)
  }

  @Test("one who may not write the file is told the owner must open it, not shown damage")
  func notWritableRefusedClearly() throws {
    let folder = TemporaryFolder()
    let (crashed, _) = try crashedCopy(folder)
    #expect(throws: StoreError.interruptedWrite(path: crashed.path)) {
      try DatabaseFile.recoverInterruptedWrite(at: crashed, writable: false)
    }
  }
}
