import Foundation

/// What was done to a help request, as its history records it.
public enum RequestAction: String, CodedValue {
  case received
  case edited
  case solvedOnSpot = "solved_on_spot"
  case transferred
  case referredToMeeting = "referred_to_meeting"
  case explained
  case replied
  case closed
  case reopened
  case reassigned
  case extended
  case urged
  case followedUp = "followed_up"
  case merged
  case deleted
  /// A transfer slip (交办单) was printed for the department.
  case slipIssued = "slip_issued"
  /// The department signed for the slip (签收).
  case slipReceived = "slip_received"
  /// The department replied on the slip.
  case departmentReplied = "department_replied"
  /// The department sent the matter back (退单), to the office's queue.
  case returned
  /// The meeting decided the matter (solve, transfer, explain).
  case meetingDecided = "meeting_decided"
  /// Closing was asked for, to be approved by a second person (申请办结).
  case closeRequested = "close_requested"
  /// The close asked for was approved (审核通过): the request is closed.
  case closeApproved = "close_approved"
  /// The close asked for was refused (审核退回), with the reason.
  case closeRefused = "close_refused"

  public var chinese: String {
    switch self {
    case .received: "登记"
    case .edited: "修改"
    case .solvedOnSpot: "立即解决"
    case .transferred: "转办"
    case .referredToMeeting: "提交会议研究"
    case .explained: "解释说明"
    case .replied: "答复"
    case .closed: "办结"
    case .reopened: "重新办理"
    case .reassigned: "改派"
    case .extended: "延期"
    case .urged: "催办"
    case .followedUp: "回访"
    case .merged: "并单"
    case .deleted: "删除"
    case .slipIssued: "交办单"
    case .slipReceived: "签收"
    case .departmentReplied: "承办单位回复"
    case .returned: "退单"
    case .meetingDecided: "会议决定"
    case .closeRequested: "申请办结"
    case .closeApproved: "审核办结"
    case .closeRefused: "审核退回"
    }
  }

  public var english: String {
    switch self {
    case .solvedOnSpot: "solved on the spot"
    case .referredToMeeting: "referred to the meeting"
    case .followedUp: "followed up"
    case .slipIssued: "transfer slip"
    case .slipReceived: "signed for"
    case .departmentReplied: "department's reply"
    case .returned: "sent back"
    case .meetingDecided: "the meeting decided"
    case .closeRequested: "close asked"
    case .closeApproved: "close approved"
    case .closeRefused: "close refused"
    default: rawValue
    }
  }
}

/// One entry of a request's history: who did what, when, and the status before and after.
public struct HistoryEvent: Sendable, Hashable {
  /// When it was done, in local time.
  public var at: LocalDateTime
  /// Who did it (the operator at the keyboard).
  public var operatorName: String
  public var action: RequestAction
  public var fromStatus: RequestStatus?
  public var toStatus: RequestStatus?
  /// What was said or decided.
  public var note: String

  /// A history entry.
  public init(
    at: LocalDateTime, operatorName: String, action: RequestAction, fromStatus: RequestStatus?,
    toStatus: RequestStatus?, note: String = ""
  ) {
    self.at = at
    self.operatorName = operatorName
    self.action = action
    self.fromStatus = fromStatus
    self.toStatus = toStatus
    self.note = note
  }
}
