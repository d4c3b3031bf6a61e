/// The bottom line: facts on the left, a figure that must stay in view (pinned), and hints on
/// the right; a message replaces the hints, and the facts give way before the pinned figure.
public struct StatusLine: Sendable {
  public var left: String
  /// What is always shown, at the right of the facts (the overdue count).
  public var pinned: String
  public var right: String
  /// A message that replaces the hints, in its own style (a warning, an error).
  public var message: (text: String, style: Style)?

  public init(
    left: String, pinned: String = "", right: String, message: (text: String, style: Style)? = nil
  ) {
    self.left = left
    self.pinned = pinned
    self.right = right
    self.message = message
  }

  public func render(into screen: inout Screen, rect: Rect, theme: Theme) {
    let y = rect.y
    let measure = screen.measure
    screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.status)
    let pinnedWidth = pinned.isEmpty ? 0 : measure.width(of: pinned) + 3
    // The right part: the message, or the hints; a message leaves room for the pinned figure
    // and a little of the facts.
    var rightText = right
    var rightStyle = theme.status
    if let message {
      rightText = " " + message.text + " "
      rightStyle = message.style
    }
    let rightRoom = max(0, rect.width - pinnedWidth - 12)
    let rightWidth = min(measure.width(of: rightText), rightRoom)
    let rightX = rect.maxX - rightWidth - (message == nil ? 1 : 0)
    if rightWidth > 0 {
      screen.putFitted(rightText, x: rightX, y: y, width: rightWidth, style: rightStyle)
    }
    // The facts, then the pinned figure; when they do not fit, the facts are cut, not it.
    let room = rightX - 1 - rect.x
    let whole = " " + left + (pinned.isEmpty ? "" : " · " + pinned)
    if measure.width(of: whole) <= room || pinned.isEmpty {
      screen.putFitted(whole, x: rect.x, y: y, width: max(0, room), style: theme.status)
      return
    }
    let tail = " · " + pinned
    let tailWidth = measure.width(of: tail)
    screen.putFitted(
      " " + left, x: rect.x, y: y, width: max(0, room - tailWidth), style: theme.status)
    screen.putFitted(
      tail, x: rect.x + max(0, room - tailWidth), y: y, width: min(room, tailWidth),
      style: theme.status)
  }
}
