import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Transfer slips and what the department does with them")
struct TransferSlipTests {
  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  private func transferred(_ store: LastmileStore) throws -> HelpRequest {
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-24 09:30")!, channel: .walkIn,
        requester: Requester(name: "石宇航", phone: "13712349291"), category: "housing",
        content: "屋顶漏雨"),
      handling: .transfer(to: "镇住建环保站", note: "请查看房屋"))
  }

  @Test(
    "a slip is printed once per transfer; signing for it and replying are dated on it and in the history"
  )
  func slipRecordsTheDepartment() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let request = try transferred(store)
    let first = try store.issueTransferSlip(request: request.id)
    let again = try store.issueTransferSlip(request: request.id)
    #expect(first.slip == again.slip)
    #expect(first.slip.department == "镇住建环保站")
    #expect(first.slip.issuedOn == date("2026-11-25"))
    #expect(first.slip.dueOn == request.dueOn)
    try store.handleRequest(request.id, .departmentReceived(on: date("2026-11-25"), by: "刘站长"))
    try store.handleRequest(request.id, .departmentReplied(on: date("2026-11-25"), text: "已派人维修"))
    let slips = try store.transferSlips(request: request.id)
    #expect(slips.count == 1)
    #expect(slips[0].receivedOn == date("2026-11-25") && slips[0].receivedBy == "刘站长")
    #expect(slips[0].repliedOn == date("2026-11-25") && slips[0].reply == "已派人维修")
    let actions = try store.requestHistory(id: request.id).map(\.action)
    #expect(actions == [.received, .transferred, .slipIssued, .slipReceived, .departmentReplied])
    // Still the office's to answer.
    #expect(try store.request(id: request.id)?.status == .inProgress)
  }

  @Test(
    "退单 returns the request to the office's queue, flagged, with its history; a new decision clears the flag"
  )
  func sendBackReturnsTheRequest() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let request = try transferred(store)
    try store.issueTransferSlip(request: request.id)
    let back = try store.handleRequest(
      request.id, .sendBack(on: date("2026-11-25"), reason: "不属本站职责，应由村委会处理"))
    #expect(back.status == .registered)
    #expect(back.decision == nil && back.assignee.isEmpty)
    #expect(back.returnedAt != nil)
    #expect(back.dueOn == request.dueOn)
    let history = try store.requestHistory(id: request.id)
    #expect(history.last?.action == .returned)
    #expect(history.last?.fromStatus == .inProgress && history.last?.toStatus == .registered)
    #expect(history.last?.note.contains("不属本站职责") == true)
    #expect(try store.transferSlips(request: request.id)[0].returnReason == "不属本站职责，应由村委会处理")
    // Transferred again elsewhere: a new slip, and the flag is gone.
    let again = try store.handleRequest(request.id, .transfer(to: "石桥村委会", note: ""))
    #expect(again.returnedAt == nil)
    let slip = try store.issueTransferSlip(request: request.id)
    #expect(slip.slip.department == "石桥村委会")
    #expect(try store.transferSlips(request: request.id).count == 2)
  }

  @Test("the department's steps are refused on a request not transferred, and dated after today")
  func refusals() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let plain = try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-24 09:30")!, channel: .phone,
        requester: Requester(name: "李四"), category: "health", content: "看病难"))
    #expect(throws: StoreError.refused(.notTransferred)) {
      try store.handleRequest(plain.id, .sendBack(on: date("2026-11-25"), reason: "不归我们"))
    }
    #expect(throws: StoreError.refused(.notTransferred)) {
      try store.issueTransferSlip(request: plain.id)
    }
    let request = try transferred(store)
    #expect(throws: StoreError.refused(.dayInFuture(date("2026-11-26")))) {
      try store.handleRequest(request.id, .departmentReceived(on: date("2026-11-26"), by: ""))
    }
  }
}

@Suite("Reply kinds in the review, and closing with approval")
struct ReplyKindStoreTests {
  @Test("the review counts written replies and the matters of principle answered only orally")
  func reviewCountsWrittenReplies() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    func request(_ category: String, _ kind: ReplyKind) throws {
      let registered = try store.registerRequest(
        HelpRequest(
          receivedAt: LocalDateTime(parsing: "2026-11-24 09:30")!, channel: .phone,
          requester: Requester(name: "张三"), category: category, content: "问题"),
        handling: .transfer(to: "镇民政办", note: ""))
      try store.handleRequest(registered.id, .reply(kind, text: "已答复"))
      #expect(try store.request(id: registered.id)?.replyKind == kind)
    }
    try request("housing", .written)
    try request("housing", .oral)
    try request("health", .oral)
    var figures = try store.reviewFigures(period: Period(parsing: "2026-11")!)
    try store.addReviewFigures(to: &figures, parts: .later)
    #expect(figures.writtenReplies == 1)
    #expect(figures.principleAnsweredOrally == 1)
  }

  @Test("with approval set, closing waits for a second operator, who closes it")
  func closeWithApproval() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var settings = try store.localitySettings()
    settings.closeNeedsApproval = true
    try store.saveLocalitySettings(settings)
    let registered = try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-24 09:30")!, channel: .phone,
        requester: Requester(name: "张三"), category: "health", content: "问题"),
      handling: .solveOnSpot(how: "已联系村医"))
    let asked = try store.handleRequest(registered.id, .close(.satisfied, note: ""))
    #expect(asked.status == .replied && asked.closeRequest?.by == "测试员")
    #expect(try store.request(id: registered.id)?.closeRequest?.satisfaction == .satisfied)
    #expect(throws: StoreError.refused(.approvalBySamePerson("测试员"))) {
      try store.handleRequest(registered.id, .approveClose(note: ""))
    }
    let other = try store.acting(as: "李审核")
    let closed = try other.handleRequest(registered.id, .approveClose(note: "同意"))
    #expect(closed.status == .closed && closed.closeRequest == nil)
  }
}
