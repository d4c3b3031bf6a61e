/// Horizontal bars with labels and values, scaled to the largest value.
public struct BarChart: Sendable, Hashable {
  public struct Bar: Sendable, Hashable {
    public var label: String
    public var value: Int
    /// Whether to draw the bar in the warning style.
    public var highlighted: Bool
    /// Said after the value, quieter (the period before's value).
    public var note: String

    public init(label: String, value: Int, highlighted: Bool = false, note: String = "") {
      self.label = label
      self.value = value
      self.highlighted = highlighted
      self.note = note
    }
  }

  /// How wide a chart's parts are and what its longest bar stands for, for its bars drawn one
  /// by one.
  public struct Scale: Sendable, Hashable {
    public let labelWidth: Int
    public let valueWidth: Int
    public let barRoom: Int
    public let maxValue: Int

    /// The scale of `bars` in `width` columns.
    public init(_ bars: [Bar], width: Int, measure: TextMeasure) {
      labelWidth = min(width / 3, bars.map { measure.width(of: $0.label) }.max() ?? 0)
      valueWidth = bars.map { String($0.value).count }.max() ?? 1
      let noteWidth = bars.map { $0.note.isEmpty ? 0 : measure.width(of: $0.note) + 1 }.max() ?? 0
      barRoom = max(1, width - labelWidth - valueWidth - noteWidth - 3)
      maxValue = max(1, bars.map(\.value).max() ?? 1)
    }
  }

  public var bars: [Bar]

  public init(bars: [Bar]) {
    self.bars = bars
  }

  /// Draws the bars from the `skipping`th on (a chart scrolled partly out of view), scaled to
  /// every bar, as many as `rect` holds.
  public func render(into screen: inout Screen, rect: Rect, theme: Theme, skipping: Int = 0) {
    let scale = Scale(bars, width: rect.width, measure: screen.measure)
    for (index, bar) in bars.dropFirst(skipping).prefix(rect.height).enumerated() {
      Self.draw(
        bar, scale: scale, into: &screen, x: rect.x, y: rect.y + index, width: rect.width,
        theme: theme)
    }
  }

  /// Draws one bar on row `y` from column `x`, by `scale`; `selected` marks its label.
  public static func draw(
    _ bar: Bar, scale: Scale, into screen: inout Screen, x: Int, y: Int, width: Int,
    theme: Theme, selected: Bool = false
  ) {
    screen.putFitted(
      bar.label, x: x, y: y, width: scale.labelWidth,
      style: selected ? theme.selected : theme.normal)
    let length = bar.value == 0 ? 0 : max(1, scale.barRoom * bar.value / scale.maxValue)
    screen.put(
      String(repeating: screen.glyphs.bar, count: length), x: x + scale.labelWidth + 1, y: y,
      style: bar.highlighted ? theme.danger : theme.accent, limit: scale.barRoom)
    let value = String(bar.value)
    let valueX = x + scale.labelWidth + 2 + length
    screen.put(value, x: valueX, y: y, style: theme.normal, limit: scale.valueWidth)
    if !bar.note.isEmpty {
      let noteX = valueX + value.count + 1
      screen.putFitted(
        bar.note, x: noteX, y: y, width: max(0, x + width - noteX), style: theme.muted)
    }
  }
}
