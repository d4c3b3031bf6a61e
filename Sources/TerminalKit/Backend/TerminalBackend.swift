/// Something that shows frames and delivers keys: the terminal for people, memory for tests.
public protocol TerminalBackend: AnyObject {
  /// The current size of the terminal.
  var size: Size { get }
  /// Whether colours can be shown (false under `NO_COLOR` or on a terminal without them).
  var hasColors: Bool { get }
  /// Shows `screen`, painting only what changed since the last frame.
  func present(_ screen: Screen)
  /// The next raw input, waiting at most `timeoutMilliseconds` (-1 waits for ever).
  func readInput(timeoutMilliseconds: Int) -> RawInput
  /// Forgets the last frame so that the next one is painted whole (after a resize, Ctrl-L).
  func invalidate()
  /// The calls that failed since the last time this was asked, for the support log: a frame
  /// is not refused for them, but they are not passed over either.
  func takeFailures() -> [TerminalError]
}

extension TerminalBackend {
  public func takeFailures() -> [TerminalError] { [] }
}
