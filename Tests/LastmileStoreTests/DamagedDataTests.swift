import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// A record that cannot be read back is reported as damaged, naming where; nothing is made up
/// in its place. A record that is gone is named as people know it.
@Suite("Damaged and missing records")
struct DamagedDataTests {
  /// Runs `sql` on the database file behind the store's back, foreign keys off.
  func tamper(_ folder: TemporaryFolder, _ sql: String) throws {
    let queue = try DatabaseQueue(path: folder.file("lastmile.db").path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(sql: sql)
    }
    try queue.close()
  }

  @Test("a member whose household id cannot be read is refused, naming the table, row and column")
  func damagedMember() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let member = Fixtures.uuid(20).databaseText
    try tamper(folder, "UPDATE member SET household_id = 'not-a-uuid' WHERE id = '\(member)'")
    #expect(throws: StoreError.damagedRecord(table: "member", id: member, column: "household_id")) {
      _ = try store.member(id: Fixtures.uuid(20))
    }
    let error = StoreError.damagedRecord(table: "member", id: member, column: "household_id")
    #expect(error.text(.zh) == "数据库中的一条成员记录已损坏（household_id 无法读取）：请运行 lastmile check")
    #expect(!error.text(.en).contains(member))
  }

  @Test("a request with a status no lastmile writes is refused, not read as registered")
  func unknownStatus() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let request = Fixtures.uuid(40).databaseText
    try tamper(folder, "UPDATE help_request SET status = 'teleported' WHERE id = '\(request)'")
    #expect(throws: StoreError.damagedRecord(table: "help_request", id: request, column: "status"))
    {
      _ = try store.request(id: Fixtures.uuid(40))
    }
  }

  @Test("changing a deleted household names it by its number, in both languages")
  func goneHousehold() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let household = try #require(try store.household(id: Fixtures.uuid(10)))
    try store.deleteHousehold(id: household.id)
    do {
      try store.saveHousehold(household)
      Issue.record("a deleted household was saved")
    } catch let error as StoreError {
      #expect(error.text(.zh) == "户 01010001 已被删除")
      #expect(error.text(.en) == "household 01010001 was deleted")
    }
  }

  @Test("an SQLite refusal keeps SQLite's words out of the sentence")
  func refusalSentence() throws {
    let error = StoreError.databaseRefused(detail: "SQLITE_CONSTRAINT: UNIQUE constraint failed")
    #expect(!error.text(.en).contains("SQLITE"))
    #expect(!error.text(.zh).contains("UNIQUE"))
    #expect(
      !error.text(.zh).contains("lastmile.log"), "the log is named only once it has the detail")
    #expect(error.withheldDetail == "SQLITE_CONSTRAINT: UNIQUE constraint failed")
  }
}
