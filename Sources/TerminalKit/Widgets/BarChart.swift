/// Horizontal bars with labels and values, scaled to the largest value.
public struct BarChart: Sendable, Hashable {
  public struct Bar: Sendable, Hashable {
    public var label: String
    public var value: Int
    /// Whether to draw the bar in the warning style.
    public var highlighted: Bool

    public init(label: String, value: Int, highlighted: Bool = false) {
      self.label = label
      self.value = value
      self.highlighted = highlighted
    }
  }

  public var bars: [Bar]

  public init(bars: [Bar]) {
    self.bars = bars
  }

  /// Draws the bars from the `skipping`th on (a chart scrolled partly out of view), scaled to
  /// every bar, as many as `rect` holds.
  public func render(into screen: inout Screen, rect: Rect, theme: Theme, skipping: Int = 0) {
    let measure = screen.measure
    let labelWidth = min(rect.width / 3, (bars.map { measure.width(of: $0.label) }.max() ?? 0))
    let valueWidth = (bars.map { String($0.value).count }.max() ?? 1)
    let barRoom = max(1, rect.width - labelWidth - valueWidth - 3)
    let maxValue = max(1, bars.map(\.value).max() ?? 1)
    for (index, bar) in bars.dropFirst(skipping).prefix(rect.height).enumerated() {
      let y = rect.y + index
      screen.putFitted(bar.label, x: rect.x, y: y, width: labelWidth, style: theme.normal)
      let length = bar.value == 0 ? 0 : max(1, barRoom * bar.value / maxValue)
      let style = bar.highlighted ? theme.danger : theme.accent
      screen.put(
        String(repeating: screen.glyphs.bar, count: length), x: rect.x + labelWidth + 1, y: y,
        style: style, limit: barRoom)
      screen.put(
        String(bar.value), x: rect.x + labelWidth + 2 + length, y: y, style: theme.normal,
        limit: valueWidth)
    }
  }
}
