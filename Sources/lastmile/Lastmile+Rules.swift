import ArgumentParser
import Foundation
import LastmileCore
import LastmileRules

extension Lastmile {
  /// `lastmile rules …`: the roles, their quotas and the deadlines.
  struct RulesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "rules", abstract: text(.cmdRules), subcommands: [CheckFile.self, Show.self])
    }

    /// `lastmile rules check FILE`: every problem of a rules file at once, with `file:line`.
    struct CheckFile: ParsableCommand {
      static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: text(.cmdRulesCheck))
      }

      @OptionGroup var global: GlobalOptions

      @Argument(help: ArgumentHelp(text(.argRulesFile), valueName: "FILE"))
      var file: String

      func run() throws {
        let url = UserPath.url(file)
        let source = try TextFile.read(url)
        let (read, problems) = RulesFile.parse(source, file: file)
        for problem in problems { print(problem.text(Console.language)) }
        guard problems.isEmpty, let read else { throw ExitCode(1) }
        let rules = RulesFile.defaults.overridden(by: read)
        print(text(.rulesCheckOk(file, rules.roles.count)))
      }
    }

    /// `lastmile rules show`: the rules in force (the shipped ones with the locality's file).
    struct Show: ParsableCommand {
      static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: text(.cmdRulesShow))
      }

      @OptionGroup var global: GlobalOptions

      func run() throws {
        let inForce = RulesInForce.load(configFolder: ConfigPaths().configFolder)
        for problem in inForce.problems { Console.warning(problem.text(Console.language)) }
        if let file = inForce.file { print(text(.rulesFrom(file.path))) }
        for line in inForce.described(Console.language) { print(line) }
      }
    }
  }
}
