import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// What a draft holds, to tell whether the database already has it.
struct DraftContent: Sendable, Equatable {
  var kind: String
  var payload: String
}

/// Drafts: what is typed in a form or at the desk is kept while typed (when the typist pauses)
/// and on any signal, and offered back at the next start, one form after another. One draft
/// per form: each layer holding typed text has its own.
extension AppState {
  /// What would be kept as drafts now: every layer holding typed text.
  var currentDrafts: [Draft] {
    navigation.allLayers.compactMap { layer in
      switch layer {
      case .form(let form) where form.dirty && form.kind.keepsDraft:
        Draft(
          kind: form.kind.draftKind, title: form.form.title,
          payload: FormKind.payload(of: form.form), operatorName: operatorName)
      case .agenda(let agenda) where !agenda.decided.isEmpty:
        Draft(
          kind: AgendaDraft.kind(agenda.agenda.meeting),
          title: l(.agendaTitle(agenda.agenda.meeting.label(language), agenda.agenda.items.count)),
          payload: AgendaDraft.payload(agenda.decided), operatorName: operatorName)
      case .reception(let desk) where desk.hasTypedText:
        Draft(
          kind: ReceptionDraft.kind, title: desk.form.title, payload: desk.draft.payload,
          operatorName: operatorName)
      default:
        nil
      }
    }
  }

  /// Asks for the drafts to be kept when the keyboard pauses, if what is typed changed.
  func draftFollowUp() -> [AppEffect] {
    guard !readOnly, currentDrafts.map(Self.content) != keptDrafts else { return [] }
    return [.whenIdle(.keepDraft)]
  }

  /// Keeps the drafts now: each written when what it holds changed, and cleared when its form
  /// no longer holds typed text (saved, or closed on purpose).
  mutating func keepDraft() -> [AppEffect] {
    guard !readOnly else { return [] }
    let drafts = currentDrafts
    let kinds = Set(drafts.map(\.kind))
    var effects: [AppEffect] = keptDrafts.filter { !kinds.contains($0.kind) }.map {
      .clearDraft(kind: $0.kind)
    }
    for draft in drafts where !keptDrafts.contains(Self.content(draft)) {
      effects.append(.saveDraft(draft))
    }
    keptDrafts = drafts.map(Self.content)
    return effects
  }

  /// Offers the next draft an earlier session left, when the user is back at a pane.
  mutating func offerPendingDraft() {
    guard !pendingDrafts.isEmpty, navigation.top == nil else { return }
    navigation.push(.dialog(.restoreDraft(pendingDrafts.removeFirst())))
  }

  /// Takes back a draft an earlier session left: the form (or desk) it names, filled in.
  mutating func restore(_ draft: Draft) -> [AppEffect] {
    if draft.kind == ReceptionDraft.kind, let desk = ReceptionDraft(payload: draft.payload) {
      keptDrafts.append(Self.content(draft))
      return [.loadReception(.draft(desk))]
    }
    if let meeting = AgendaDraft.meeting(ofKind: draft.kind) {
      keptDrafts.append(Self.content(draft))
      restoredDecisions = AgendaDraft.decisions(draft.payload)
      return [.loadAgenda(meeting, record: [:])]
    }
    guard let kind = FormKind(draftKind: draft.kind) else {
      message = StatusMessage(l(.draftUnknown(draft.title)), .warning)
      return []
    }
    keptDrafts.append(Self.content(draft))
    return [.loadFormData(kind, draft: draft.payload)]
  }

  static func content(_ draft: Draft) -> DraftContent {
    DraftContent(kind: draft.kind, payload: draft.payload)
  }
}
