import CNCurses

/// An error of the terminal toolkit.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal.
  case noTerminal
  /// An ncurses call answered ERR.
  case call(String)

  public var description: String {
    switch self {
    case .noTerminal: return "standard input and output must be a terminal"
    case .call(let name): return "the terminal call \(name) failed"
    }
  }
}

/// Checks what an ncurses call answered, as swift-nio's `syscall` checks a system call: ERR
/// becomes `TerminalError.call` naming the call. Every call whose answer matters goes through
/// here.
@discardableResult
func curses(_ name: String, _ result: Int32) throws -> Int32 {
  guard result != ERR else { throw TerminalError.call(name) }
  return result
}
