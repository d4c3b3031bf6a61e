import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// The statements a store ran, with their arguments written in.
final class StatementLog: @unchecked Sendable {
  private var statements: [String] = []
  private let lock = NSLock()

  func append(_ sql: String) {
    lock.withLock { statements.append(sql) }
  }

  /// The queries run by `body`.
  func queries(of body: () throws -> Void) rethrows -> [String] {
    lock.withLock { statements.removeAll() }
    try body()
    return lock.withLock { statements }.filter { $0.hasPrefix("SELECT") && !$0.contains("'main'.") }
  }
}

/// How SQLite runs the store's queries on a populated database: an index walk that turns into a
/// scan of a whole table, or a sort of a whole listing, fails a test.
@Suite("Query plans")
struct QueryPlanTests {
  let folder = TemporaryFolder()
  let log = StatementLog()
  let store: LastmileStore
  let inspector: DatabaseQueue

  init() throws {
    _ = try Fixtures.demoStore(in: folder, households: 200)
    let log = self.log
    store = try LastmileStore.open(
      at: folder.file("lastmile.db"), create: false, operatorName: "测试员",
      clock: .stopped(at: Fixtures.now), calendar: .builtIn, trace: { log.append($0) })
    inspector = try DatabaseQueue(path: folder.file("lastmile.db").path)
  }

  /// The plan's lines for one query.
  func plan(_ sql: String) throws -> [String] {
    try inspector.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
    }
  }

  /// Every query `body` runs: none scans a table without an index; each listing page reads in
  /// the order of an index (no sort of the whole listing); `index` is used by one of them.
  func expectIndexed(
    _ what: String, using index: String, pages: Bool = true, _ body: () throws -> Void
  ) throws {
    let queries = try log.queries(of: body)
    #expect(!queries.isEmpty, "\(what): no query ran")
    var used = false
    for sql in queries {
      let lines = try plan(sql)
      used = used || lines.contains { $0.contains(index) }
      for line in lines where line.hasPrefix("SCAN ") && !line.contains("INDEX") {
        let scanned = line.dropFirst(5)
        #expect(
          scanned.hasPrefix("(subquery") || scanned.hasPrefix("sqlite_"),
          "\(what): \(line) in\n\(sql)")
      }
      if pages, sql.contains("listing_sort") {
        #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(what): sorts in\n\(sql)")
      }
    }
    #expect(used, "\(what): \(index) is not used")
  }

  @Test("each sort of the roster reads its pages through an index, both ways and from any row")
  func rosterPages() throws {
    let indexes: [RosterColumn: String] = [
      .area: "household_roster_area", .householdNo: "household_listing_number",
      .head: "household_roster_head", .members: "household_roster_members",
      .categories: "household_roster_categories", .cadre: "household_roster_cadre_sort",
      .lastVisit: "household_roster_visit", .openRequests: "household_roster_requests",
    ]
    for column in RosterColumn.allCases {
      for ascending in [true, false] {
        let sort = ListingSort(key: column.rawValue, ascending: ascending)
        let first = try store.rosterPage(sort: sort, anchor: .first, limit: 20)
        let key = try #require(first.last?.key)
        try expectIndexed("roster by \(column)", using: try #require(indexes[column])) {
          _ = try store.rosterPage(sort: sort, anchor: .first, limit: 20)
          _ = try store.rosterPage(sort: sort, anchor: .after(key), limit: 20)
          _ = try store.rosterPage(sort: sort, anchor: .before(key), limit: 20)
          _ = try store.rosterPage(sort: sort, anchor: .last, limit: 20)
        }
      }
    }
  }

  @Test("a search of the roster goes through the full-text index, never through the households")
  func rosterSearch() throws {
    for query in ["zsf", "张", "1381", "01010"] {
      try expectIndexed("search \(query)", using: "household_search", pages: false) {
        _ = try store.searchRoster(
          query, filter: RosterFilter(), sort: ListingSort(), after: nil, backward: false,
          including: true)
      }
    }
  }

  @Test("the queue's working order and the overdue requests are read through the working index")
  func queue() throws {
    let sort = ListingSort(key: QueueColumn.workOrder.rawValue, ascending: true)
    try expectIndexed("queue", using: "help_request_listing_work") {
      let first = try store.requestPage(sort: sort, anchor: .first, limit: 20)
      _ = try store.requestPage(
        sort: sort, anchor: .after(try #require(first.last?.key)), limit: 20)
      _ = try store.requestCount()
    }
    try expectIndexed("overdue", using: "help_request_listing_work") {
      _ = try store.requestPage(
        filter: RequestFilter(overdue: true), sort: sort, anchor: .first, limit: 20)
      _ = try store.requestCount(filter: RequestFilter(overdue: true))
      _ = try store.requestHeadlineCounts()
    }
    try expectIndexed("overdue report", using: "help_request_listing_work", pages: false) {
      _ = try store.overdueRequests()
    }
  }

  @Test("a reception day's record book reads that day's lines by the time the walk-ins came")
  func book() throws {
    try expectIndexed("record book", using: "reception_entry_day", pages: false) {
      _ = try store.receptionBook(on: Fixtures.today)
    }
  }

  @Test("the contact card reads the household's members, contacts, visits and requests by index")
  func card() throws {
    let household = try #require(
      try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 1).first)
    for index in [
      "member_household", "contact_assignment_household", "visit_household_by_household",
      "help_request_household",
    ] {
      try expectIndexed("card", using: index, pages: false) {
        _ = try store.householdCard(id: household.model.id)
      }
    }
  }
}
