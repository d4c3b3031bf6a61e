/// Several options, any number of them checked: Left and Right move, Space checks or unchecks.
public struct ChoiceList: Sendable, Hashable {
  public var options: [PickList.Option]
  /// The ids of the checked options.
  public var checked: Set<String>
  /// The option the cursor is on.
  public var cursor = 0

  public init(options: [PickList.Option], checked: Set<String> = []) {
    self.options = options
    self.checked = checked
  }

  /// The checked ids in the options' order, joined by `|`.
  public var value: String {
    get { options.map(\.id).filter(checked.contains).joined(separator: "|") }
    set { checked = Set(newValue.split(separator: "|").map(String.init)) }
  }

  /// Handles a key; returns whether it was used.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .left, .up: cursor = max(0, cursor - 1)
    case .right, .down: cursor = min(options.count - 1, cursor + 1)
    case .character(" "), .enter:
      guard options.indices.contains(cursor) else { return true }
      let id = options[cursor].id
      if checked.contains(id) { checked.remove(id) } else { checked.insert(id) }
    default: return false
    }
    return true
  }

  /// The rows the options take in `width` columns.
  public func height(width: Int, measure: TextMeasure) -> Int {
    lines(width: width, measure: measure).count
  }

  private func lines(width: Int, measure: TextMeasure) -> [[Int]] {
    var lines: [[Int]] = [[]]
    var used = 0
    for (index, option) in options.enumerated() {
      let w = measure.width(of: option.label) + 4
      if used + w > width, !lines[lines.count - 1].isEmpty {
        lines.append([])
        used = 0
      }
      lines[lines.count - 1].append(index)
      used += w + 1
    }
    return lines
  }

  /// Draws `[x]label` chips in rows; returns where the cursor is.
  @discardableResult
  public func render(
    into screen: inout Screen, rect: Rect, style: Style, focused: Bool, theme: Theme
  ) -> Point {
    var caret = Point(x: rect.x, y: rect.y)
    for (row, indices) in lines(width: rect.width, measure: screen.measure).enumerated()
    where row < rect.height {
      var x = rect.x
      for index in indices {
        let option = options[index]
        let chip = (checked.contains(option.id) ? "[x]" : "[ ]") + option.label
        let chipStyle = focused && index == cursor ? theme.selected : style
        if focused && index == cursor { caret = Point(x: x + 1, y: rect.y + row) }
        x += screen.put(chip, x: x, y: rect.y + row, style: chipStyle, limit: rect.maxX - x) + 1
      }
    }
    return caret
  }
}
