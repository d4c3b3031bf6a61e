import LastmileCore
import LastmileStore

/// A reception day's record book, open over the panes.
public struct BookState: Sendable, Equatable {
  public var book: ReceptionBook
  /// The first entry shown.
  public var scroll = 0

  public init(book: ReceptionBook) {
    self.book = book
  }
}
