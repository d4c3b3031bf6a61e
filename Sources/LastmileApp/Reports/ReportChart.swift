import Foundation

/// A bar chart of a printed report, drawn as inline SVG: a bar a row, its label before it and
/// its figure after it, scaled to the largest.
public struct ReportChart: Sendable {
  public struct Bar: Sendable {
    public let label: String
    public let value: Double
    /// The figure as written after the bar ("87%", "12").
    public let text: String
    /// Drawn in the warning colour.
    public let highlighted: Bool

    public init(label: String, value: Double, text: String, highlighted: Bool = false) {
      self.label = label
      self.value = value
      self.text = text
      self.highlighted = highlighted
    }
  }

  public let title: String
  public let bars: [Bar]
  /// What a full bar stands for (100 for percentages); the largest bar when nil.
  public let scale: Double?

  public init(title: String, bars: [Bar], scale: Double? = nil) {
    self.title = title
    self.bars = bars
    self.scale = scale
  }

  /// The chart as a figure holding an SVG `width` units wide (it is drawn at the page's width).
  func svg(width: Int, escape: (String) -> String) -> String {
    let row = 18
    let labelWidth = width / 4
    let figureWidth = 70
    let room = Double(width - labelWidth - figureWidth - 12)
    let top = max(scale ?? 0, bars.map(\.value).max() ?? 0, 1)
    let height = max(1, bars.count) * row + 4
    var svg = """
      <figure class="chart"><figcaption>\(escape(title))</figcaption>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="100%" role="img" aria-label="\(escape(title))">

      """
    for (index, bar) in bars.enumerated() {
      let y = index * row + 2
      let length = bar.value <= 0 ? 0 : max(1, Int(room * bar.value / top))
      let colour = bar.highlighted ? "#b03a2e" : "#3b6ea5"
      svg += """
        <text x="\(labelWidth - 6)" y="\(y + 12)" text-anchor="end" font-size="11">\(escape(bar.label))</text>\
        <rect x="\(labelWidth)" y="\(y + 2)" width="\(length)" height="12" fill="\(colour)"/>\
        <text x="\(labelWidth + length + 6)" y="\(y + 12)" font-size="11">\(escape(bar.text))</text>

        """
    }
    return svg + "</svg></figure>\n"
  }
}
