import Foundation
import LastmileCore
import Testing

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
private func time(_ text: String) -> LocalDateTime { LocalDateTime(parsing: text)! }

/// A request received at `received`, in `status`, due on `due`.
private func request(
  _ status: RequestStatus = .registered, received: String = "2026-11-25 15:10",
  due: String? = "2026-12-04"
) -> HelpRequest {
  HelpRequest(
    receivedAt: time(received), channel: .walkIn, requester: Requester(name: "张三丰"),
    category: "housing",
    content: "房屋漏雨", status: status, dueOn: due.map(date))
}

/// One handling of each action, with the texts it needs.
private let samples: [RequestHandling] = [
  .solveOnSpot(how: "当场联系维修"), .transfer(to: "镇住建环保站", note: ""), .referToMeeting(note: "需统筹资金"),
  .explain(reason: "不符合政策"), .reply(.oral, text: "已安排维修"), .close(.satisfied, note: ""),
  .reopen(reason: "又漏雨了"), .reassign(to: "镇民政办", note: ""),
  .extend(to: date("2026-12-20"), reason: "等材料"),
  .urge(note: "电话催办"), .followUp(.call, answer: .satisfied, note: ""),
  .merge(into: UUID(), label: "12月1日 张三丰"),
]

/// Why the workflow refused, or nil when it did not.
private func refusal(_ result: Result<(HelpRequest, HistoryEvent), WorkflowRefusal>)
  -> WorkflowRefusal?
{
  if case .failure(let refusal) = result { return refusal }
  return nil
}

@Suite("Request workflow")
struct RequestWorkflowTests {
  let workflow = RequestWorkflow()
  let now = time("2026-11-26 10:00")

  @Test(
    "each action is allowed from the statuses the reception rules give it and refused from the others",
    arguments: samples)
  func transitions(handling: RequestHandling) {
    let allowed: [RequestAction: Set<RequestStatus>] = [
      .solvedOnSpot: [.registered, .inProgress], .transferred: [.registered, .inProgress],
      .referredToMeeting: [.registered, .inProgress], .explained: [.registered, .inProgress],
      .replied: [.registered, .inProgress, .replied], .closed: [.replied], .reopened: [.closed],
      .reassigned: [.registered, .inProgress, .replied], .extended: [.registered, .inProgress],
      .urged: [.registered, .inProgress], .followedUp: [.closed],
      .merged: [.registered, .inProgress, .replied],
    ]
    for status in RequestStatus.allCases {
      let result = workflow.apply(handling, to: request(status), at: now, by: "王干部")
      switch result {
      case .success:
        #expect(allowed[handling.action]!.contains(status), "\(handling.action) from \(status)")
      case .failure:
        #expect(!allowed[handling.action]!.contains(status), "\(handling.action) from \(status)")
      }
    }
  }

