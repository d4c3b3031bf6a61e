/// A long text read whole in a box: wrapped to the box's width, scrolled a line or a page at a
/// time, with where the reader is.
public struct TextReader: Sendable, Hashable {
  public var title: String
  public var text: String
  /// The first line shown.
  public var scroll: Int
  /// The line under the text saying how to scroll and close.
  public var footer: String

  public init(title: String, text: String, scroll: Int = 0, footer: String = "") {
    self.title = title
    self.text = text
    self.scroll = scroll
    self.footer = footer
  }

  /// The box in `area`.
  public static func box(in area: Rect) -> Rect {
    area.centered(Size(width: min(area.width - 2, 96), height: area.height - 2))
  }

  /// The text's lines at the box's width.
  public static func lines(of text: String, in area: Rect, measure: TextMeasure) -> [String] {
    measure.wrap(text, to: max(1, box(in: area).width - 5))
  }

  /// How many lines the box shows at once.
  public static func room(in area: Rect) -> Int { max(1, box(in: area).height - 3) }

  public func render(into screen: inout Screen, in area: Rect, theme: Theme) {
    let rect = Self.box(in: area)
    screen.fill(rect, style: theme.normal)
    screen.box(rect, style: theme.border, title: title)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 5, height: rect.height - 3)
    let all = Self.lines(of: text, in: area, measure: screen.measure)
    for row in 0..<inner.height {
      let index = scroll + row
      guard index < all.count else { break }
      screen.putFitted(all[index], x: inner.x, y: inner.y + row, width: inner.width)
    }
    if all.count > inner.height {
      ScrollIndicator(total: all.count, first: scroll, visible: inner.height)
        .render(into: &screen, x: rect.maxX - 2, y: inner.y, height: inner.height, theme: theme)
    }
    screen.putFitted(
      footer, x: inner.x, y: rect.maxY - 2, width: inner.width, style: theme.muted,
      alignment: .center)
  }
}
