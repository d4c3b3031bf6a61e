import Foundation
import LastmileCore

/// The terminal around a command: the language it speaks and its standard error.
enum Console {
  /// The language of messages and help: `--lang` when the command line has one, else the
  /// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
  static let language: Language = {
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
      if argument == "--lang", index + 1 < arguments.count,
        let language = Language(code: arguments[index + 1])
      {
        return language
      }
      if argument.hasPrefix("--lang="), let language = Language(code: String(argument.dropFirst(7)))
      {
        return language
      }
    }
    return Language.fromEnvironment(ProcessInfo.processInfo.environment)
  }()

  /// Writes `lastmile: error: message` to standard error.
  static func error(_ message: String) {
    write("lastmile: \(text(.errorPrefix)): \(message)\n")
  }

  /// Writes `lastmile: warning: message` to standard error.
  static func warning(_ message: String) {
    write("lastmile: \(text(.warningPrefix)): \(message)\n")
  }

  /// Writes a line to standard error.
  static func note(_ message: String) {
    write(message + "\n")
  }

  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard error is a terminal (for progress bars).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// Whether standard input is a terminal (for prompts).
  static var stdinIsTerminal: Bool { isatty(0) == 1 }

  /// Draws a progress bar on standard error.
  static func progress(_ fraction: Double, label: String) {
    write("\r\(label) \(ProgressBar.text(fraction))")
    if fraction >= 1 { write("\n") }
  }
}
