/// A sort key of a listing, named: `ListingSort` carries its number.
public protocol SortColumn: RawRepresentable, CaseIterable, Sendable where RawValue == Int {}

extension SortColumn {
  /// Sorted by this key, ascending.
  public var ascending: ListingSort { ListingSort(key: rawValue, ascending: true) }
  /// Sorted by this key, descending.
  public var descending: ListingSort { ListingSort(key: rawValue, ascending: false) }
}

extension RosterColumn: SortColumn {}
extension QueueColumn: SortColumn {}

/// The diary's sort keys.
public enum DiaryColumn: Int, SortColumn {
  /// The visit's date: newest first by default.
  case date
  case kind
}
