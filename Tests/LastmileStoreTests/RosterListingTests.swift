import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Roster listing")
struct RosterListingTests {
  @Test(
    "the roster's counts, last visit and contacts follow every change, kept by the database itself")
  func derivedColumns() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    func row() throws -> HouseholdSummary {
      try #require(try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 1).first?.model)
    }
    var household = try row()
    #expect(household.memberCount == 1)
    #expect(household.lastVisitOn == LocalDate(parsing: "2026-11-20"))
    #expect(household.openRequests == 1)
    #expect(household.cadres == "李干部")
    try store.saveMember(Member(householdId: Fixtures.uuid(10), name: "张小宝", relation: .grandson))
    try store.saveVisit(
      Visit(
        date: LocalDate(parsing: "2026-11-24")!, kind: .phone, householdIds: [Fixtures.uuid(10)]))
    let cadre = Cadre(name: "赵书记", role: .villageSecretary)
    try store.saveCadre(cadre)
    try store.setContactCadre(
      householdId: Fixtures.uuid(10), cadreId: cadre.id, from: Fixtures.today)
    household = try row()
    #expect(household.memberCount == 2)
    #expect(household.lastVisitOn == LocalDate(parsing: "2026-11-24"))
    #expect(household.cadres == "赵书记")
    let history = try store.contactHistory(ofHousehold: Fixtures.uuid(10))
    #expect(history.count == 2)
    #expect(history.last?.endsOn == Fixtures.today.adding(days: -1))
  }

  @Test("filters combine: area, category, cadre, not visited, open requests, possible duplicates")
  func filters() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    func heads(_ filter: RosterFilter) throws -> [String] {
      try store.rosterPage(filter: filter, sort: ListingSort(), anchor: .first, limit: 50).map(
        \.model.headName)
    }
    #expect(try heads(RosterFilter(area: Fixtures.uuid(3))) == ["张三丰", "欧阳娜娜"])
    #expect(try heads(RosterFilter(area: Fixtures.uuid(4))) == ["Smith"])
    #expect(try heads(RosterFilter(area: Fixtures.uuid(2))).count == 3)
    #expect(try heads(RosterFilter(area: Fixtures.uuid(1))).count == 3)
    #expect(try heads(RosterFilter(category: .povertyAlleviated)) == ["张三丰"])
    #expect(
      try heads(RosterFilter(area: Fixtures.uuid(3), category: .minimumAllowance)) == ["欧阳娜娜"])
    #expect(try heads(RosterFilter(cadre: Fixtures.uuid(5))).count == 3)
    #expect(try heads(RosterFilter(notVisitedForDays: 6)) == ["欧阳娜娜", "Smith"])
    #expect(try heads(RosterFilter(hasOpenRequests: true)) == ["张三丰", "欧阳娜娜"])
    #expect(try heads(RosterFilter(possibleDuplicates: true)).isEmpty)
    try store.saveHousehold(
      Household(householdNo: "01010009", headName: "Smith", areaId: Fixtures.uuid(3)))
    #expect(try heads(RosterFilter(possibleDuplicates: true)) == ["Smith", "Smith"])
    #expect(try store.rosterCount(filter: RosterFilter(possibleDuplicates: true)) == 2)
  }

  @Test("every column sorts both ways through its own index", arguments: RosterColumn.allCases)
  func sortable(column: RosterColumn) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 80)
    for ascending in [true, false] {
      let sort = ListingSort(key: column.rawValue, ascending: ascending)
      let first = try store.rosterPage(sort: sort, anchor: .first, limit: 40)
      let second = try store.rosterPage(sort: sort, anchor: .after(first.last!.key), limit: 40)
      let all = (first + second).map(\.model.id)
      #expect(Set(all).count == 80)
      let plan = try store.read { db in
        try String.fetchAll(
          db,
          sql:
            "EXPLAIN QUERY PLAN SELECT t.id FROM household t WHERE t.deleted_at IS NULL ORDER BY \(Listing.roster.sortExpressions[column.rawValue]), t.id LIMIT 20"
        ).joined(separator: " ")
      }
      #expect(!plan.contains("TEMP B-TREE"), "\(column): \(plan)")
    }
  }
}
