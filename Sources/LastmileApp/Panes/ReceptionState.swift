import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// Reception mode: the intake form at the desk, the roster's people matching what is typed as
/// the requester, and the count of the day's walk-ins.
public struct ReceptionState: Sendable, Equatable {
  public var form: FormState
  /// The people of the roster matching the requester field, the closest first.
  public var matches: [PersonMatch] = []
  /// The highlighted match.
  public var highlighted = 0
  /// The person the request is linked to, once one was chosen.
  public var linked: PersonMatch?
  /// The walk-ins logged today, this one not counted.
  public var walkInsToday: Int
  /// The last walk-ins saved in this session, newest first (for the side panel).
  public var saved: [String] = []
  /// The field choosing whom a request is transferred to: in the form only while the decision
  /// is a transfer.
  public let targetField: FormField
  /// The form as it opened, for the next person.
  let blank: FormState

  public init(form: FormState, walkInsToday: Int, targetField: FormField) {
    self.form = form
    self.blank = form
    self.walkInsToday = walkInsToday
    self.targetField = targetField
  }

  /// The desk ready for the next person: the form as it opened, its time now, and the day's
  /// count; the walk-ins just saved stay listed.
  func startingAgain(walkIns: Int, now: LocalDateTime) -> ReceptionState {
    var next = self
    next.form = blank
    next.form[Field.received] = now.description
    next.matches = []
    next.highlighted = 0
    next.linked = nil
    next.walkInsToday = walkIns
    return next
  }

  /// The field ids of the intake form.
  public enum Field {
    public static let requester = "requester"
    public static let phone = "phone"
    public static let village = "village"
    public static let category = "category"
    public static let content = "content"
    public static let decision = "decision"
    public static let target = "target"
    public static let detail = "detail"
    public static let urgency = "urgency"
    public static let channel = "channel"
    public static let received = "received"
  }
}
