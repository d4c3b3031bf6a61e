import ArgumentParser
import Foundation
import LastmileCore
import LastmileDemo
import LastmileStore

extension Lastmile {
  /// `lastmile demo`: fills an empty database with realistic demo data.
  struct Demo: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdDemo))
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(text(.optHouseholds), valueName: "N"))
    var households = 2000

    @Option(help: ArgumentHelp(text(.optSeed), valueName: "N"))
    var seed: UInt64 = 1

    mutating func validate() throws {
      guard (1...2_000_000).contains(households) else {
        throw ValidationError(text(.badCount("--households", 2_000_000)))
      }
    }

    func run() throws {
      let store = try global.openStore(create: true, needsOperator: true)
      let progress: ((Double) -> Void)? =
        Console.stderrIsTerminal ? { Console.progress($0, label: "demo") } : nil
      let summary = try store.fillWithDemoData(
        households: households, seed: seed, progress: progress)
      print(
        text(
          .demoWritten(
            store.url.path, summary.villages, summary.households, summary.members,
            summary.cadres,
            summary.visits, summary.requests)))
    }
  }
}
