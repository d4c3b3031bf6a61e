/// A choice made with one key: the options are numbered `1`…`9`, `0`, `-`, `=` (the keys of the
/// keyboard's top row, in order) and shown together, so that the key to press is in view.
public struct DigitChoice: Sendable, Hashable {
  /// The keys, in the order of the options they choose.
  public static let keys: [Character] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=",
  ]

  /// One option: a stable id and the label shown.
  public struct Option: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
      self.id = id
      self.label = label
    }
  }

  /// The options; only the first twelve have a key.
  public var options: [Option]
  /// The id of the chosen option, if any.
  public var chosen: String?

  public init(options: [Option], chosen: String? = nil) {
    self.options = Array(options.prefix(Self.keys.count))
    self.chosen = chosen
  }

  /// The label of the chosen option, or empty.
  public var chosenLabel: String { options.first { $0.id == chosen }?.label ?? "" }

  /// Whether `key` chooses an option or moves between them (what `handle` uses).
  public func accepts(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      guard let position = Self.keys.firstIndex(of: character) else { return false }
      return position < options.count
    case .backspace, .delete, .right, .left: return true
    default: return false
    }
  }

  /// Handles a key: an option's key chooses it, Backspace or Delete clears the choice, Left and
  /// Right step through the options. Returns whether it was used.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    let index = options.firstIndex { $0.id == chosen }
    switch key {
    case .character(let character):
      guard let position = Self.keys.firstIndex(of: character), position < options.count else {
        return false
      }
      chosen = options[position].id
    case .backspace, .delete:
      chosen = nil
    case .right:
      chosen = options[min(options.count - 1, (index ?? -1) + 1)].id
    case .left:
      chosen = options[max(0, (index ?? 1) - 1)].id
    default:
      return false
    }
    return true
  }

  /// The options as drawn: `1 label` each, laid out in rows that fit `width`.
  private func rows(width: Int, measure: TextMeasure) -> [[(Int, String)]] {
    var rows: [[(Int, String)]] = [[]]
    var used = 0
    for (index, option) in options.enumerated() {
      let cell = "\(Self.keys[index]) \(option.label)"
      let cellWidth = measure.width(of: cell) + 2
      if used > 0, used + cellWidth > width {
        rows.append([])
        used = 0
      }
      rows[rows.count - 1].append((index, cell))
      used += cellWidth
    }
    return rows
  }

  /// The rows the options take in `width` columns.
  public func height(width: Int, measure: TextMeasure = TextMeasure()) -> Int {
    max(1, rows(width: width, measure: measure).count)
  }

  /// Draws every option with its key, the chosen one marked; returns where the caret goes.
  @discardableResult
  public func render(into screen: inout Screen, rect: Rect, focused: Bool, theme: Theme) -> Point {
    screen.fill(rect, style: theme.normal)
    var caret = Point(x: rect.x, y: rect.y)
    for (line, row) in rows(width: rect.width, measure: screen.measure).enumerated()
    where line < rect.height {
      var x = rect.x
      for (index, cell) in row {
        let isChosen = options[index].id == chosen
        let style =
          isChosen
          ? (focused ? theme.focusedInput : theme.selected) : (focused ? theme.normal : theme.muted)
        if isChosen { caret = Point(x: x, y: rect.y + line) }
        x += screen.put(cell, x: x, y: rect.y + line, style: style) + 2
      }
    }
    return caret
  }
}
