import ArgumentParser
import Foundation
import LastmileApp
import LastmileCore
import TerminalKit

extension Lastmile {
  /// `lastmile keymap …`: keymap files.
  struct KeymapCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "keymap", abstract: text(.cmdKeymap), subcommands: [CheckFile.self])
    }

    /// `lastmile keymap check FILE`: every problem of a keymap file at once, with `file:line`.
    struct CheckFile: ParsableCommand {
      static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: text(.cmdKeymapCheck))
      }

      @OptionGroup var global: GlobalOptions

      @Argument(help: ArgumentHelp(text(.argKeymapFile), valueName: "FILE"))
      var file: String

      func run() throws {
        let (source, name) = try Keymaps.source(file)
        var keymap = TerminalKit.Keymap()
        if Keymaps.builtIn[file] == nil, let base = Keymaps.builtIn["default"] {
          // A user's file applies over the shipped keymap: checked so, a key it takes from the
          // global bindings is found.
          keymap.apply(base, file: "Keymaps/default", rules: Keymaps.rules)
        }
        let problems = keymap.apply(source, file: name, rules: Keymaps.rules)
        for problem in problems {
          print(Keymaps.describe(problem, Console.language))
        }
        if problems.isEmpty { print(text(.kmOk(name))) }
        if problems.contains(where: { !$0.isWarning }) { throw ExitCode(1) }
      }
    }
  }
}
