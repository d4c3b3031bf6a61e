import LastmileCore
import LastmileStore

/// A reception day's record book, open over the panes.
public struct BookState: Sendable, Equatable {
  public var book: ReceptionBook
  /// The entry selected, shown in full under the table.
  public var selected = 0

  public init(book: ReceptionBook) {
    self.book = book
  }
}
