/// Which rows a table pane asks its listing for.
public enum PageRequest: Sendable, Hashable {
  /// The first page.
  case top
  /// The last page.
  case bottom
  /// `n` rows after the last one shown (1 to scroll a row, a page to turn it).
  case down(Int)
  /// `n` rows before the first one shown.
  case up(Int)
  /// The page shown, read again from its first row (after a resize or a change).
  case reload
}
