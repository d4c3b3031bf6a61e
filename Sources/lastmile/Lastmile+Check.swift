import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile check`: integrity, foreign keys and schema version, without changing anything.
  struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdCheck))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let report = try LastmileStore.check(at: global.databaseURL)
      if report.recovered { print(CheckReport.recoveredText(Console.language)) }
      if report.isOK {
        print(text(.checkOk(report.schemaVersion)))
        return
      }
      for problem in report.problems {
        print(problem.text(Console.language))
      }
      throw ExitCode(1)
    }
  }
}
