/// An error of the terminal toolkit.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal.
  case noTerminal
  /// An ncurses call failed.
  case call(String)

  public var description: String {
    switch self {
    case .noTerminal: return "standard input and output must be a terminal"
    case .call(let name): return "the terminal call \(name) failed"
    }
  }
}
