import GRDB

/// Where a row sits in a sorted listing: its sort value and its id (the tie-breaker).
public struct ListingKey: Sendable, Hashable {
  let sortValue: DatabaseValue
  let id: String
}

/// Which page of a listing to read.
public enum PageAnchor: Sendable, Hashable {
  /// The first rows.
  case first
  /// The last rows.
  case last
  /// The rows after this one.
  case after(ListingKey)
  /// The rows before this one (returned in listing order).
  case before(ListingKey)
  /// This row and the rows after it (to reload a page in place).
  case from(ListingKey)
}

/// How a listing is sorted: by which of its sort keys, and which way.
public struct ListingSort: Sendable, Hashable {
  public var key: Int
  public var ascending: Bool

  public init(key: Int = 0, ascending: Bool = true) {
    self.key = key
    self.ascending = ascending
  }
}

/// A row of a listing with the key that places it.
public struct ListingRow<Model: Sendable>: Sendable {
  public let key: ListingKey
  public let model: Model
}

extension ListingRow: Equatable where Model: Equatable {}
