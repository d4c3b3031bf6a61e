import Foundation
import LastmileCore
import LastmileStore

/// Where a row of the review leads: the list it counts, filtered to those rows.
public enum ReviewDrill: Sendable, Equatable {
  /// The queue filtered (its header says `label` beside the filter).
  case queue(RequestFilter)
  /// The roster filtered, its header saying `label`.
  case roster(RosterFilter, label: String)
  /// A cadre's month calendar.
  case calendar(cadre: UUID, month: LocalDate)
  /// A cadre's own view (roles, contacts, quotas).
  case cadre(UUID)
  /// The conflicts sync merges left, to settle.
  case syncConflicts
}

/// A pane opened from the review, with what it showed before: Esc there puts it back and
/// returns to the review where it was.
public struct DrillReturn: Sendable, Equatable {
  /// The pane opened.
  public var pane: Tab
  /// The roster's filter and its label before, when the roster was opened.
  public var roster: RosterFilter?
  public var rosterLabel = ""
  /// The queue's filter before, when the queue was opened.
  public var queue: RequestFilter?
  /// The diary's filter and its label before, when a calendar's day opened the diary.
  public var diary: VisitFilter?
  public var diaryLabel = ""
}
