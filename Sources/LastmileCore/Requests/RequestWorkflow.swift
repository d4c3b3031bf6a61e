import Foundation

/// The handling of a help request: which actions each status allows, what each changes, and the
/// history entry it leaves.
///
/// 登记 registered → 办理中 in progress (transferred, at the meeting) → 已答复 replied → 已办结 closed;
/// a closed request can be reopened. What can be solved is solved at once (→ replied); what
/// cannot be is explained (→ replied); a reply is never given to a closed request, and a request
/// is never closed before it was replied to.
public struct RequestWorkflow: Sendable {
  public let policy: DeadlinePolicy
  public let calendar: WorkingDayCalendar

  /// Closing needs a second person's approval (审核): a close is asked for, then approved.
  public let closeNeedsApproval: Bool

  public init(
    policy: DeadlinePolicy = DeadlinePolicy(), calendar: WorkingDayCalendar = .builtIn,
    closeNeedsApproval: Bool = false
  ) {
    self.policy = policy
    self.calendar = calendar
    self.closeNeedsApproval = closeNeedsApproval
  }

  /// The statuses an action can be taken from.
  public static func statuses(allowing action: RequestAction) -> Set<RequestStatus> {
    switch action {
    case .solvedOnSpot, .transferred, .referredToMeeting, .explained, .extended, .urged:
      [.registered, .inProgress]
    case .replied, .reassigned, .merged: [.registered, .inProgress, .replied]
    case .closed: [.replied]
    case .reopened, .followedUp: [.closed]
    case .received, .edited, .deleted: Set(RequestStatus.allCases)
    case .slipIssued, .slipReceived, .departmentReplied, .returned, .meetingDecided: [.inProgress]
    case .closeRequested, .closeApproved, .closeRefused: [.replied]
    }
  }

  /// The handling actions a request allows now, in the order a menu lists them.
  public static func actions(allowedFor request: HelpRequest) -> [RequestAction] {
    actions(
      from: request.status, merged: request.mergedIntoId != nil,
      transferred: request.decision == .transferred)
  }

  /// The handling actions a request in `status` allows (none once it was merged away); the
  /// department's (签收, its reply, 退单) only once it was transferred.
  public static func actions(
    from status: RequestStatus, merged: Bool = false, transferred: Bool = false
  ) -> [RequestAction] {
    guard !merged else { return [] }
    return RequestAction.handling.filter {
      statuses(allowing: $0).contains(status) && (transferred || !$0.isDepartments)
    }
  }

  /// Why `action` cannot be taken on a request in `status`, or nil when it can.
  public static func refusal(
    of action: RequestAction, from status: RequestStatus, merged: Bool = false
  )
    -> WorkflowRefusal?
  {
    if merged { return .alreadyMerged }
    guard !statuses(allowing: action).contains(status) else { return nil }
    if action == .closed, status.awaitsReply { return .closeWithoutReply }
    if action == .replied, status == .closed { return .replyToClosed }
    if action.isDepartments, status == .registered { return .notTransferred }
    if action == .meetingDecided { return .notAtMeeting }
    return .notFrom(action, status)
  }

