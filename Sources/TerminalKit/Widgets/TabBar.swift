/// A row of tabs with the active one highlighted, each titled with its number key.
public struct TabBar: Sendable {
  public var titles: [String]
  public var active: Int

  public init(titles: [String], active: Int) {
    self.titles = titles
    self.active = active
  }

  public func render(into screen: inout Screen, rect: Rect, theme: Theme) {
    screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme.normal)
    var x = rect.x
    for (index, title) in titles.enumerated() {
      let label = " \(index + 1) \(title) "
      let style = index == active ? theme.tabActive : theme.tabInactive
      let used = screen.put(label, x: x, y: rect.y, style: style, limit: rect.maxX - x)
      x += used + 1
      if x >= rect.maxX { break }
    }
  }
}
