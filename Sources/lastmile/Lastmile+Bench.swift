import ArgumentParser
import Foundation
import LastmileApp
import LastmileBench
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
      let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
        "lastmile-bench-\(getpid())")
      defer { try? FileManager.default.removeItem(at: scratch) }
      var database = global.databaseURL
      if global.db == nil {
        database = scratch.appendingPathComponent("county.db")
        Console.note(text(.benchBuilding(households, database.path)))
        let started = Date()
        try buildCounty(at: database)
        Console.note(text(.benchBuilt(String(format: "%.1f", Date().timeIntervalSince(started)))))
      }
      let bench = Benchmark(
        database: database, scratch: scratch, clock: global.clock, writable: global.db == nil
      ) {
        Console.note("… " + $0)
      }
      let results = try bench.run()
      if json {
        for result in results { print(result.json.serialized()) }
        return
      }
      print(BenchTable.render(results, language: Console.language))
    }

    /// Builds the county's database with `lastmile demo` in a process of its own, so that the
    /// memory the build takes is not counted as the memory of browsing.
    private func buildCounty(at database: URL) throws {
      try FileManager.default.createDirectory(
        at: database.deletingLastPathComponent(), withIntermediateDirectories: true)
      let demo = Process()
      demo.executableURL = URL(fileURLWithPath: "/proc/self/exe")
      demo.arguments =
        ["demo", "--db", database.path, "--households", String(households), "--operator", "bench"]
        + (global.today.map { ["--today", $0.description] } ?? [])
        + (global.lang.map { ["--lang", $0.rawValue] } ?? [])
      demo.standardOutput = FileHandle.nullDevice
      try demo.run()
      demo.waitUntilExit()
      guard demo.terminationStatus == 0 else { throw ExitCode(demo.terminationStatus) }
    }
  }
}