  /// The request after `handling`, done at `now` by `operatorName`, and its history entry; or
  /// why it is refused.
  public func apply(
    _ handling: RequestHandling, to request: HelpRequest, at now: LocalDateTime,
    by operatorName: String
  )
    -> Result<(HelpRequest, HistoryEvent), WorkflowRefusal>
  {
    let action = handling.action
    var notes: [String] = []
    if let refusal = Self.refusal(
      of: action, from: request.status, merged: request.mergedIntoId != nil)
    {
      return .failure(refusal)
    }
    var next = request
    var eventAction = action
    // A new decision takes a request sent back (退单) off the office's list, and off a
    // meeting's agenda unless it is the referral.
    if handling.decides { next.returnedAt = nil }
    if handling.decides, handling.action != .referredToMeeting { next.meeting = nil }
    let note: String
    switch handling {
    case .solveOnSpot(let how):
      guard let how = how.nonBlank else { return .failure(.textRequired(action)) }
      answerAtOnce(&next, .solvedOnSpot, how, by: operatorName, at: now)
      // Solved on the spot: no deadline runs, and none is shown anywhere.
      next.dueOn = nil
      note = how
    case .transfer(let target, let text):
      guard let target = target.nonBlank else { return .failure(.assigneeRequired) }
      next.decision = .transferred
      next.assignee = target
      next.decisionNote = text.trimmed
      next.status = .inProgress
      var due = workingDayOnOrAfter(
        now.date.adding(days: policy.transferCalendarDays), &notes)
      // An extension granted before is never shortened by a later transfer: the later holds.
      if request.extensions > 0, let extended = request.dueOn, extended > due {
        notes.append(Localizer(.zh)(.deadlineKeptExtension(extended, due)))
        due = extended
      }
      next.dueOn = due
      note = [target, text.trimmed].filter { !$0.isEmpty }.joined(separator: "：")
    case .referToMeeting(let text, let meeting):
      next.decision = .meeting
      next.meeting = meeting
      next.decisionNote = text.trimmed
      next.status = .inProgress
      if next.dueOn == nil {
        next.dueOn = policy.replyDue(receivedOn: request.receivedAt.date, calendar: calendar).value
      }
      note = text.trimmed
    case .explain(let reason):
      guard let reason = reason.nonBlank else { return .failure(.textRequired(action)) }
      answerAtOnce(&next, .explained, reason, by: operatorName, at: now)
      note = reason
    case .reply(let kind, let text):
      guard let text = text.nonBlank else { return .failure(.textRequired(action)) }
      reply(&next, text, kind: kind, at: now)
      note = kind.chinese + "：" + text
    case .close(let satisfaction, let text):
      note = [satisfaction.chinese, text.trimmed].filter { !$0.isEmpty }.joined(separator: "：")
      if closeNeedsApproval {
        // Asked for: the request waits, replied, for a second person.
        if let asked = request.closeRequest { return .failure(.awaitingApproval(asked.by)) }
        next.closeRequest = CloseRequest(
          by: operatorName, at: now, satisfaction: satisfaction, note: text.trimmed)
        eventAction = .closeRequested
      } else {
        next.status = .closed
        next.satisfaction = satisfaction
        next.closedAt = now
        next.closeRequest = nil
      }
    case .approveClose(let text):
      guard let asked = request.closeRequest else { return .failure(.noCloseAsked) }
      guard asked.by != operatorName else { return .failure(.approvalBySamePerson(asked.by)) }
      next.status = .closed
      next.satisfaction = asked.satisfaction
      next.closedAt = now
      next.closeRequest = nil
      note = [asked.satisfaction.chinese, asked.by, text.trimmed].filter { !$0.isEmpty }.joined(
        separator: "：")
    case .refuseClose(let reason):
      guard request.closeRequest != nil else { return .failure(.noCloseAsked) }
      guard let reason = reason.nonBlank else { return .failure(.textRequired(action)) }
      next.closeRequest = nil
      note = reason
    case .reopen(let reason):
      guard let reason = reason.nonBlank else { return .failure(.textRequired(action)) }
      next.status = .inProgress
      next.satisfaction = nil
      next.closedAt = nil
      next.dueOn = policy.replyDue(receivedOn: now.date, calendar: calendar).value
      note = reason
    case .reassign(let target, let text):
      guard let target = target.nonBlank else { return .failure(.assigneeRequired) }
      next.assignee = target
      note = [target, text.trimmed].filter { !$0.isEmpty }.joined(separator: "：")
    case .extend(let date, let reason):
      guard let reason = reason.nonBlank else { return .failure(.textRequired(action)) }
      if let current = request.dueOn, date <= current {
        return .failure(.extensionNotLater(current: current, proposed: date))
      }
      let due = workingDayOnOrAfter(date, &notes)
      next.dueOn = due
      next.extensions += 1
      note = "\(due)：" + reason
    case .urge(let text):
      note = text.trimmed
    case .followUp(let method, let answer, let text):
      next.satisfaction = answer
      note = [method.chinese, answer.chinese, text.trimmed].filter { !$0.isEmpty }.joined(
        separator: "：")
    case .meetingDecision(let outcome):
      guard request.decision == .meeting else { return .failure(.notAtMeeting) }
      let said = Localizer(.zh)(
        .meetingDecided(request.meeting?.chinese ?? MeetingKind.office.chinese))
      switch outcome {
      case .solve(let assignee, let due, let text):
        guard let assignee = assignee.nonBlank else { return .failure(.assigneeRequired) }
        next.decision = .assignedByMeeting
        next.assignee = assignee
        next.decisionNote = [said, text.trimmed].filter { !$0.isEmpty }.joined(separator: "：")
        next.dueOn = workingDayOnOrAfter(due, &notes)
        note = [assignee, "\(next.dueOn!)", text.trimmed].filter { !$0.isEmpty }.joined(
          separator: "：")
      case .transfer(let target, let text):
        guard
          case .success(let (transferred, event)) = apply(
            .transfer(
              to: target, note: [said, text.trimmed].filter { !$0.isEmpty }.joined(separator: "：")),
            to: request, at: now, by: operatorName)
        else { return .failure(.assigneeRequired) }
        next = transferred
        note = event.note
      case .explain(let reason):
        guard let reason = reason.nonBlank else { return .failure(.textRequired(action)) }
        answerAtOnce(&next, .explained, said + "：" + reason, by: operatorName, at: now)
        note = reason
      }
    case .departmentReceived(let day, let by):
      guard request.decision == .transferred else { return .failure(.notTransferred) }
      guard day <= now.date else { return .failure(.dayInFuture(day)) }
      note = ["\(day)", request.assignee, by.trimmed].filter { !$0.isEmpty }.joined(separator: "：")
    case .departmentReplied(let day, let text):
      guard request.decision == .transferred else { return .failure(.notTransferred) }
      guard let text = text.nonBlank else { return .failure(.textRequired(action)) }
      guard day <= now.date else { return .failure(.dayInFuture(day)) }
      note = "\(day)：" + text
    case .sendBack(let day, let reason):
      guard request.decision == .transferred else { return .failure(.notTransferred) }
      guard let reason = reason.nonBlank else { return .failure(.textRequired(action)) }
      guard day <= now.date else { return .failure(.dayInFuture(day)) }
      next.status = .registered
      next.decision = nil
      next.decisionNote = ""
      next.assignee = ""
      next.returnedAt = now
      note = ["\(day)", request.assignee, reason].filter { !$0.isEmpty }.joined(separator: "：")
    case .merge(let target, let label):
      guard target != request.id else { return .failure(.mergeIntoItself) }
      next.mergedIntoId = target
      next.status = .closed
      next.closedAt = now
      note = label
    }
    let event = HistoryEvent(
      at: now, operatorName: operatorName, action: eventAction, fromStatus: request.status,
      toStatus: next.status,
      note: ([note] + notes).filter { !$0.isEmpty }.joined(separator: "；"))
    return .success((next, event))
  }

