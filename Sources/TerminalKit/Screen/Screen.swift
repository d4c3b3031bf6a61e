/// A grid of cells that widgets draw into; a backend then paints it on a terminal.
///
/// Every write measures by display width: a CJK character takes two cells, text is clipped at
/// the edge of its region, and a wide character that does not fit is replaced by a space.
public struct Screen: Sendable, Hashable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal's real cursor is parked (the caret of the focused field), or nil to
  /// hide it.
  public var cursor: Point?
  /// How text is measured.
  public let measure: TextMeasure
  /// The border and mark characters.
  public let glyphs: Glyphs

  public init(size: Size, measure: TextMeasure = TextMeasure(), glyphs: Glyphs = .unicode) {
    self.size = size
    self.cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    self.measure = measure
    self.glyphs = glyphs
  }

  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(size: size) }

  /// The cell at column `x`, row `y`.
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set { cells[y * size.width + x] = newValue }
  }

  /// Whether (x, y) is on the screen.
  public func isInside(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < size.width && y < size.height
  }

  /// Writes `text` from (x, y), no further than `limit` columns (default: the screen's edge);
  /// returns the columns written. Wide characters that would cross the limit become a space.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil)
    -> Int
  {
    guard y >= 0, y < size.height else { return 0 }
    let end = min(size.width, x + (limit ?? size.width))
    var column = x
    for character in text {
      guard column < end else { break }
      let width = measure.width(of: character)
      if width == 0 { continue }
      if column + width > end {
        setCell(x: column, y: y, Cell(" ", style: style))
        column += 1
        break
      }
      if column >= 0 {
        setCell(x: column, y: y, Cell(String(character), style: style))
        if width == 2 { setCell(x: column + 1, y: y, Cell("", style: style)) }
      }
      column += width
    }
    return max(0, column - x)
  }

  /// Sets one cell, mending any wide character whose half it overwrites.
  private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
    guard isInside(x: x, y: y) else { return }
    let old = self[x, y]
    if old.isContinuation, x > 0 {
      self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
    } else if !old.isContinuation, x + 1 < size.width, self[x + 1, y].isContinuation,
      !cell.isContinuation
    {
      self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
    }
    self[x, y] = cell
  }

  /// Fills a rectangle with a character (a space by default) in a style.
  public mutating func fill(_ rect: Rect, style: Style = .plain, with character: String = " ") {
    for row in max(rect.y, 0)..<min(rect.maxY, size.height) {
      for column in max(rect.x, 0)..<min(rect.maxX, size.width) {
        setCell(x: column, y: row, Cell(character, style: style))
      }
    }
  }

  /// The text of row `y`, wide characters once, trailing spaces kept.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<size.width {
      text += self[x, y].text
    }
    return text
  }

  /// Every row's text, trailing spaces removed: what a person would read off the terminal.
  public var lines: [String] {
    (0..<size.height).map { row in
      var text = line(row)
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }

  /// The rows joined by line breaks, for comparing whole frames in tests.
  public var text: String { lines.joined(separator: "\n") }
}
