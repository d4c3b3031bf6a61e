import ArgumentParser
import Foundation
import LastmileCore

/// The `lastmile` command: the full-screen application and the commands that serve scripts,
/// reviewers and tests.
@main
struct Lastmile: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "lastmile",
      abstract: text(.cmdRoot),
      subcommands: [
        Open.self, Demo.self, Import.self, Export.self, Check.self, Backup.self, Report.self,
        KeymapCommand.self, Bench.self,
      ],
      defaultSubcommand: Open.self)
  }

  /// Runs the command; errors become one clear line on stderr and the documented exit code:
  /// 1 when the input or data was refused, 2 for a usage error.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as Localizable & Error {
      Console.error(error.text(Console.language))
      Foundation.exit(1)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      if let exit = error as? ExitCode {
        Foundation.exit(exit.rawValue)
      }
      // The parser's message starts with its own "Error: "; ours says it once.
      var message = fullMessage(for: error)
      if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
      Console.error(Usage.localized(message))
      Foundation.exit(2)
    }
    Foundation.exit(0)
  }
}

/// A user-visible text in the language the command line asks for.
func text(_ text: CommandText) -> String {
  text.text(Console.language)
}

/// A text shared with the other modules, in the language the command line asks for.
func text(_ text: CoreText) -> String {
  text.text(Console.language)
}
