import Foundation
import LastmileCore
import LastmileStore

/// Work the update asks for: it never does I/O itself.
public enum AppEffect: Sendable, Equatable {
  /// Read rows for a tab's table; `withCount` also counts the listing. The roster is narrowed
  /// by `filter`.
  case loadPage(Tab, PageRequest, PageAnchor, limit: Int, sort: ListingSort, filter: RosterFilter, withCount: Bool)
  case loadCounts
  /// Build a form from the store (with a draft's values, if given) and open it.
  case prepareForm(FormKind, draft: String?)
  /// Find the next household matching a search.
  case searchRoster(query: String, filter: RosterFilter, sort: ListingSort, after: ListingKey?, backward: Bool, including: Bool)
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
}
