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
    let lines = measure.wrap(message, to: max(1, width - 4))
    let rect = area.centered(Size(width: width, height: lines.count + 5))
    screen.fill(rect, style: theme.normal)
    screen.box(rect, style: theme.border, title: title)
    for (index, line) in lines.enumerated() where rect.y + 2 + index < rect.maxY - 2 {
      screen.put(
        line, x: rect.x + 2, y: rect.y + 2 + index, style: theme.normal, limit: rect.width - 4)
    }
    screen.putFitted(
      answerLine, x: rect.x + 2, y: rect.maxY - 2, width: rect.width - 4, style: theme.accent,
      alignment: .center)
  }
}
