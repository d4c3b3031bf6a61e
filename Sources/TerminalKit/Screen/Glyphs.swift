/// The characters used for borders and marks. The Unicode set uses ambiguous-width characters
/// (box drawing, `…`, `▲`), drawn one column wide by most terminals; the ASCII set is for those
/// that draw them two wide, or cannot draw them at all.
public struct Glyphs: Sendable, Hashable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  /// The mark left where text was cut.
  public var ellipsis: String
  public var sortAscending: String
  public var sortDescending: String
  /// The scroll indicator's thumb.
  public var thumb: String
  /// A bar of the bar chart.
  public var bar: String
  /// The mark beside the selected row of a table (one column wide in every terminal).
  public var selection: String
  /// The levels of a sparkline, lowest first.
  public var sparks: [String]

  /// A value drawn as one of `sparks`, scaled to `maximum` (nothing at all is the lowest
  /// level's space, anything else at least the first mark).
  public func spark(_ value: Int, of maximum: Int) -> String {
    guard value > 0, maximum > 0 else { return " " }
    let levels = sparks.count - 1
    return sparks[max(1, min(levels, (value * levels + maximum - 1) / maximum))]
  }

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    ellipsis: "…", sortAscending: "▲", sortDescending: "▼", thumb: "█", bar: "█",
    selection: "▸", sparks: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    ellipsis: "~", sortAscending: "^", sortDescending: "v", thumb: "#", bar: "#",
    selection: ">", sparks: [" ", ".", ":", "-", "=", "+", "*", "#", "@"])
}
