import Foundation
import LastmileCore
import Testing

@Suite("Closing with a second person's approval, and the kind of reply")
struct CloseApprovalTests {
  let workflow = RequestWorkflow(closeNeedsApproval: true)
  let now = LocalDateTime(parsing: "2026-11-26 10:00")!

  private var replied: HelpRequest {
    HelpRequest(
      receivedAt: LocalDateTime(parsing: "2026-11-25 15:10")!, channel: .walkIn,
      requester: Requester(name: "张三丰"), category: "housing", content: "房屋漏雨",
      status: .replied, reply: "已维修", replyKind: .written)
  }

  private func apply(_ handling: RequestHandling, to request: HelpRequest, by name: String)
    -> Result<(HelpRequest, HistoryEvent), WorkflowRefusal>
  {
    workflow.apply(handling, to: request, at: now, by: name)
  }

  @Test(
    "a close is asked for and waits, replied; the one who asked cannot approve it; another closes it"
  )
  func approvedBySecondPerson() throws {
    let (asked, event) = try apply(.close(.satisfied, note: "群众满意"), to: replied, by: "王").get()
    #expect(asked.status == .replied && asked.closedAt == nil)
    #expect(asked.closeRequest?.by == "王" && asked.closeRequest?.satisfaction == .satisfied)
    #expect(event.action == .closeRequested)
    #expect(
      apply(.close(.satisfied, note: ""), to: asked, by: "李").failureValue == .awaitingApproval("王")
    )
    #expect(
      apply(.approveClose(note: ""), to: asked, by: "王").failureValue
        == .approvalBySamePerson("王"))
    let (closed, approval) = try apply(.approveClose(note: "同意"), to: asked, by: "李").get()
    #expect(closed.status == .closed && closed.satisfaction == .satisfied)
    #expect(closed.closeRequest == nil && closed.closedAt == now)
    #expect(approval.action == .closeApproved)
  }

  @Test("a close sent back needs a reason and leaves the request replied, to be asked again")
  func refused() throws {
    let (asked, _) = try apply(.close(.mostlySatisfied, note: ""), to: replied, by: "王").get()
    #expect(apply(.refuseClose(reason: " "), to: asked, by: "李").failureValue != nil)
    let (back, event) = try apply(.refuseClose(reason: "回访未做"), to: asked, by: "李").get()
    #expect(back.status == .replied && back.closeRequest == nil)
    #expect(event.action == .closeRefused && event.note == "回访未做")
    #expect(apply(.approveClose(note: ""), to: back, by: "李").failureValue == .noCloseAsked)
  }

  @Test("without the setting a close closes at once; a reply keeps its kind")
  func withoutApproval() throws {
    let (closed, _) = try RequestWorkflow().apply(
      .close(.satisfied, note: ""), to: replied, at: now, by: "王"
    ).get()
    #expect(closed.status == .closed)
    var waiting = replied
    waiting.status = .inProgress
    let (answered, _) = try RequestWorkflow().apply(
      .reply(.written, text: "书面答复已送达"), to: waiting, at: now, by: "王"
    ).get()
    #expect(answered.replyKind == .written)
    let settings = LocalitySettings()
    #expect(settings.replyKind(for: "housing") == .written)
    #expect(settings.replyKind(for: "health") == .oral)
  }
}

extension Result {
  fileprivate var failureValue: Failure? {
    if case .failure(let failure) = self { return failure }
    return nil
  }
}
