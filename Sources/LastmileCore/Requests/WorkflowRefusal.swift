/// Why a handling action is refused.
public enum WorkflowRefusal: Error, Sendable, Equatable, Localizable, CustomStringConvertible {
  /// The action cannot be taken on a request in this status.
  case notFrom(RequestAction, RequestStatus)
  /// A request never replied to cannot be closed.
  case closeWithoutReply
  /// A closed request cannot be replied to; it must be reopened first.
  case replyToClosed
  /// The action needs a text (a reason, how, a reply) that was left empty.
  case textRequired(RequestAction)
  /// A transfer or reassignment needs someone to hand the request to.
  case assigneeRequired
  /// An extension must move the deadline later than it is.
  case extensionNotLater(current: LocalDate, proposed: LocalDate)
  /// A request cannot be merged into itself.
  case mergeIntoItself
  /// Only a transferred request can be sent back by its department, or have a slip.
  case notTransferred
  /// Only a request referred to a meeting can have the meeting's decision.
  case notAtMeeting
  /// The close was already asked for (by whom): it waits for a second person's approval.
  case awaitingApproval(String)
  /// No close was asked for, to approve or refuse.
  case noCloseAsked
  /// The one who asked for the close cannot approve it.
  case approvalBySamePerson(String)
  /// What a department did cannot be dated after today.
  case dayInFuture(LocalDate)
  /// A request cannot be merged into one that was itself merged away.
  case mergeIntoMerged
  /// A request that was merged away is no longer worked.
  case alreadyMerged

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .notFrom(let action, let status):
      return l(.refusedFromStatus(action.label(language), status.label(language)))
    case .closeWithoutReply: return l(.refusedCloseWithoutReply)
    case .replyToClosed: return l(.refusedReplyToClosed)
    case .textRequired(let action): return l(.refusedTextRequired(action.label(language)))
    case .assigneeRequired: return l(.refusedAssigneeRequired)
    case .extensionNotLater(let current, let proposed):
      return l(.refusedExtensionNotLater(proposed, current))
    case .mergeIntoItself: return l(.refusedMergeIntoItself)
    case .notTransferred: return l(.refusedNotTransferred)
    case .notAtMeeting: return l(.refusedNotAtMeeting)
    case .awaitingApproval(let by): return l(.refusedAwaitingApproval(by))
    case .noCloseAsked: return l(.refusedNoCloseAsked)
    case .approvalBySamePerson(let by): return l(.refusedApprovalBySamePerson(by))
    case .dayInFuture(let day): return l(.refusedDayInFuture(day))
    case .mergeIntoMerged: return l(.refusedMergeIntoMerged)
    case .alreadyMerged: return l(.refusedAlreadyMerged)
    }
  }

  public var description: String { text(.en) }
}
