import LastmileCore
import LastmileStore

/// Work the update asks for: it never does I/O itself.
public enum AppEffect: Sendable, Equatable {
  /// Read rows for a tab's table; `withCount` also counts the listing.
  case loadPage(Tab, PageRequest, PageAnchor, limit: Int, sort: ListingSort, withCount: Bool)
  case loadCounts
  /// Read the settings and open their form (with a draft's values, if given).
  case loadSettings(draft: String?)
  case saveSettings(LocalitySettings)
  case changeOperator(String)
  case loadDemo
  case saveDraft(Draft)
  case clearDraft
  /// Paint the whole screen again.
  case redraw
}
