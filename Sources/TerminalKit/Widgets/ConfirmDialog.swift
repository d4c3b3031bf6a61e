/// A question in a box, with the keys that answer it.
public struct ConfirmDialog: Sendable, Hashable {
  public var title: String
  public var message: String
  /// The answers, as they are shown (`[Y] 是`, `[N] 否`).
  public var answers: [String]

  public init(title: String, message: String, answers: [String]) {
    self.title = title
    self.message = message
    self.answers = answers
  }

  public func render(into screen: inout Screen, in area: Rect, theme: Theme) {
    let measure = screen.measure
    let answerLine = answers.joined(separator: "   ")
    let width = min(
      area.width - 4,
      max(
        measure.width(of: title) + 6,
        min(60, max(measure.width(of: message), measure.width(of: answerLine)) + 4)))
    // The answers on as many lines as they need, none cut: each answer whole on a line.
    var answerLines: [String] = []
    for answer in answers {
      if let last = answerLines.last,
        measure.width(of: last) + 3 + measure.width(of: answer) <= width - 4
      {
        answerLines[answerLines.count - 1] = last + "   " + answer
      } else {
        answerLines.append(answer)
      }
    }
    // The message as long as the area lets it be, its last line marked when it is cut.
    let room = max(1, area.height - 4 - answerLines.count - 1)
    var lines = measure.wrap(message, to: max(1, width - 4))
    lines = measure.firstLines(lines, room, columns: width - 4, mark: screen.glyphs.ellipsis)
    let rect = area.centered(Size(width: width, height: lines.count + answerLines.count + 4))
    screen.fill(rect, style: theme.normal)
    screen.box(rect, style: theme.border, title: title)
    for (index, line) in lines.enumerated() {
      screen.put(
        line, x: rect.x + 2, y: rect.y + 2 + index, style: theme.normal, limit: rect.width - 4)
    }
    for (index, line) in answerLines.enumerated() {
      screen.putFitted(
        line, x: rect.x + 2, y: rect.maxY - 1 - answerLines.count + index, width: rect.width - 4,
        style: theme.accent, alignment: .center)
    }
  }
}
