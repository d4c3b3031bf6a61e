import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The meeting's agenda and its decisions")
struct MeetingAgendaTests {
  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  private func referred(
    _ store: LastmileStore, _ name: String, to meeting: MeetingKind, at moment: String
  ) throws -> HelpRequest {
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: moment)!, channel: .walkIn,
        requester: Requester(name: name), category: "infrastructure", content: "村道需要硬化"),
      handling: .referToMeeting(note: "是否纳入年度计划", meeting: meeting))
  }

  @Test("each meeting's agenda holds the requests referred to it and not yet decided, oldest first")
  func agendaByMeeting() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let second = try referred(store, "乙", to: .office, at: "2026-11-24 15:10")
    let first = try referred(store, "甲", to: .office, at: "2026-11-20 15:10")
    let branch = try referred(store, "丙", to: .branch, at: "2026-11-21 15:10")
    let office = try store.meetingAgenda(.office)
    #expect(office.items.map(\.request.id) == [first.id, second.id])
    #expect(office.items[0].question == "是否纳入年度计划")
    #expect(try store.meetingAgenda(.branch).items.map(\.request.id) == [branch.id])
    #expect(try store.request(id: branch.id)?.meeting == .branch)
  }

  @Test(
    "a meeting's decisions move each of its requests in one transaction, or none when one cannot")
  func decisionsAreAtomic() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let a = try referred(store, "甲", to: .office, at: "2026-11-20 15:10")
    let b = try referred(store, "乙", to: .office, at: "2026-11-23 15:10")
    let c = try referred(store, "丙", to: .office, at: "2026-11-24 15:10")
    let plain = try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-24 09:00")!, channel: .phone,
        requester: Requester(name: "丁"), category: "health", content: "看病难"))
    let before = try [a, b, c].map { try store.request(id: $0.id) }
    #expect(throws: StoreError.refused(.notAtMeeting)) {
      try store.recordMeetingDecisions([
        (a.id, .solve(assignee: "李书记", due: date("2026-12-10"), note: "纳入明年计划")),
        (plain.id, .explain(reason: "不属会议")),
      ])
    }
    #expect(try [a, b, c].map { try store.request(id: $0.id) } == before)
    try store.recordMeetingDecisions([
      (a.id, .solve(assignee: "李书记", due: date("2026-12-12"), note: "纳入明年计划")),
      (b.id, .transfer(to: "镇住建环保站", note: "")),
      (c.id, .explain(reason: "资金不足，已向群众说明")),
    ])
    let solved = try #require(try store.request(id: a.id))
    #expect(solved.decision == .assignedByMeeting && solved.assignee == "李书记")
    #expect(solved.status == .inProgress && solved.meeting == nil)
    // A Saturday deadline moves to the next working day.
    #expect(solved.dueOn == date("2026-12-14"))
    #expect(solved.decisionNote == "办公会决定：纳入明年计划")
    let transferred = try #require(try store.request(id: b.id))
    #expect(transferred.decision == .transferred && transferred.dueOn == date("2026-12-02"))
    let explained = try #require(try store.request(id: c.id))
    #expect(explained.status == .replied && explained.decision == .explained)
    #expect(try store.requestHistory(id: a.id).last?.action == .meetingDecided)
    #expect(try store.meetingAgenda(.office).items.isEmpty)
  }
}
