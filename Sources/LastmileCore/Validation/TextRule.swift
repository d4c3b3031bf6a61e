/// What a text field may hold: at most so many characters, no control characters (a name
/// holding `ESC[2J` would clear the screen of whoever reads it on a terminal), and, for a
/// field read as one line, no line breaks. Characters nobody sees (zero-width spaces, a byte
/// order mark) are taken out, so that two household numbers that look alike are alike.
public struct TextRule: Sendable {
  public let most: Int
  public let lines: Bool

  /// A one-line field of at most `most` characters, or several lines (`lines`).
  public init(most: Int, lines: Bool = false) {
    self.most = most
    self.lines = lines
  }

  /// A person's or a unit's name.
  public static let name = TextRule(most: 50)
  /// A household number, a code.
  public static let key = TextRule(most: 40)
  /// An address, a short line.
  public static let line = TextRule(most: 200)
  /// Notes, a visit's content, a request's text: several lines.
  public static let text = TextRule(most: 4_000, lines: true)

  /// Characters taken out wherever they are: zero-width space, joiners, word joiner, BOM.
  static let invisible: Set<Unicode.Scalar> = [
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
  ]
  /// The lead bytes of their UTF-8.
  private static let invisibleLeads = ByteSet(0xE2...0xE2, 0xEF...0xEF)
  /// The lead bytes of the control characters `refuses` looks at: C0, DEL, C1 (after 0xC2),
  /// the line and paragraph separators (after 0xE2).
  private static let controlLeads = ByteSet(0x00...0x1F, 0x7F...0x7F, 0xC2...0xC2, 0xE2...0xE2)

  /// `text` without the characters nobody sees.
  public static func visible(_ text: String) -> String {
    guard invisibleLeads.any(in: text), text.unicodeScalars.contains(where: invisible.contains)
    else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { !invisible.contains($0) }))
  }

  /// Whether `scalar` is a control character this field refuses.
  func refuses(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return !lines
    case 0x0D: return !lines
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `value` with the invisible characters taken out; a problem of `field` when it is too long
  /// or holds a control character.
  public func check(_ value: inout String, _ field: FieldName, _ problems: inout [FieldProblem]) {
    value = Self.visible(value)
    if Self.controlLeads.any(in: value), value.unicodeScalars.contains(where: refuses) {
      problems.append(FieldProblem(field, .controlCharacter))
    }
    // A character is a byte or more: a text of no more bytes than that is not too long.
    if value.utf8.count > most, value.count > most {
      problems.append(FieldProblem(field, .tooLong(most: most)))
    }
  }
}
