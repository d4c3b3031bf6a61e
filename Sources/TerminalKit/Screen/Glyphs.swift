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

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    ellipsis: "…", sortAscending: "▲", sortDescending: "▼", thumb: "█", bar: "█",
    selection: "▸")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    ellipsis: "~", sortAscending: "^", sortDescending: "v", thumb: "#", bar: "#",
    selection: ">")
}
