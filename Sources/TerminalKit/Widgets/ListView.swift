/// A vertical list of lines with one selected, scrolled so that the selection shows.
public struct ListView: Sendable {
  public var items: [String]
  public var selected: Int?

  public init(items: [String], selected: Int? = nil) {
    self.items = items
    self.selected = selected
  }

  /// The first item shown so that `selected` is visible in `height` rows.
  public func top(height: Int) -> Int {
    guard let selected, height > 0 else { return 0 }
    return max(0, min(selected - height / 2, items.count - height))
  }

  public func render(into screen: inout Screen, rect: Rect, theme: Theme) {
    let top = top(height: rect.height)
    for row in 0..<rect.height {
      let index = top + row
      guard index < items.count else { break }
      let style = index == selected ? theme.selected : theme.normal
      // The selected item is marked beside it too, so it shows in every theme.
      let mark = index == selected ? screen.glyphs.selection : " "
      screen.putFitted(
        mark + items[index], x: rect.x, y: rect.y + row, width: rect.width, style: style)
    }
  }
}
