import Foundation

/// A one-line text field: its text and caret, edited by grapheme.
///
/// Moves and deletes step over whole graphemes (a CJK character, an emoji sequence). The view
/// scrolls horizontally by display width and reports where the caret is, so that the terminal's
/// real cursor, and an input method's candidate window with it, follows the caret.
public struct TextField: Sendable, Hashable {
  /// The graphemes of the text.
  public private(set) var characters: [Character]
  /// The caret, as an index into `characters` (0 is before the first).
  public private(set) var caret: Int
  /// Characters beyond this count are refused (nil: no limit).
  public var maxLength: Int?

  public init(_ text: String = "", maxLength: Int? = nil) {
    characters = Array(text)
    caret = characters.count
    self.maxLength = maxLength
  }

  /// The same field shown masked (a passphrase): a dot for each character, the caret where it is.
  public var masked: TextField {
    var shown = TextField(String(repeating: "•", count: characters.count), maxLength: maxLength)
    shown.caret = caret
    return shown
  }

  /// The text.
  public var text: String {
    get { String(characters) }
    set {
      characters = Array(newValue)
      caret = characters.count
    }
  }

  /// Handles an editing key; returns false for keys a field does not edit with.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      insert(String(character))
    case .paste(let text):
      insert(text.replacingOccurrences(of: "\n", with: " "))
    case .left:
      caret = max(0, caret - 1)
    case .right:
      caret = min(characters.count, caret + 1)
    case .home, .control("a"):
      caret = 0
    case .end, .control("e"):
      caret = characters.count
    case .backspace:
      guard caret > 0 else { return true }
      characters.remove(at: caret - 1)
      caret -= 1
    case .delete, .control("d"):
      guard caret < characters.count else { return true }
      characters.remove(at: caret)
    case .control("u"):
      characters.removeSubrange(0..<caret)
      caret = 0
    case .control("k"):
      characters.removeSubrange(caret..<characters.count)
    case .control("w"):
      var start = caret
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<caret)
      caret = start
    case .alt("b"):
      while caret > 0, characters[caret - 1] == " " { caret -= 1 }
      while caret > 0, characters[caret - 1] != " " { caret -= 1 }
    case .alt("f"):
      while caret < characters.count, characters[caret] == " " { caret += 1 }
      while caret < characters.count, characters[caret] != " " { caret += 1 }
    default:
      return false
    }
    return true
  }

  private mutating func insert(_ text: String) {
    var added = Array(text.filter { !$0.isNewline && $0 != "\t" })
    if let maxLength { added = Array(added.prefix(max(0, maxLength - characters.count))) }
    characters.insert(contentsOf: added, at: caret)
    caret += added.count
  }

  /// Draws the field in `width` columns at (x, y); returns where the caret is on screen.
  @discardableResult
  public func render(
    into screen: inout Screen, x: Int, y: Int, width: Int, style: Style, placeholder: String = ""
  )
    -> Point
  {
    guard width > 0 else { return Point(x: x, y: y) }
    screen.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
    if characters.isEmpty, !placeholder.isEmpty {
      screen.putFitted(placeholder, x: x, y: y, width: width, style: style.adding(.dim))
      return Point(x: x, y: y)
    }
    let measure = screen.measure
    // Scroll so that the caret stays inside, keeping one column for it at the end.
    var start = 0
    var caretColumn = measure.width(of: String(characters[0..<caret]))
    while caretColumn > width - 1, start < caret {
      caretColumn -= measure.width(of: characters[start])
      start += 1
    }
    screen.put(String(characters[start...]), x: x, y: y, style: style, limit: width)
    return Point(x: x + caretColumn, y: y)
  }
}
