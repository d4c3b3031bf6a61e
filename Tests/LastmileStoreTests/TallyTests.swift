import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The tallies the review and the work summary read")
struct TallyTests {
  /// The rows of the tallies, in order (a request tally's group that a change emptied is left
  /// at zero by the triggers and not counted at all by a rebuild: both mean none).
  private func tallies(_ store: LastmileStore) throws -> [String: [String]] {
    try store.read { db in
      let queries = [
        "request_tally": "SELECT * FROM request_tally WHERE received <> 0 ORDER BY 1, 2, 3, 4",
        "cadre_month": "SELECT * FROM cadre_month ORDER BY 1, 2",
        "visit_reach": "SELECT * FROM visit_reach ORDER BY 1, 2, 3",
      ]
      return try queries.mapValues { sql in
        try Row.fetchAll(db, sql: sql).map(\.description)
      }
    }
  }

  @Test("the tallies kept by the triggers are those counted whole from the rows, after any change")
  func triggersAgreeWithRebuild() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    let later = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-24 10:00")!)
    ).acting(as: "王主任")
    // A visit moved to another month, with another household; one deleted; one with no
    // household, held in a group; a household moved to another group.
    var moved = try #require(try store.visit(id: Fixtures.uuid(61)))
    moved.date = LocalDate(parsing: "2026-11-05")!
    moved.householdIds = [Fixtures.uuid(11), Fixtures.uuid(12)]
    try store.saveVisit(moved)
    try store.deleteVisit(id: Fixtures.uuid(62))
    try store.saveVisit(
      Visit(
        id: Fixtures.uuid(63), date: LocalDate(parsing: "2026-11-06")!, kind: .stationed,
        cadreIds: [Fixtures.uuid(5)], householdIds: [], areaId: Fixtures.uuid(3),
        content: "驻村", overnight: true))
    var household = try #require(try store.household(id: Fixtures.uuid(12)))
    household.areaId = Fixtures.uuid(3)
    try store.saveHousehold(household)
    // Requests replied late, closed and rated.
    _ = try later.handleRequest(Fixtures.uuid(53), .reply(.oral, text: "已答复"))
    _ = try later.handleRequest(Fixtures.uuid(53), .close(.dissatisfied, note: ""))
    let kept = try tallies(store)
    #expect(kept.values.allSatisfy { !$0.isEmpty })
    try store.write { db, _ in try Tallies.rebuild(db) }
    let counted = try tallies(store)
    for table in ["request_tally", "cadre_month", "visit_reach"] {
      #expect(kept[table] == counted[table], "\(table)")
    }
  }
}

@Suite("The review read from the tallies agrees with the review read from the rows")
struct TallyReviewTests {
  @Test(
    "every area's figures (from the tallies) are the township's (from the rows), for whole months and a year to date"
  )
  func tallyAgreesWithRows() throws {
    let folder = TemporaryFolder()
    _ = try Fixtures.reviewLedger(in: folder)
    let store = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-10-15 12:00")!))
    let today = LocalDate(parsing: "2026-10-15")!
    for text in ["2026-YTD", "2026-Q4", "2026-10", "2026-09", "2026"] {
      let period = try #require(Period(parsing: text, today: today))
      let all = try store.reviewFigures(period: period)
      // Every request and visit of the ledger is in the township.
      let township = try store.reviewFigures(period: period, area: Fixtures.uuid(1))
      #expect(all.rates == township.rates, "\(text)")
      #expect(all.previousRates == township.previousRates, "\(text)")
      #expect(all.byCategory == township.byCategory, "\(text)")
      #expect(all.byChannel == township.byChannel, "\(text)")
      #expect(all.byStatus == township.byStatus, "\(text)")
      #expect(all.visitsByCadre == township.visitsByCadre, "\(text)")
      #expect(all.months == township.months, "\(text)")
    }
    let partial = try store.reviewFigures(period: Period(parsing: "2026-YTD", today: today)!)
    // Received by 10-15: the requests of 09-30, 10-01 and 10-09.
    #expect(partial.rates.received == 3)
  }
}
