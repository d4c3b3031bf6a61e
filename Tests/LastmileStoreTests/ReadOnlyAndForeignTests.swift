import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Read-only databases and other programs' files")
struct ReadOnlyAndForeignTests {
  /// The bytes of the database file and its companions.
  func bytes(_ url: URL) throws -> [Data] {
    try ["", "-wal", "-shm"].map { suffix in
      let path = url.path + suffix
      return FileManager.default.fileExists(atPath: path)
        ? try Data(contentsOf: URL(fileURLWithPath: path)) : Data()
    }
  }

  @Test("another program's SQLite file is refused in one sentence and left byte for byte as it was")
  func foreignFile() throws {
    let folder = TemporaryFolder()
    let url = folder.file("other.db")
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE foo (a TEXT); INSERT INTO foo VALUES ('x')")
    }
    try queue.close()
    let before = try bytes(url)
    #expect(throws: StoreError.foreignDatabase(path: url.path)) {
      _ = try LastmileStore.open(at: url)
    }
    #expect(try bytes(url) == before)
    #expect(
      StoreError.foreignDatabase(path: url.path).text(.zh).contains("另一个程序的 SQLite 数据库"))
    let check = try Data(contentsOf: url)
    #expect(!String(decoding: check, as: UTF8.self).contains("household"))
  }

  @Test("an empty SQLite file is a new database: lastmile makes its schema in it")
  func emptySQLiteFile() throws {
    let folder = TemporaryFolder()
    let url = folder.file("empty.db")
    try DatabaseQueue(path: url.path).close()
    let store = try LastmileStore.open(at: url, clock: .fixed(Fixtures.today))
    #expect(try store.counts().isEmpty)
  }

  @Test(
    "read-only: every list, card and report reads; every write is refused in one sentence, and the file and its log are as they were"
  )
  func readOnly() throws {
    let folder = TemporaryFolder()
    try Fixtures.smallLedger(in: folder).close()
    let url = folder.file("lastmile.db")
    let before = try bytes(url)
    let store = try LastmileStore.open(
      at: url, create: false, clock: .stopped(at: Fixtures.now), readOnly: true)
    #expect(store.isReadOnly)
    #expect(store.operatorName == "王主任")
    #expect(try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 10).count == 3)
    #expect(try store.householdCard(id: Fixtures.uuid(10))?.members.count == 1)
    #expect(try store.overdueRequests().requests.count == 1)
    #expect(try store.receptionBook(on: Fixtures.today).day == Fixtures.today)
    #expect(
      try store.searchRoster(
        "zsf", filter: RosterFilter(), sort: ListingSort(), after: nil, backward: false,
        including: true
      ).row != nil)
    let acting = try store.acting(as: "李四")
    #expect(acting.operatorName == "李四")
    #expect(throws: StoreError.readOnly(path: url.path)) {
      try acting.saveHousehold(Household(householdNo: "X1", headName: "某某"))
    }
    #expect(throws: StoreError.readOnly(path: url.path)) {
      try acting.handleRequest(Fixtures.uuid(40), .urge(note: ""))
    }
    #expect(StoreError.readOnly(path: url.path).text(.zh).contains("只能读"))
    try store.close()
    let after = try bytes(url)
    #expect(after[0] == before[0], "the database file changed")
    #expect(after[1] == before[1], "the log changed: \(before[1].count) → \(after[1].count)")
    // SQLite may make the log's shared-memory index for its readers; it holds no data.
  }
}