  /// `date`, or the first working day after it when it is a rest day (with a note saying so):
  /// a deadline never falls on a day the office is closed.
  private func workingDayOnOrAfter(_ date: LocalDate, _ notes: inout [String]) -> LocalDate {
    let moved = calendar.workingDay(onOrAfter: date)
    if moved != date { notes.append(Localizer(.zh)(.deadlineMovedToWorkingDay(date, moved))) }
    return moved
  }

  /// A decision that is itself the answer (solved on the spot, explained): its text is the
  /// reply, and whoever gave it handles the request unless someone already does.
  private func answerAtOnce(
    _ request: inout HelpRequest, _ decision: HandlingDecision, _ text: String,
    by operatorName: String, at now: LocalDateTime
  ) {
    request.decision = decision
    request.decisionNote = text
    if request.assignee.isEmpty { request.assignee = operatorName }
    reply(&request, text, at: now)
  }

  private func reply(
    _ request: inout HelpRequest, _ text: String, kind: ReplyKind = .oral, at now: LocalDateTime
  ) {
    request.replyKind = kind
    request.reply = text
    request.repliedAt = now
    request.status = .replied
  }
}

extension RequestAction {
  /// The actions of the handling workflow, in the order a menu lists them.
  public static let handling: [RequestAction] = [
    .solvedOnSpot, .transferred, .referredToMeeting, .explained, .replied, .closed, .reopened,
    .reassigned,
    .extended, .urged, .slipReceived, .departmentReplied, .returned, .followedUp, .merged,
  ]

  /// What the department a request was transferred to does: sign for it, reply, send it back.
  public var isDepartments: Bool {
    [.slipReceived, .departmentReplied, .returned].contains(self)
  }
}
