import Foundation
import LastmileCore
import LastmileStore

/// Work the update asks for: it never does I/O itself.
public enum AppEffect: Sendable, Equatable {
  /// Read rows for a tab's table; `withCount` also counts the listing. The roster is narrowed
  /// by `filter`.
  case loadPage(
    Tab, PageRequest, PageAnchor, limit: Int, sort: ListingSort, filter: PaneFilter, withCount: Bool
  )
  /// Count the tables: every one for the review (`full`), else the status line's figures.
  case loadCounts(full: Bool)
  /// Count the open and overdue requests again, for the status line after a request changed.
  case loadRequestCounts
  /// Build a form from the store (with a draft's values, if given) and open it.
  case prepareForm(FormKind, draft: String?)
  /// Find the next household matching a search.
  case searchRoster(
    query: String, filter: RosterFilter, sort: ListingSort, after: ListingKey?, backward: Bool,
    including: Bool)
  /// Find the row number of a roster row (after a search jumped to it); waits for idle.
  case locateRoster(ListingKey, filter: RosterFilter, sort: ListingSort)
  /// Read the queue's page and count again, if it was ever shown; waits for idle (the desk
  /// saves a walk-in while the queue is out of sight).
  case reloadQueue
  case openCard(UUID)
  case saveHousehold(Household, cadre: UUID?, isNew: Bool, confirmed: Bool)
  case saveMember(Member, isNew: Bool, confirmed: Bool)
  case deleteHousehold(UUID)
  case deleteMember(UUID)
  case undo(UndoEntry)
  case reveal(UUID)
  case prepareMerge(source: UUID, targetNumber: String)
  case merge(source: UUID, target: UUID)
  case importFile(ImportTable, path: String, dryRun: Bool, skipInvalid: Bool)
  case exportFile(ExportTable, ExportFormat, path: String, unmask: Bool)
  case saveSettings(LocalitySettings)
  case changeOperator(String)
  case loadDemo
  case saveDraft(Draft)
  case clearDraft
  /// Paint the whole screen again.
  case redraw
  /// Read a request with its history, for its view.
  case openRequest(UUID)
  /// Do one action of the handling workflow.
  case handleRequest(UUID, RequestHandling)
  /// Open reception mode: the intake form and today's count.
  case openReception
  /// Find the roster's people matching what was typed as the requester.
  case findPeople(String)
  /// Register a walk-in, handed on at once when a decision was made.
  case registerWalkIn(HelpRequest, RequestHandling?)
  /// Read a reception day's record book.
  case openBook(LocalDate)
  /// Mark a day's book handed over.
  case handOverBook(LocalDate, to: String, note: String)
  /// Write a day's book to a file (HTML to print, or another report format).
  case exportBook(LocalDate, ReportFormat, path: String)

  /// Whether the work waits until no key is waiting: it fills in a detail of the screen that a
  /// frame can show a moment later, so that typing never waits for it.
  var waitsForIdle: Bool {
    switch self {
    case .locateRoster, .reloadQueue: return true
    default: return false
    }
  }

  /// Whether `other` asks for the same work, so that the newer request replaces this one.
  func isSameWork(as other: AppEffect) -> Bool {
    switch (self, other) {
    case (.locateRoster, .locateRoster): return true
    default: return self == other
    }
  }
}
