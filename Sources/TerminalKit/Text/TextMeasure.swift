/// Measures, clips, pads and wraps text by display width, never by `String.count`: a CJK
/// character takes two columns, a combining mark none, and a wide character is never cut.
public struct TextMeasure: Sendable, Hashable {
  /// Whether ambiguous-width characters (box drawing, `…`, `①`) take two columns.
  public var ambiguousWide: Bool

  public init(ambiguousWide: Bool = false) {
    self.ambiguousWide = ambiguousWide
  }

  /// The columns one grapheme takes.
  public func width(of character: Character) -> Int {
    DisplayWidth.width(of: character, ambiguousWide: ambiguousWide)
  }

  /// The columns a string takes.
  public func width(of text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += width(of: character) }
    return total
  }

  /// The longest prefix of `text` that fits in `columns`, ending with `mark` when something was
  /// cut; the mark's width is reserved before cutting. Returns the text and its width.
  public func clip(_ text: String, to columns: Int, mark: String = "…") -> (
    text: String, width: Int
  ) {
    guard columns > 0 else { return ("", 0) }
    let full = width(of: text)
    if full <= columns { return (text, full) }
    let markWidth = width(of: mark)
    let room = markWidth <= columns ? columns - markWidth : columns
    var result = ""
    var used = 0
    for character in text {
      let w = width(of: character)
      if used + w > room { break }
      result.append(character)
      used += w
    }
    if markWidth <= columns - used {
      result += mark
      used += markWidth
    }
    return (result, used)
  }

  /// How text sits in a field wider than itself.
  public enum Alignment: Sendable {
    case left
    case right
    case center
  }

  /// `text` clipped to `columns` and padded with spaces to exactly that width.
  public func fit(_ text: String, to columns: Int, alignment: Alignment = .left, mark: String = "…")
    -> String
  {
    let (clipped, used) = clip(text, to: columns, mark: mark)
    let gap = max(0, columns - used)
    switch alignment {
    case .left: return clipped + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + clipped
    case .center:
      return String(repeating: " ", count: gap / 2) + clipped
        + String(repeating: " ", count: gap - gap / 2)
    }
  }

  /// The first `count` of `lines` (each at most `columns` wide), the last ending with `mark`
  /// when some were left out.
  public func firstLines(_ lines: [String], _ count: Int, columns: Int, mark: String = "…")
    -> [String]
  {
    guard lines.count > count, count > 0 else { return lines }
    var kept = Array(lines.prefix(count))
    var last = kept[count - 1]
    while !last.isEmpty, width(of: last) + width(of: mark) > columns { last.removeLast() }
    kept[count - 1] = last + mark
    return kept
  }

  /// `text` broken into lines of at most `columns`, at line breaks and, within a line, at a
  /// space or beside a wide (CJK) character where it can, and between any two characters only
  /// where a word (a date, a number, a Latin word) is longer than the line.
  /// Punctuation a line never starts with.
  static let noLineStart: Set<Character> = Set("，。、；：？！）」』》〉】〕”’…,.;:?!)]}%")
  /// Punctuation a line never ends with.
  static let noLineEnd: Set<Character> = Set("（「『《〈【〔“‘([{")

  public func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line: [Character] = []
      var lineWidth = 0
      // Where the line may break: the position, and whether a space there is dropped.
      var lastBreak: (at: Int, space: Bool)?
      var previousWide = false
      for character in paragraph {
        let w = width(of: character)
        if character == " " {
          lastBreak = (line.count, true)
        } else if !line.isEmpty, w > 1 || previousWide, !Self.noLineStart.contains(character),
          let last = line.last, !Self.noLineEnd.contains(last)
        {
          // As Chinese is set: no line starts with a comma or a closing bracket, none ends
          // with an opening one.
          lastBreak = (line.count, false)
        }
        if lineWidth + w > columns, character != " " {
          if let found = lastBreak, found.at > 0 {
            let carried = Array(line[(found.at + (found.space ? 1 : 0))...])
            lines.append(String(line[..<found.at]))
            line = carried
          } else {
            lines.append(String(line))
            line = []
          }
          lineWidth = line.reduce(0) { $0 + width(of: $1) }
          lastBreak = nil
        } else if lineWidth + w > columns {
          // A space at the end of a line is where it breaks.
          lines.append(String(line))
          line = []
          lineWidth = 0
          lastBreak = nil
          previousWide = false
          continue
        }
        line.append(character)
        lineWidth += w
        previousWide = w > 1
      }
      lines.append(String(line))
    }
    return lines
  }
}
