import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit

/// `lastmile bench`: the speed and memory of the roster on a county's database, measured as a
/// person meets them (keys through the application, frames drawn on the headless backend).
public struct Benchmark {
  /// The database to measure.
  public let database: URL
  /// Where to write the CSV import's scratch files.
  public let scratch: URL
  public let clock: Clock
  /// Whether the database was built for the bench, so that walk-ins may be saved in it; else
  /// they are saved in a copy.
  public let writable: Bool
  /// Reports progress to the user.
  public let note: (String) -> Void

  public init(
    database: URL, scratch: URL, clock: Clock, writable: Bool, note: @escaping (String) -> Void
  ) {
    self.database = database
    self.scratch = scratch
    self.clock = clock
    self.writable = writable
    self.note = note
  }

  /// The fewest households a database needs to be measured.
  public static let fewestHouseholds = 100

  /// Every measurement, in order.
  public func run() throws -> [Measurement] {
    let households = try LastmileStore.open(
      at: database, create: false, operatorName: "bench", clock: clock
    ).rosterCount()
    guard households >= Self.fewestHouseholds else {
      throw BenchError.tooFewHouseholds(households, needed: Self.fewestHouseholds)
    }
    var results: [Measurement] = []
    Benchmark.resetPeakMemory()
    note("first frame")
    results.append(try firstFrame())
    let store = try LastmileStore.open(
      at: database, create: false, operatorName: "bench", clock: clock)
    let app = try BenchApp(store: store)
    note("search")
    results.append(try search(app, store))
    note("paging")
    results += try paging(app, store)
    note("contact card")
    results.append(try openCard(app))
    note("overdue queue")
    results.append(overdueQueue(app))
    results += try queueSearch(store)
    note("the office's week")
    results += try officeWeek(store)
    note("diary")
    results += try diaryPaging(app, store)
    results.append(calendar(app))
    results.append(
      Measurement(
        .benchPeakMemory, unit: "MB", samples: [Benchmark.peakMemoryMegabytes()], budget: 80))
    note("quotas")
    results += try quotas(store)
    note("review")
    results += try review(store)
    try withWritable(store) { target in
      note("reception desk")
      results += try saveRequest(target)
      note("visits")
      results.append(try saveVisit(target))
      note("visit import")
      results.append(try visitImportRate(target))
      note("sync")
      results += try sync(target)
    }
    note("audit chain and backup")
    results += try reliability(store)
    note("CSV import")
    results += try importRate(store)
    return results
  }

  /// Opening the database and drawing the roster's first complete frame, from nothing.
  private func firstFrame() throws -> Measurement {
    var samples: [Double] = []
    for _ in 0..<5 {
      samples.append(
        try milliseconds {
          let store = try LastmileStore.open(
            at: database, create: false, operatorName: "bench", clock: clock)
          let app = try BenchApp(store: store)
          guard app.runner.state.roster.table.rows.count == app.runner.state.pageSize else {
            throw BenchError.incompleteFrame
          }
          try store.close()
        })
    }
    return Measurement(.benchFirstFrame, unit: "ms", samples: samples, budget: 200)
  }

  /// Typing 20 realistic queries a character at a time: each keystroke searches and redraws.
  private func search(_ app: BenchApp, _ store: LastmileStore) throws -> Measurement {
    let queries = try BenchQueries.make(store)
    var samples: [Double] = []
    for query in queries {
      app.press(.character("/"))
      for character in query {
        samples.append(milliseconds { app.press(.character(character)) })
        // A person types a few keys a second: what waits for an idle keyboard runs between them.
        app.settle()
      }
      app.press(.escape)
    }
    return Measurement(.benchSearch, unit: "ms", samples: samples, budget: 10)
  }

  /// Page down (and up) at the top, the middle and the end of the roster.
  private func paging(_ app: BenchApp, _ store: LastmileStore) throws -> [Measurement] {
    app.press(.home)
    let top = (0..<30).map { _ in milliseconds { app.press(.pageDown) } }
    let middleNumber = try BenchQueries.middleHouseholdNumber(store)
    app.press(.character("/"))
    for character in middleNumber { app.press(.character(character)) }
    app.press(.enter)
    app.settle()
    let middle = (0..<30).map { _ in milliseconds { app.press(.pageDown) } }
    app.press(.escape, .end)
    let upFromEnd = (0..<30).map { _ in milliseconds { app.press(.pageUp) } }
    let end = (0..<30).map { _ in milliseconds { app.press(.pageDown) } }
    return [
      Measurement(.benchPageTop, unit: "ms", samples: top, budget: 5),
      Measurement(.benchPageMiddle, unit: "ms", samples: middle, budget: 5),
      Measurement(.benchPageEnd, unit: "ms", samples: end, budget: 5),
      Measurement(.benchPageUpEnd, unit: "ms", samples: upFromEnd, budget: 5),
    ]
  }

