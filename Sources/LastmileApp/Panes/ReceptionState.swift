import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// Reception mode: the intake form at the desk, the roster's people matching what is typed as
/// the requester, and the count of the day's walk-ins.
public struct ReceptionState: Sendable, Equatable {
  public var form: FormState
  /// The people of the roster matching the requester field, the closest first, and how many
  /// matched in all.
  public var found: PeopleFound = .none
  /// The people listed.
  public var matches: [PersonMatch] {
    get { found.people }
    set { found = PeopleFound(people: newValue, total: newValue.count) }
  }
  /// The highlighted match.
  public var highlighted = 0
  /// Whether Esc closed the people found (which says nothing of whether there were any).
  public var listClosed = false
  /// The person the request is linked to, once one was chosen.
  public var linked: PersonMatch?
  /// The walk-ins logged today, this one not counted.
  public var walkInsToday: Int
  /// Today was opened as an extra reception day (加开).
  public var extraDay = false
  /// The leader on duty today, by the rota.
  public var dutyLeader: String?
  /// The last walk-ins saved in this session, newest first (for the side panel).
  public var saved: [String] = []
  /// Whether the time of receipt was typed; until then it follows the clock.
  public var receivedTyped = false
  /// The field choosing whom a request is transferred to: in the form only while the decision
  /// is a transfer.
  public let targetField: FormField
  /// The form as it opened, for the next person.
  let blank: FormState
  /// What the desk was opened with from a card (the household's head, filled in): not typed,
  /// so Esc closes it without asking while it is as it was.
  var prefilledForm: FormState?
  var prefilledLink: PersonMatch?

  public init(form: FormState, walkInsToday: Int, targetField: FormField) {
    self.form = form
    self.blank = form
    self.walkInsToday = walkInsToday
    self.targetField = targetField
  }

  /// Whether anything was typed for the person at the desk (the time of receipt aside).
  public var hasTypedText: Bool {
    let start = prefilledForm ?? blank
    return linked != prefilledLink
      || form.fields.contains { field in
        guard let id = FieldID(rawValue: field.id), id != .received else { return false }
        return field.value != start[id]
      }
  }

  /// The desk ready for the next person: the form as it opened, its time now, and the day's
  /// count; the walk-ins just saved stay listed.
  func startingAgain(walkIns: Int, now: LocalDateTime) -> ReceptionState {
    var next = self
    next.form = blank
    next.form[.received] = now.description
    next.receivedTyped = false
    next.matches = []
    next.highlighted = 0
    next.linked = nil
    next.prefilledForm = nil
    next.prefilledLink = nil
    next.listClosed = false
    next.walkInsToday = walkIns
    return next
  }

  /// What is typed, as a draft.
  public var draft: ReceptionDraft {
    ReceptionDraft(
      values: Dictionary(form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { $1 }),
      linkedMember: linked?.memberId, receivedTyped: receivedTyped, focus: form.focusedID)
  }

  /// Takes back what a draft held; `linked` is its person as the roster has them now.
  mutating func restore(_ draft: ReceptionDraft, linked person: PersonMatch?) {
    for (id, value) in draft.values where id != FieldID.target.rawValue { form[id] = value }
    showTarget(form[.decision] == HandlingDecision.transferred.rawValue)
    if let target = draft.values[FieldID.target.rawValue] { form[.target] = target }
    linked = draft.linkedMember == nil ? nil : person
    receivedTyped = draft.receivedTyped
    if let focus = draft.focus, let index = form.fields.firstIndex(where: { $0.id == focus }) {
      form.focus = index
    }
  }

  /// Puts the field of whom to transfer to in the form (after the decision), or takes it out.
  mutating func showTarget(_ shown: Bool) {
    let present = form.fields.firstIndex { $0.id == FieldID.target.rawValue }
    if shown, present == nil,
      let decision = form.fields.firstIndex(where: { $0.id == FieldID.decision.rawValue })
    {
      form.fields.insert(targetField, at: decision + 1)
    } else if !shown, let present {
      form.fields.remove(at: present)
    }
  }

  /// Keeps the time of receipt to the clock, until someone types one.
  mutating func follow(now: LocalDateTime) {
    guard !receivedTyped else { return }
    form[.received] = now.description
  }
}
