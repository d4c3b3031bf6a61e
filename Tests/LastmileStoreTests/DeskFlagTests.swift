import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The record book's flags in the store")
struct DeskFlagTests {
  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  private func walkIn(
    _ store: LastmileStore, _ name: String, at moment: String, _ handling: RequestHandling? = nil
  ) throws -> HelpRequest {
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: moment)!, channel: .walkIn,
        requester: Requester(name: name), category: "housing", content: "屋顶漏雨"),
      handling: handling)
  }

  private func ids(_ store: LastmileStore, _ flag: DeskFlag) throws -> Set<UUID> {
    Set(
      try store.requestPage(
        filter: RequestFilter(flag: flag), sort: ListingSort(), anchor: .first, limit: 50
      ).map(\.model.id))
  }

  @Test("a walk-in undecided is flagged from the day after its own; today's is not yet")
  func undecided() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)  // today: Wednesday 2026-11-25
    let yesterday = try walkIn(store, "甲", at: "2026-11-24 15:10")
    let today = try walkIn(store, "乙", at: "2026-11-25 09:10")
    _ = try walkIn(store, "丙", at: "2026-11-24 15:20", .explain(reason: "政策不允许"))
    #expect(try ids(store, .undecided) == [yesterday.id])
    let counts = try store.headlineCounts().deskFlags
    #expect(counts == [DeskFlagCount(flag: .undecided, count: 1, since: date("2026-11-25"))])
    #expect(try store.requestDetail(id: yesterday.id)?.flag == .undecided)
    #expect(try store.requestDetail(id: yesterday.id)?.flaggedSince == date("2026-11-25"))
    #expect(try store.requestDetail(id: today.id)?.flag == nil)
    // Decided now: no longer flagged.
    try store.handleRequest(yesterday.id, .transfer(to: "镇民政办", note: ""))
    #expect(try ids(store, .undecided).isEmpty)
  }

  @Test(
    "a transfer is flagged from the day after the working day after its book arrived, until its slip"
  )
  func notTransferred() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let transfer = RequestHandling.transfer(to: "镇住建环保站", note: "")
    // Friday's book arrived on Monday 11-23: its transfers are due Tuesday, late from today.
    let friday = try walkIn(store, "甲", at: "2026-11-20 15:10", transfer)
    try store.handOverReceptionBook(
      on: date("2026-11-20"), to: "党政办", at: LocalDateTime(parsing: "2026-11-23 09:00")!)
    // Monday's book arrived Tuesday: due today, not late yet.
    let monday = try walkIn(store, "乙", at: "2026-11-23 15:10", transfer)
    try store.handOverReceptionBook(
      on: date("2026-11-23"), to: "党政办", at: LocalDateTime(parsing: "2026-11-24 09:00")!)
    // A book not handed over: its transfers wait for it.
    _ = try walkIn(store, "丙", at: "2026-11-24 15:10", transfer)
    #expect(try ids(store, .notTransferred) == [friday.id])
    #expect(
      try store.headlineCounts().deskFlags == [
        DeskFlagCount(flag: .notTransferred, count: 1, since: date("2026-11-25"))
      ])
    #expect(try store.requestDetail(id: monday.id)?.flag == nil)
    try store.issueTransferSlip(request: friday.id)
    #expect(try ids(store, .notTransferred).isEmpty)
  }

  @Test("a matter sent back is flagged from the day it came back until it is decided again")
  func returned() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let request = try walkIn(
      store, "甲", at: "2026-11-25 09:10", .transfer(to: "镇住建环保站", note: ""))
    try store.handleRequest(request.id, .sendBack(on: date("2026-11-25"), reason: "不归本站"))
    #expect(try ids(store, .returned) == [request.id])
    #expect(try ids(store, .undecided).isEmpty)
    #expect(try store.requestDetail(id: request.id)?.flaggedSince == date("2026-11-25"))
    try store.handleRequest(request.id, .explain(reason: "已向群众说明"))
    #expect(try ids(store, .returned).isEmpty)
    #expect(try store.headlineCounts().deskFlags.isEmpty)
  }
}
