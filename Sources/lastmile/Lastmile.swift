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
        Restore.self, Sync.self, Audit.self, LockCommand.self, KeymapCommand.self,
        RulesCommand.self, Bench.self,
      ],
      defaultSubcommand: Open.self)
  }

  /// Runs the command; errors become one clear line on stderr and the documented exit code:
  /// 1 when the input or data was refused, 2 for a usage error. What the user cannot act on
  /// (SQLite's or the system's own words) goes to the support log beside the database.
  static func main() {
    var command: ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      usageError(error)
    }
    let database =
      (command as? DatabaseCommand)?.global.databaseURL
      ?? ConfigPaths().defaultDatabase
    let log = SupportLog(besideDatabase: database)
    PartialCleanup.start(database: database, watchSignals: !(command is Open))
    do {
      try command.run()
    } catch let error as ExitCode {
      Foundation.exit(error.rawValue)
    } catch let error as Localizable & Error {
      Console.error(
        log.report(error, context: commandName(of: command), language: Console.language))
      Foundation.exit(1)
    } catch {
      // The parser's own (help asked for, a check that failed) come back from `run` too.
      if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { usageError(error) }
      let written = log.write(commandName(of: command), String(reflecting: error))
      Console.error(text(written ? .unexpectedError(log.url.path) : .unexpectedErrorUnlogged))
      Foundation.exit(1)
    }
    Foundation.exit(0)
  }

  /// Reports a command line the parser refused (or the help it was asked for), and exits.
  private static func usageError(_ error: Error) -> Never {
    if exitCode(for: error) == .success {
      print(fullMessage(for: error))
      Foundation.exit(0)
    }
    // The parser's message starts with its own "Error: "; ours says it once.
    var message = fullMessage(for: error)
    if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
    Console.error(Usage.localized(message))
    Foundation.exit(2)
  }

  private static func commandName(of command: ParsableCommand) -> String {
    type(of: command)._commandName
  }
}

/// A command that works on a database: its errors are logged beside it.
protocol DatabaseCommand {
  var global: GlobalOptions { get }
}

extension Lastmile.Open: DatabaseCommand {}
extension Lastmile.Demo: DatabaseCommand {}
extension Lastmile.Import: DatabaseCommand {}
extension Lastmile.Export: DatabaseCommand {}
extension Lastmile.Check: DatabaseCommand {}
extension Lastmile.Backup: DatabaseCommand {}
extension Lastmile.Restore: DatabaseCommand {}
extension Lastmile.Audit.List: DatabaseCommand {}
extension Lastmile.Audit.Verify: DatabaseCommand {}
extension Lastmile.Report.Overdue: DatabaseCommand {}
extension Lastmile.Report.Reception: DatabaseCommand {}
extension Lastmile.Bench: DatabaseCommand {}

/// A user-visible text in the language the command line asks for.
func text(_ text: CommandText) -> String {
  text.text(Console.language)
}

/// A text shared with the other modules, in the language the command line asks for.
func text(_ text: CoreText) -> String {
  text.text(Console.language)
}
