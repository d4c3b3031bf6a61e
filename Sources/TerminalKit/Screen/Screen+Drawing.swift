extension Screen {
  /// Draws a border around `rect` with an optional title in its top edge.
  public mutating func box(_ rect: Rect, style: Style = .plain, title: String? = nil) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let g = glyphs
    put(g.topLeft, x: rect.x, y: rect.y, style: style)
    put(g.topRight, x: rect.maxX - 1, y: rect.y, style: style)
    put(g.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
    put(g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    for column in (rect.x + 1)..<(rect.maxX - 1) {
      put(g.horizontal, x: column, y: rect.y, style: style)
      put(g.horizontal, x: column, y: rect.maxY - 1, style: style)
    }
    for row in (rect.y + 1)..<(rect.maxY - 1) {
      put(g.vertical, x: rect.x, y: row, style: style)
      put(g.vertical, x: rect.maxX - 1, y: row, style: style)
    }
    if let title, rect.width > 6 {
      // A title too long for the box is cut with the mark, never in silence.
      let (shown, _) = measure.clip(title, to: rect.width - 6, mark: glyphs.ellipsis)
      put(" " + shown + " ", x: rect.x + 2, y: rect.y, style: style.adding(.bold))
    }
  }

  /// Writes `text` fitted to `width` columns (clipped with the mark, padded with spaces).
  @discardableResult
  public mutating func putFitted(
    _ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
    alignment: TextMeasure.Alignment = .left
  ) -> Int {
    put(
      measure.fit(text, to: width, alignment: alignment, mark: glyphs.ellipsis), x: x, y: y,
      style: style, limit: width)
  }
}
