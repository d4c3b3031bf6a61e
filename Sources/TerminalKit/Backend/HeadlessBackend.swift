/// A backend in memory: frames are kept for inspection and keys come from a queue.
public final class HeadlessBackend: TerminalBackend {
  public var size: Size
  public var hasColors: Bool
  /// The last frame presented.
  public private(set) var lastFrame: Screen?
  /// Every cell written to "the terminal", as the ncurses backend would write them.
  public let output = RecordingCellWriter()
  private var painter = FramePainter()
  private var queue: [RawInput] = []

  public init(size: Size = Size(width: 80, height: 24), hasColors: Bool = true) {
    self.size = size
    self.hasColors = hasColors
  }

  public func present(_ screen: Screen) {
    painter.paint(screen, to: output)
    lastFrame = screen
  }

  public func readInput(timeoutMilliseconds: Int) -> RawInput {
    queue.isEmpty ? .timeout : queue.removeFirst()
  }

  public func invalidate() {
    painter.invalidate()
  }

  /// Queues raw inputs for the program to read.
  public func enqueue(_ inputs: [RawInput]) {
    queue += inputs
  }

  /// Queues the characters of `text` as typed.
  public func type(_ text: String) {
    queue += text.unicodeScalars.map { .character($0.value) }
  }
}
