import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Merging households")
struct MergeTests {
  @Test(
    "merging moves every member, visit, request and contact, leaves a tombstone and audits each move"
  )
  func merge() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let source = Fixtures.uuid(11)
    let target = Fixtures.uuid(10)
    try store.mergeHousehold(source, into: target)
    #expect(try store.household(id: source) == nil)
    let card = try #require(try store.householdCard(id: target))
    #expect(Set(card.members.map(\.name)) == ["张三丰", "欧阳娜娜"])
    #expect(card.visits.count == 2)
    #expect(card.requests.count == 2)
    let visit = try #require(try store.visit(id: Fixtures.uuid(31)))
    #expect(visit.householdIds == [target])
    let moves = try store.auditEntries(table: "member", rowId: Fixtures.uuid(21))
    #expect(moves.last?.action == "merge")
    #expect(try store.auditEntries(table: "household", rowId: source).last?.action == "delete")
    let roster = try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 10)
    #expect(roster.count == 2)
    #expect(roster.first?.model.memberCount == 2)
    #expect(roster.first?.model.openRequests == 2)
    #expect(try LastmileStore.check(at: store.url).isOK)
  }

  @Test("a household cannot be merged into itself or into a deleted one")
  func refused() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    #expect(throws: StoreError.self) {
      try store.mergeHousehold(Fixtures.uuid(10), into: Fixtures.uuid(10))
    }
    try store.deleteHousehold(id: Fixtures.uuid(12))
    #expect(throws: StoreError.self) {
      try store.mergeHousehold(Fixtures.uuid(10), into: Fixtures.uuid(12))
    }
  }
}
