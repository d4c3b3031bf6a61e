import Foundation

/// Something done to a help request in its handling, with what it needs.
public enum RequestHandling: Sendable, Hashable {
  /// Solved on the spot; `how` says how.
  case solveOnSpot(how: String)
  /// Transferred to a leader or department, who answers within the transfer deadline.
  case transfer(to: String, note: String)
  /// Referred to a meeting (办公会 or 支委会); `note` says what the meeting is asked.
  case referToMeeting(note: String, meeting: MeetingKind = .office)
  /// What the meeting decided of it.
  case meetingDecision(MeetingOutcome)
  /// Cannot be solved: explained to the requester; the reason is required.
  case explain(reason: String)
  /// A reply given to the requester.
  case reply(ReplyKind, text: String)
  /// Closed, with how satisfied the requester said they were.
  case close(Satisfaction, note: String)
  /// The close asked for approved by a second person (审核通过).
  case approveClose(note: String)
  /// The close asked for refused (审核退回); the reason is required.
  case refuseClose(reason: String)
  /// Taken up again after closing; the reason is required.
  case reopen(reason: String)
  /// Given to another person or department to handle.
  case reassign(to: String, note: String)
  /// The deadline moved later (延期); the reason is required.
  case extend(to: LocalDate, reason: String)
  /// The handler reminded (催办).
  case urge(note: String)
  /// After closing, the call or visit that asks whether the person is satisfied (回访).
  case followUp(FollowUpMethod, answer: Satisfaction, note: String)
  /// A repeated request on the same matter merged into the earlier one (重复诉求并单), which is
  /// the one worked; `label` names that one in the history.
  case merge(into: UUID, label: String)
  /// The department it was transferred to signed for the slip (签收) on a day.
  case departmentReceived(on: LocalDate, by: String)
  /// The department replied on the slip, on a day.
  case departmentReplied(on: LocalDate, text: String)
  /// Sent back by the department it was transferred to (退单) on a day, with the reason: back in
  /// the office's queue, to be decided again.
  case sendBack(on: LocalDate, reason: String)

  /// Whether it decides how the request is handled.
  public var decides: Bool {
    switch self {
    case .solveOnSpot, .transfer, .referToMeeting, .explain, .meetingDecision: true
    default: false
    }
  }

  /// Whether the handling is itself the answer (solved on the spot, explained).
  public var answersAtOnce: Bool {
    switch self {
    case .solveOnSpot, .explain: true
    default: false
    }
  }

  /// The history's name for it.
  public var action: RequestAction {
    switch self {
    case .solveOnSpot: .solvedOnSpot
    case .transfer: .transferred
    case .referToMeeting: .referredToMeeting
    case .meetingDecision: .meetingDecided
    case .explain: .explained
    case .reply: .replied
    case .close: .closed
    case .approveClose: .closeApproved
    case .refuseClose: .closeRefused
    case .reopen: .reopened
    case .reassign: .reassigned
    case .extend: .extended
    case .urge: .urged
    case .followUp: .followedUp
    case .merge: .merged
    case .departmentReceived: .slipReceived
    case .departmentReplied: .departmentReplied
    case .sendBack: .returned
    }
  }
}

/// How a reply reached the requester.
public enum ReplyKind: String, CodedValue {
  case oral
  case written

  public var chinese: String { self == .oral ? "口头答复" : "书面答复" }
  public var english: String { self == .oral ? "oral reply" : "written reply" }
}

/// How a follow-up (回访) reached the requester.
public enum FollowUpMethod: String, CodedValue {
  case call
  case visit

  public var chinese: String { self == .call ? "电话回访" : "上门回访" }
  public var english: String { self == .call ? "follow-up call" : "follow-up visit" }
}
