import ArgumentParser
import Foundation
import LastmileApp
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile bench`: speed and memory on a county's database.
  struct Bench: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdBench))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(text(.optBenchJSON)))
    var json = false

    @Option(help: ArgumentHelp(text(.optBenchHouseholds), valueName: "N"))
    var households = 100_000

    func run() throws {
      #if DEBUG
        Console.warning(text(.benchDebugBuild))
      #endif
      let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lastmile-bench-\(getpid())")
      defer { try? FileManager.default.removeItem(at: scratch) }
      var database = global.databaseURL
      if global.db == nil {
        database = scratch.appendingPathComponent("county.db")
        Console.note(text(.benchBuilding, households, database.path))
        let store = try LastmileStore.open(at: database, operatorName: "bench", clock: global.clock)
        let progress: ((Double) -> Void)? = Console.stderrIsTerminal ? { Console.progress($0, label: "demo") } : nil
        let started = Date()
        _ = try store.fillWithDemoData(households: households, progress: progress)
        try store.close()
        Console.note(text(.benchBuilt, String(format: "%.1f", Date().timeIntervalSince(started))))
      }
      let bench = Benchmark(database: database, scratch: scratch, clock: global.clock) { Console.note("… " + $0) }
      let results = try bench.run()
      if json {
        for result in results { print(result.json.serialized()) }
        return
      }
      print(BenchTable.render(results, language: Console.language))
    }
  }
}
