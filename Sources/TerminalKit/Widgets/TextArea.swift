/// A multi-line text area wrapped by display width, edited by grapheme.
public struct TextArea: Sendable, Hashable {
  public private(set) var characters: [Character]
  public private(set) var caret: Int
  /// The first visual line shown: the area scrolls only as far as the caret needs.
  public private(set) var top = 0
  /// The column Up and Down aim for while they follow one another, so that passing a shorter
  /// (or wider) line does not lose it.
  private var goalColumn: Int?

  /// An area holding `text`, the caret at its start.
  public init(_ text: String = "") {
    characters = Array(text)
    caret = 0
  }

  public var text: String {
    get { String(characters) }
    set {
      characters = Array(newValue)
      caret = characters.count
    }
  }

  /// Visual lines for `width` columns: each a range of `characters`.
  public func visualLines(width: Int, measure: TextMeasure) -> [Range<Int>] {
    guard width > 0 else { return [0..<characters.count] }
    var lines: [Range<Int>] = []
    var start = 0
    var used = 0
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\n" {
        lines.append(start..<index)
        start = index + 1
        used = 0
      } else {
        let w = measure.width(of: character)
        if used + w > width {
          lines.append(start..<index)
          start = index
          used = 0
        }
        used += w
      }
      index += 1
    }
    lines.append(start..<characters.count)
    return lines
  }

  /// Handles an editing key, `width` being the area's width for moving up and down by visual
  /// line; returns false for keys an area does not edit with.
  @discardableResult
  public mutating func handle(_ key: Key, width: Int, measure: TextMeasure = TextMeasure()) -> Bool
  {
    if key != .up, key != .down { goalColumn = nil }
    switch key {
    case .character(let character):
      characters.insert(character, at: caret)
      caret += 1
    case .paste(let text):
      let added = Array(text)
      characters.insert(contentsOf: added, at: caret)
      caret += added.count
    case .enter:
      characters.insert("\n", at: caret)
      caret += 1
    case .backspace:
      guard caret > 0 else { return true }
      characters.remove(at: caret - 1)
      caret -= 1
    case .delete:
      guard caret < characters.count else { return true }
      characters.remove(at: caret)
    case .left:
      caret = max(0, caret - 1)
    case .right:
      caret = min(characters.count, caret + 1)
    case .up, .down:
      let lines = visualLines(width: width, measure: measure)
      let line = lineIndex(of: caret, in: lines)
      let target = key == .up ? line - 1 : line + 1
      guard target >= 0, target < lines.count else { return true }
      let column =
        goalColumn ?? measure.width(of: String(characters[lines[line].lowerBound..<caret]))
      goalColumn = column
      var position = lines[target].lowerBound
      var used = 0
      while position < lines[target].upperBound {
        let w = measure.width(of: characters[position])
        if used + w > column { break }
        used += w
        position += 1
      }
      caret = position
    case .home, .control("a"):
      let lines = visualLines(width: width, measure: measure)
      caret = lines[lineIndex(of: caret, in: lines)].lowerBound
    case .end, .control("e"):
      let lines = visualLines(width: width, measure: measure)
      caret = lines[lineIndex(of: caret, in: lines)].upperBound
    case .control("u"):
      let lines = visualLines(width: width, measure: measure)
      let start = lines[lineIndex(of: caret, in: lines)].lowerBound
      characters.removeSubrange(start..<caret)
      caret = start
    case .control("k"):
      let lines = visualLines(width: width, measure: measure)
      let end = lines[lineIndex(of: caret, in: lines)].upperBound
      characters.removeSubrange(caret..<end)
    default:
      return false
    }
    return true
  }

  /// Scrolls as little as keeps the caret's line among the `height` lines shown.
  public mutating func scrollToCaret(width: Int, height: Int, measure: TextMeasure = TextMeasure())
  {
    top = shownTop(lines: visualLines(width: width, measure: measure), height: height)
  }

  /// The first line shown in `height` lines: `top`, moved just enough to show the caret.
  private func shownTop(lines: [Range<Int>], height: Int) -> Int {
    let caretLine = lineIndex(of: caret, in: lines)
    let lowest = max(0, caretLine - height + 1)
    return min(max(top, lowest), caretLine)
  }

  private func lineIndex(of position: Int, in lines: [Range<Int>]) -> Int {
    for (index, line) in lines.enumerated()
    where position >= line.lowerBound && position <= line.upperBound {
      if position == line.upperBound, index + 1 < lines.count,
        lines[index + 1].lowerBound == position
      {
        continue
      }
      return index
    }
    return max(0, lines.count - 1)
  }

  /// Draws the area in `rect`, scrolled so that the caret's line shows; returns where the caret
  /// is on screen.
  @discardableResult
  public func render(into screen: inout Screen, rect: Rect, style: Style) -> Point {
    screen.fill(rect, style: style)
    guard rect.height > 0 else { return Point(x: rect.x, y: rect.y) }
    let lines = visualLines(width: rect.width, measure: screen.measure)
    let caretLine = lineIndex(of: caret, in: lines)
    let scroll = shownTop(lines: lines, height: rect.height)
    for row in 0..<rect.height {
      let index = scroll + row
      guard index < lines.count else { break }
      screen.put(
        String(characters[lines[index]]), x: rect.x, y: rect.y + row, style: style,
        limit: rect.width)
    }
    let column = screen.measure.width(of: String(characters[lines[caretLine].lowerBound..<caret]))
    return Point(x: rect.x + min(column, rect.width - 1), y: rect.y + caretLine - scroll)
  }
}
