/// One cell of the screen: a grapheme and its style.
///
/// A wide character occupies its cell and the next; the next holds an empty `text` and is a
/// continuation, so that nothing is ever drawn over half of it.
public struct Cell: Sendable, Hashable {
  /// The grapheme drawn here; empty for the right half of a wide character.
  public var text: String
  public var style: Style

  public init(_ text: String = " ", style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }

  /// A blank cell in the default style.
  public static let blank = Cell()
}
