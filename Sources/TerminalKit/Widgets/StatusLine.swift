/// The bottom line: facts on the left (database, operator, today, counts), hints or a message
/// on the right; the right side gives way when the line is too narrow.
public struct StatusLine: Sendable {
  public var left: String
  public var right: String
  /// A message that replaces the hints, in its own style (a warning, an error).
  public var message: (text: String, style: Style)?

  public init(left: String, right: String, message: (text: String, style: Style)? = nil) {
    self.left = left
    self.right = right
    self.message = message
  }

  public func render(into screen: inout Screen, rect: Rect, theme: Theme) {
    let y = rect.y
    screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.status)
    if let message {
      let width = min(rect.width, screen.measure.width(of: message.text) + 2)
      let leftRoom = rect.width - width - 1
      if leftRoom > 10 {
        screen.putFitted(" " + left, x: rect.x, y: y, width: leftRoom, style: theme.status)
      }
      screen.putFitted(
        " " + message.text + " ", x: rect.maxX - width, y: y, width: width, style: message.style)
      return
    }
    let leftWidth = screen.measure.width(of: left) + 1
    let rightWidth = screen.measure.width(of: right) + 1
    if leftWidth + rightWidth + 1 <= rect.width {
      screen.put(" " + left, x: rect.x, y: y, style: theme.status)
      screen.put(right + " ", x: rect.maxX - rightWidth, y: y, style: theme.status)
    } else {
      screen.putFitted(" " + left, x: rect.x, y: y, width: rect.width, style: theme.status)
    }
  }
}
