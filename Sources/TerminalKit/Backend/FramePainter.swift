/// Paints frames by difference: only cells that changed since the last frame are written.
public struct FramePainter: Sendable {
  private var last: Screen?

  public init() {}

  /// Forgets the last frame: the next is written whole.
  public mutating func invalidate() {
    last = nil
  }

  /// Writes what differs between the last frame and `screen`; returns the number of cells
  /// written. A wide character is written from its left half; its continuation is never
  /// written on its own.
  @discardableResult
  public mutating func paint(_ screen: Screen, to writer: some CellWriter) -> Int {
    let previous = last?.size == screen.size ? last : nil
    var written = 0
    for y in 0..<screen.size.height {
      for x in 0..<screen.size.width {
        let cell = screen[x, y]
        if let previous {
          if previous[x, y] == cell {
            // The right half may be unchanged while its left half changed: then the left
            // half's write covers it.
            continue
          }
        }
        if cell.isContinuation {
          // Repaint from the left half so the wide character is drawn whole.
          if x > 0, let previous, previous[x - 1, y] == screen[x - 1, y] {
            writer.write(screen[x - 1, y], x: x - 1, y: y)
            written += 1
          }
          continue
        }
        writer.write(cell, x: x, y: y)
        written += 1
      }
    }
    last = screen
    return written
  }
}
