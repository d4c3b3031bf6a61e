import Foundation
import LastmileCore

/// The argument parser's messages about a command line it refused, said in the user's language:
/// the parser writes them in English; the lines it is known to write are put in the user's.
enum Usage {
  /// `message`, its known English lines in `Console.language`.
  static func localized(_ message: String) -> String {
    message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let line = String(line)
      if let match = line.wholeMatch(of: #/The value '(.*)' is invalid for '(.*?)'(?:: (.*))?/#) {
        return text(.invalidValue(String(match.1), String(match.2), String(match.3 ?? "")))
      }
      if let match = line.wholeMatch(of: #/Missing expected argument '(.*)'/#) {
        return text(.missingArgument(String(match.1)))
      }
      if let match = line.wholeMatch(of: #/Unknown option '(.*?)'.*/#) {
        return text(.unknownOption(String(match.1)))
      }
      if let match = line.wholeMatch(of: #/Missing value for '(.*)'/#) {
        return text(.missingValue(String(match.1)))
      }
      if let match = line.wholeMatch(of: #/Unexpected argument '(.*)'/#) {
        return text(.unexpectedArgument(String(match.1)))
      }
      if let match = line.wholeMatch(of: #/\d+ unexpected arguments: (.*)/#) {
        return text(.unexpectedArguments(String(match.1)))
      }
      if line.hasPrefix("Usage: ") { return text(.usageLine) + " " + line.dropFirst(7) }
      if line.hasPrefix("Help: ") { return text(.usageHelp) + " " + line.dropFirst(6) }
      if let match = line.wholeMatch(of: #/\s*See '(.*)' for more information\./#) {
        return "  " + text(.usageSeeHelp(String(match.1)))
      }
      return line
    }.joined(separator: "\n")
  }
}
