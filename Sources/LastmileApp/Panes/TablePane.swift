import LastmileStore
import TerminalKit

/// A table pane's state: the rows on screen (never more), the selection, where the rows sit
/// in the whole listing, and its sort.
public struct TablePane<Model: Sendable & Equatable>: Sendable, Equatable {
  public var rows: [ListingRow<Model>] = []
  /// The selected row, as an index into `rows`.
  public var selected = 0
  /// The position of `rows[0]` in the listing.
  public var firstRowNumber = 0
  /// Whether `firstRowNumber` is known: after a jump (to a search's match) it is found a
  /// moment later, and until then paging asks the store instead of counting on it.
  public var positionKnown = true
  /// How many rows the listing has.
  public var total = 0
  public var sort: ListingSort
  /// Whether the first page has arrived.
  public var loaded = false

  public init(sort: ListingSort) {
    self.sort = sort
  }

  /// The selected row's model.
  public var selectedModel: Model? {
    rows.indices.contains(selected) ? rows[selected].model : nil
  }

  /// The selected row's key.
  public var selectedKey: ListingKey? {
    rows.indices.contains(selected) ? rows[selected].key : nil
  }

  /// Whether the listing may go on past the rows on screen.
  private var hasRowsAfter: Bool { !positionKnown || firstRowNumber + rows.count < total }

  /// Whether the listing may have rows before those on screen.
  private var hasRowsBefore: Bool { !positionKnown || firstRowNumber > 0 }

  /// Moves the selection down a row; asks for a row when it must scroll.
  public mutating func moveDown() -> PageRequest? {
    if selected + 1 < rows.count {
      selected += 1
      return nil
    }
    return hasRowsAfter ? .down(1) : nil
  }

  /// Moves the selection up a row; asks for a row when it must scroll.
  public mutating func moveUp() -> PageRequest? {
    if selected > 0 {
      selected -= 1
      return nil
    }
    return hasRowsBefore ? .up(1) : nil
  }

  /// Turns a page forward, or selects the last row when there is no further page.
  public mutating func pageDown(size: Int) -> PageRequest? {
    if hasRowsAfter { return .down(max(1, size)) }
    selected = max(0, rows.count - 1)
    return nil
  }

  /// Turns a page back, or selects the first row when there is no earlier page.
  public mutating func pageUp(size: Int) -> PageRequest? {
    if hasRowsBefore { return .up(max(1, size)) }
    selected = 0
    return nil
  }

  /// Where in the listing a request reads from.
  public func anchor(for request: PageRequest) -> PageAnchor {
    switch request {
    case .top: return .first
    case .bottom: return .last
    case .down: return rows.last.map { .after($0.key) } ?? .first
    case .up: return rows.first.map { .before($0.key) } ?? .first
    case .reload:
      // At the top, the top is read again: a row that now sorts first (restored, or added by
      // another program) is shown, not skipped.
      if positionKnown, firstRowNumber == 0 { return .first }
      return rows.first.map { .from($0.key) } ?? .first
    }
  }

  /// How many rows a request reads.
  public func limit(for request: PageRequest, pageSize: Int) -> Int {
    switch request {
    case .down(let n), .up(let n): return n
    default: return pageSize
    }
  }

  /// Takes in the rows a request returned, keeping at most `pageSize` on screen.
  public mutating func merge(
    _ request: PageRequest, _ fetched: [ListingRow<Model>], pageSize: Int, total newTotal: Int?
  ) {
    if let newTotal { total = newTotal }
    let size = max(1, pageSize)
    switch request {
    case .top:
      rows = Array(fetched.prefix(size))
      firstRowNumber = 0
      positionKnown = true
      selected = 0
    case .bottom:
      rows = Array(fetched.suffix(size))
      firstRowNumber = max(0, total - rows.count)
      positionKnown = true
      selected = max(0, rows.count - 1)
    case .reload:
      // The selection stays on the same row when it is still there.
      let kept = selectedKey
      rows = Array(fetched.prefix(size))
      if rows.isEmpty { firstRowNumber = 0 }
      selected = rows.firstIndex { $0.key == kept } ?? min(selected, max(0, rows.count - 1))
    case .down(let n):
      let combined = rows + fetched
      let window = Array(combined.suffix(size))
      firstRowNumber += combined.count - window.count
      rows = window
      if n == 1 || fetched.isEmpty { selected = max(0, rows.count - 1) }
    case .up(let n):
      let combined = fetched + rows
      let window = Array(combined.prefix(size))
      firstRowNumber = max(0, firstRowNumber - fetched.count)
      rows = window
      if n == 1 || fetched.isEmpty { selected = 0 }
    }
    loaded = true
  }
}