  /// Opening the contact card of a household, and going back to the roster.
  private func openCard(_ app: BenchApp) throws -> Measurement {
    app.press(.home)
    var samples: [Double] = []
    for _ in 0..<20 {
      samples.append(milliseconds { app.press(.enter) })
      app.press(.escape, .pageDown)
    }
    return Measurement(.benchOpenCard, unit: "ms", samples: samples, budget: 10)
  }

  /// Importing the county's households, exported to CSV, into an empty database, as
  /// `lastmile import` run from a shell: the whole process, from its start (the schema made)
  /// to its end (the database closed); and, where VisiData (`vd`) is on the PATH, it loading
  /// the same file and writing it to SQLite, also the whole process, with the one's time
  /// against the other's.
  private func importRate(_ store: LastmileStore) throws -> [Measurement] {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let file = scratch.appendingPathComponent("households.csv")
    var sink = try FileSink(url: file)
    let rows = try store.export(
      .households, options: ExportOptions(format: .csv, language: .zh, unmask: true), to: &sink)
    try sink.commit()
    defer { try? FileManager.default.removeItem(at: file) }
    let target = scratch.appendingPathComponent("import-\(UUID().uuidString.prefix(8)).db")
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: target.path + suffix)
      }
    }
    let command = "lastmile import households"
    let run = try ChildProcess(
      executable: "/proc/self/exe",
      arguments: ["import", "households", file.path, "--db", target.path, "--operator", "bench"]
    ).run()
    guard run.status == 0 else { throw BenchError.commandFailed(command, status: run.status) }
    let added = try LastmileStore.open(
      at: target, create: false, operatorName: "bench", clock: clock
    ).rosterCount()
    guard added == rows else { throw BenchError.importIncomplete(added: added, rows: rows) }
    let ours = [
      Measurement(
        .benchImport, unit: "rows/s", samples: [Double(rows) / (run.milliseconds / 1000)],
        budget: 50_000, lowerIsBetter: false),
      Measurement(.benchImportMemory, unit: "MB", samples: [run.peakMegabytes], budget: 150),
    ]
    guard let visiData = try VisiData.time(loading: file, into: scratch) else { return ours }
    return ours + [
      Measurement(.benchVisiData, unit: "rows/s", samples: [Double(rows) / (visiData / 1000)]),
      Measurement(
        .benchImportAgainstVisiData, unit: "×", samples: [run.milliseconds / visiData], budget: 3),
    ]
  }

  /// Gives back to the system the memory freed so far, then resets the kernel's record of the
  /// process's peak resident memory: what follows is measured from what it holds now.
  static func resetPeakMemory() {
    FreeMemory.giveBack()
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .ascii)
  }

  /// The peak resident memory of this process since the last reset (or of another, by its id),
  /// in MB.
  static func peakMemoryMegabytes(process: String = "self") -> Double {
    guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }
}

/// The application on a headless 120x40 terminal, driven key by key.
final class BenchApp {
  let backend = HeadlessBackend(size: Size(width: 120, height: 40), hasColors: false)
  let runner: AppRunner

  init(store: LastmileStore) throws {
    let keymap = try Keymaps.load("default", configFolder: URL(fileURLWithPath: "/nonexistent"))
    runner = AppRunner(
      store: store, backend: backend, keymap: keymap, language: .zh,
      view: AppView(theme: .monochrome))
    runner.present()
  }

  /// Types text a character at a time, as a person does.
  func type(_ text: String) {
    for character in text { press(.character(character)) }
  }

  /// Presses keys and lets the application draw.
  func press(_ keys: Key...) {
    for key in keys {
      runner.dispatch(.keyPressed(key))
      runner.present()
    }
  }

  /// Does what waits for an idle keyboard, and draws.
  func settle() {
    while runner.doIdleWork() {}
    runner.present()
  }

  /// Does what waits for an idle keyboard and for a pause in typing (the draft), and draws.
  func settleAll() {
    while runner.doIdleWork(waiting: false) {}
    runner.present()
  }
}