  @Test(
    "closing a request never replied to and replying to a closed one are refused with the reason")
  func impossibleTransitions() {
    #expect(
      refusal(
        workflow.apply(.close(.satisfied, note: ""), to: request(.registered), at: now, by: "王"))
        == .closeWithoutReply)
    #expect(
      refusal(
        workflow.apply(.close(.satisfied, note: ""), to: request(.inProgress), at: now, by: "王"))
        == .closeWithoutReply)
    #expect(
      refusal(workflow.apply(.reply(.written, text: "好"), to: request(.closed), at: now, by: "王"))
        == .replyToClosed)
    #expect(
      refusal(workflow.apply(.urge(note: ""), to: request(.replied), at: now, by: "王"))
        == .notFrom(.urged, .replied))
    #expect(WorkflowRefusal.closeWithoutReply.text(.zh).contains("先答复"))
    #expect(
      WorkflowRefusal.replyToClosed.text(.en)
        == "the request is closed, so it cannot be replied to: reopen it first")
  }

  @Test(
    "explaining, reopening and extending need a reason; solving needs how; a transfer needs a receiver"
  )
  func requiredTexts() {
    #expect(
      refusal(workflow.apply(.explain(reason: "  "), to: request(), at: now, by: "王"))
        == .textRequired(.explained))
    #expect(
      refusal(workflow.apply(.reopen(reason: ""), to: request(.closed), at: now, by: "王"))
        == .textRequired(.reopened))
    #expect(
      refusal(
        workflow.apply(.extend(to: date("2026-12-30"), reason: ""), to: request(), at: now, by: "王")
      )
        == .textRequired(.extended))
    #expect(
      refusal(workflow.apply(.solveOnSpot(how: ""), to: request(), at: now, by: "王"))
        == .textRequired(.solvedOnSpot))
    #expect(
      refusal(workflow.apply(.transfer(to: " ", note: ""), to: request(), at: now, by: "王"))
        == .assigneeRequired)
  }

  @Test(
    "solving on the spot and explaining reply at once; a transfer is in progress and due a week later"
  )
  func decisions() throws {
    let (solved, event) = try workflow.apply(
      .solveOnSpot(how: "当场联系维修"), to: request(), at: now, by: "王干部"
    ).get()
    #expect(solved.status == .replied)
    #expect(solved.decision == .solvedOnSpot)
    #expect(solved.reply == "当场联系维修")
    #expect(solved.repliedAt == now)
    #expect(solved.assignee == "王干部")
    #expect(
      event
        == HistoryEvent(
          at: now, operatorName: "王干部", action: .solvedOnSpot, fromStatus: .registered,
          toStatus: .replied, note: "当场联系维修"))
    let explained = try workflow.apply(.explain(reason: "不符合政策"), to: request(), at: now, by: "王")
      .get().0
    #expect(explained.status == .replied)
    #expect(explained.decisionNote == "不符合政策")
    let transferred = try workflow.apply(
      .transfer(to: "镇住建环保站", note: "尽快查看"), to: request(), at: now, by: "王"
    ).get()
    #expect(transferred.0.status == .inProgress)
    #expect(transferred.0.assignee == "镇住建环保站")
    #expect(transferred.0.dueOn == date("2026-12-03"))
    #expect(transferred.1.note == "镇住建环保站：尽快查看")
  }

  @Test(
    "deadlines across the Spring Festival and National Day of 2025 and 2026 count their make-up working days",
    arguments: [
      // Reopened on the day before the Spring Festival 2026 (2-15..2-23 off, 2-14 and 2-28 worked).
      ("2026-02-13 09:00", "2026-03-02"),
      // Reopened before the Spring Festival 2025 (1-28..2-04 off, Sunday 1-26 and Saturday 2-08 worked).
      ("2025-01-24 09:00", "2025-02-10"),
      // Before National Day 2025 (10-01..10-08 off, Sunday 9-28 and Saturday 10-11 worked).
      ("2025-09-26 16:00", "2025-10-13"),
      // Before National Day 2026 (10-01..10-07 off, Saturday 10-10 worked).
      ("2026-09-30 11:00", "2026-10-15"),
    ])
  func reopenedDeadlines(reopened: String, due: String) throws {
    let reopenedAt = time(reopened)
    let (after, _) = try workflow.apply(
      .reopen(reason: "没有修好"), to: request(.closed), at: reopenedAt, by: "王"
    ).get()
    #expect(after.status == .inProgress)
    #expect(after.dueOn == date(due))
  }

  @Test(
    "a transfer is due seven calendar days later, moved to the next working day when that is a rest day; a meeting keeps the reply deadline"
  )
  func transferAndMeetingDeadlines() throws {
    let plain = try workflow.apply(
      .transfer(to: "镇民政办", note: ""), to: request(), at: time("2025-11-18 10:00"), by: "王"
    ).get()
    #expect(plain.0.dueOn == date("2025-11-25"))
    let (transferred, event) = try workflow.apply(
      .transfer(to: "镇民政办", note: ""), to: request(), at: time("2025-09-30 10:00"), by: "王"
    ).get()
    // Seven days after 30 September is 7 October, in the National Day holiday.
    #expect(transferred.dueOn == date("2025-10-09"))
    #expect(event.note.contains("期限 2025-10-07 是休息日，顺延至 2025-10-09"))
    let received = request(received: "2026-02-13 10:00", due: nil)
    let meeting = try workflow.apply(
      .referToMeeting(note: "资金"), to: received, at: time("2026-02-13 11:00"), by: "王"
    ).get().0
    #expect(meeting.status == .inProgress)
    #expect(meeting.dueOn == date("2026-03-02"))
  }

  @Test("an extension moves the deadline later and is counted; an earlier date is refused")
  func extensions() throws {
    let (extended, event) = try workflow.apply(
      .extend(to: date("2026-12-11"), reason: "需现场勘查"), to: request(), at: now, by: "王"
    ).get()
    #expect(extended.dueOn == date("2026-12-11"))
    #expect(extended.extensions == 1)
    #expect(event.note == "2026-12-11：需现场勘查")
    #expect(
      refusal(
        workflow.apply(
          .extend(to: date("2026-12-01"), reason: "x"), to: request(), at: now, by: "王"))
        == .extensionNotLater(current: date("2026-12-04"), proposed: date("2026-12-01")))
  }

  @Test(
    "closing records satisfaction; reopening clears it; a follow-up records the answer without changing status"
  )
  func closeReopenFollowUp() throws {
    let replied = try workflow.apply(
      .reply(.written, text: "已修好"), to: request(.inProgress), at: now, by: "王"
    ).get()
    #expect(replied.0.status == .replied)
    #expect(replied.1.note == "书面答复：已修好")
    let closed = try workflow.apply(
      .close(.mostlySatisfied, note: ""), to: replied.0, at: now, by: "王"
    ).get().0
    #expect(closed.status == .closed)
    #expect(closed.satisfaction == .mostlySatisfied)
    #expect(closed.closedAt == now)
    let followed = try workflow.apply(
      .followUp(.visit, answer: .satisfied, note: "很满意"), to: closed, at: now, by: "王"
    ).get()
    #expect(followed.0.status == .closed)
    #expect(followed.0.satisfaction == .satisfied)
    #expect(followed.1.fromStatus == .closed && followed.1.toStatus == .closed)
    #expect(followed.1.note == "上门回访：满意：很满意")
    let reopened = try workflow.apply(.reopen(reason: "又坏了"), to: closed, at: now, by: "王").get().0
    #expect(reopened.satisfaction == nil)
    #expect(reopened.closedAt == nil)
  }

  @Test("a merged request is closed, points to the one worked, and refuses every further action")
  func merging() throws {
    let earlier = request()
    let repeated = request(received: "2026-11-26 09:00")
    let merged = try workflow.apply(
      .merge(into: earlier.id, label: "11-25 张三丰"), to: repeated, at: now, by: "王"
    ).get().0
    #expect(merged.status == .closed)
    #expect(merged.mergedIntoId == earlier.id)
    #expect(RequestWorkflow.actions(allowedFor: merged).isEmpty)
    #expect(
      refusal(workflow.apply(.urge(note: ""), to: merged, at: now, by: "王")) == .alreadyMerged)
    #expect(
      refusal(workflow.apply(.merge(into: repeated.id, label: ""), to: repeated, at: now, by: "王"))
        == .mergeIntoItself)
  }

  @Test("the actions a menu offers follow the status")
  func menus() {
    #expect(RequestWorkflow.actions(allowedFor: request(.registered)).contains(.transferred))
    #expect(!RequestWorkflow.actions(allowedFor: request(.registered)).contains(.closed))
    #expect(RequestWorkflow.actions(allowedFor: request(.closed)) == [.reopened, .followedUp])
  }

  @Test(
    "an extension is never shortened by a later transfer: the later deadline holds, and the history says so"
  )
  func transferKeepsExtension() throws {
    let extended = try workflow.apply(
      .extend(to: date("2025-12-12"), reason: "需要现场勘查"),
      to: request(received: "2025-11-18 10:00", due: "2025-11-27"),
      at: time("2025-11-20 10:00"), by: "王"
    ).get().0
    #expect(extended.extensions == 1)
    let (transferred, event) = try workflow.apply(
      .transfer(to: "镇水利站", note: "涉及水利设施"), to: extended, at: time("2025-11-25 10:00"),
      by: "王"
    ).get()
    #expect(transferred.dueOn == date("2025-12-12"))
    #expect(event.note.contains("已延期至 2025-12-12，晚于转办期限 2025-12-02，保持不变"))
  }

  @Test("an extension to a rest day is moved to the next working day, with a note")
  func extensionToRestDay() throws {
    let (extended, event) = try workflow.apply(
      .extend(to: date("2025-12-06"), reason: "等待材料"),
      to: request(received: "2025-11-18 10:00", due: "2025-11-27"),
      at: time("2025-11-20 10:00"), by: "王"
    ).get()
    #expect(extended.dueOn == date("2025-12-08"))
    #expect(event.note.contains("顺延至 2025-12-08"))
  }

  @Test("solved on the spot leaves no deadline")
  func solvedOnSpotHasNoDeadline() throws {
    let solved = try workflow.apply(
      .solveOnSpot(how: "当场说明"), to: request(), at: time("2025-11-20 10:00"), by: "王"
    ).get().0
    #expect(solved.dueOn == nil)
  }
}
