/// A key press, decoded from the terminal.
public enum Key: Sendable, Hashable {
  /// A printable character (CJK from an input method included).
  case character(Character)
  /// Ctrl with a letter (`<C-s>`), lower case.
  case control(Character)
  /// Alt (Meta) with a character (`<M-x>`): Esc followed at once by the character.
  case alt(Character)
  /// A function key, F1 to F12.
  case function(Int)
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case insert
  case delete
  case backspace
  case enter
  case tab
  case backTab
  case escape
  /// The terminal changed size.
  case resize
  /// Text pasted as a whole (bracketed paste), line breaks kept.
  case paste(String)

  /// Whether this key types text into a field.
  public var isPrintable: Bool {
    if case .character = self { return true }
    return false
  }

  /// Whether this key brings text with it: a printable character or a paste.
  public var isTyped: Bool {
    switch self {
    case .character, .paste: return true
    default: return false
    }
  }
}
