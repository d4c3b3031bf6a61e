/// Receives the cells a frame change needs written: the terminal in production, a recorder in
/// tests that assert how much was written.
public protocol CellWriter: AnyObject {
  /// Writes one cell at (x, y).
  func write(_ cell: Cell, x: Int, y: Int)
}

/// Records every cell written, for tests.
public final class RecordingCellWriter: CellWriter {
  /// The writes, in order.
  public private(set) var writes: [(x: Int, y: Int, cell: Cell)] = []

  public init() {}

  public func write(_ cell: Cell, x: Int, y: Int) {
    writes.append((x, y, cell))
  }

  /// Forgets the writes recorded so far.
  public func reset() {
    writes.removeAll()
  }
}
