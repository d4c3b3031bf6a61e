import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// What lies over the panes: a form, a question, the help, the first-start choice.
public enum Overlay: Sendable, Equatable {
  /// The key help, scrolled to a line.
  case help(scroll: Int)
  /// A form being filled in; `dirty` once anything was typed.
  case form(FormKind, FormState, dirty: Bool)
  /// A question with its answers.
  case confirm(Question)
  /// The choice offered when the database is empty.
  case firstStart
  /// Work under way (making demo data): keys wait.
  case busy
  /// The handling actions a request allows now, each with its key.
  case handlingMenu(UUID, label: String, [RequestAction])
}

/// A question asked in a dialog.
public enum Question: Sendable, Equatable {
  /// Quit although a form is not saved.
  case quitUnsaved
  /// Close a form that is not saved.
  case closeUnsaved
  /// Restore the draft the last session left.
  case restoreDraft(Draft)
  /// Delete a household (the message names it).
  case deleteHousehold(UUID, message: String)
  /// Delete a member.
  case deleteMember(UUID, message: String)
  /// Save although the record may duplicate another; or open that one.
  case duplicates([DuplicateHint], retry: AppEffect)
  /// Merge one household into another.
  case merge(source: UUID, target: UUID, message: String)
  /// What an import did; any key closes it.
  case report(title: String, lines: [String])
}
