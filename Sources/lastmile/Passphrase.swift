import Foundation
import LastmileCore
import LastmileSync

/// Where a bundle's passphrase comes from: the first line of `--passphrase-file`, else typed
/// at a prompt that does not echo it.
enum Passphrase {
  /// The shortest passphrase a new bundle takes.
  static let minimum = 8

  /// The passphrase for reading a bundle (nil for a plain one).
  static func forReading(file: String?, encrypted: Bool) throws -> String? {
    guard encrypted else { return nil }
    if let file { return try read(file) }
    guard Console.stdinIsTerminal else { throw SyncBundleError.passphraseNeeded }
    return prompt(text(.passphrasePrompt))
  }

  /// The passphrase for writing a bundle: asked twice at a prompt.
  static func forWriting(file: String?) throws -> String {
    let passphrase: String
    if let file {
      passphrase = try read(file)
    } else {
      guard Console.stdinIsTerminal else { throw SyncBundleError.passphraseNeeded }
      passphrase = prompt(text(.passphrasePrompt))
      guard prompt(text(.passphraseAgain)) == passphrase else {
        throw CommandError.refused(text(.passphraseMismatch))
      }
    }
    guard passphrase.count >= minimum else {
      throw CommandError.refused(text(.passphraseShort(minimum)))
    }
    return passphrase
  }

  static func read(_ file: String) throws -> String {
    let url = UserPath.url(file)
    let content = try TextFile.read(url)
    let first = content.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    let line = String(first).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    guard !line.isEmpty else { throw CommandError.refused(text(.passphraseFileEmpty(file))) }
    return line
  }

  /// The terminal's settings while a prompt hides what is typed, put back on Ctrl-C.
  nonisolated(unsafe) private static var saved = termios()

  /// Reads a line from the terminal without echoing it; Ctrl-C or a closed terminal there
  /// gives the terminal back as it was.
  static func prompt(_ label: String) -> String {
    Console.write(label)
    let hidden = tcgetattr(0, &saved) == 0
    if hidden {
      var quiet = saved
      quiet.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(0, TCSAFLUSH, &quiet)
      for signal in [SIGINT, SIGTERM, SIGHUP] {
        Foundation.signal(signal) { number in
          tcsetattr(0, TCSANOW, &Passphrase.saved)
          Foundation.signal(number, SIG_DFL)
          raise(number)
        }
      }
    }
    defer {
      if hidden {
        tcsetattr(0, TCSAFLUSH, &saved)
        for signal in [SIGINT, SIGTERM, SIGHUP] { Foundation.signal(signal, SIG_DFL) }
      }
      Console.write("\n")
    }
    return readLine() ?? ""
  }
}
