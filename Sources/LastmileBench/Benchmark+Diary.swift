import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit

/// The diary's measurements: paging a county's visits, a cadre's month, writing a visit with
/// two problems, and importing visits.
extension Benchmark {
  /// Page down at the top and in the middle of the diary (newest first), and up from its end.
  /// The middle is reached as a person would: keeping the visits up to a date half way back.
  func diaryPaging(_ app: BenchApp, _ store: LastmileStore) throws -> [Measurement] {
    app.press(.character("2"))
    app.settle()
    app.press(.home)
    let top = (0..<30).map { _ in milliseconds { app.press(.pageDown) } }
    let total = app.runner.state.diary.table.total
    let middle = try BenchQueries.visitDate(store, at: total / 2)
    app.press(.character("f"))
    for _ in 0..<4 { app.press(.tab) }
    app.type(middle.description)
    app.press(.control("s"))
    app.settle()
    let halfway = (0..<30).map { _ in milliseconds { app.press(.pageDown) } }
    app.press(.character("F"))
    app.settle()
    app.press(.end)
    let end = (0..<30).map { _ in milliseconds { app.press(.pageUp) } }
    app.press(.home, .character("1"))
    return [
      Measurement(.benchDiaryTop, unit: "ms", samples: top, budget: 5),
      Measurement(.benchDiaryMiddle, unit: "ms", samples: halfway, budget: 5),
      Measurement(.benchDiaryEnd, unit: "ms", samples: end, budget: 5),
    ]
  }

  /// Opening a cadre's month: the month read and drawn, stepping back and forth by month.
  func calendar(_ app: BenchApp) -> Measurement {
    app.press(.character("2"), .home, .character("c"))
    var samples: [Double] = []
    for index in 0..<20 {
      samples.append(milliseconds { app.press(.character(index % 2 == 0 ? "[" : "]")) })
    }
    app.press(.escape, .character("1"))
    return Measurement(.benchCalendar, unit: "ms", samples: samples, budget: 20)
  }

  /// Writing visits from households' cards, each with two problems heard: the save (the
  /// visit and its two requests in one transaction), the card read again and the frame.
  func saveVisit(_ store: LastmileStore) throws -> Measurement {
    let app = try BenchApp(store: store)
    // A draft the desk's measurement left is put off for later.
    while case .dialog = app.runner.state.top { app.press(.escape) }
    var samples: [Double] = []
    for index in 0..<21 {
      app.press(.home)
      for _ in 0..<index { app.press(.pageDown) }
      app.press(.enter, .character("w"))
      app.type("入户走访，了解近况，第 \(index + 1) 户")
      app.press(.tab)
      app.type("屋顶漏雨")
      app.press(.tab, .character("0"))
      app.type("路灯不亮")
      app.press(.tab, .character("8"))
      let elapsed = milliseconds { app.press(.control("s")) }
      if index == 0 {
        // The first names the bench's operator as a new cadre, once.
        app.press(.character("y"))
      } else {
        samples.append(elapsed)
      }
      guard case .card = app.runner.state.top else { throw BenchError.visitNotSaved(index + 1) }
      app.press(.escape)
    }
    return Measurement(.benchSaveVisit, unit: "ms", samples: samples, budget: 20)
  }

  /// Importing 100,000 visits (the county's own, written again two years earlier, so that
  /// each is added) into the county's database.
  func visitImportRate(_ store: LastmileStore) throws -> Measurement {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let file = scratch.appendingPathComponent("visits.csv")
    var sink = try FileSink(url: file)
    let newest = try BenchQueries.visitDate(store, at: 0)
    let oldest = try BenchQueries.visitDate(store, at: Self.importedVisits)
    _ = try store.export(
      .visits,
      options: ExportOptions(
        format: .csv, language: .zh,
        view: .diary(VisitFilter(from: oldest, through: newest), ListingSort())),
      to: &sink)
    try sink.commit()
    let rows = try BenchQueries.shiftDates(in: file, years: -2, limit: Self.importedVisits)
    var report: ImportReport?
    let elapsed = try milliseconds { report = try store.importCSV(.visits, from: file) }
    try? FileManager.default.removeItem(at: file)
    guard let added = report?.added, added == rows else {
      throw BenchError.importIncomplete(added: report?.added ?? 0, rows: rows)
    }
    return Measurement(
      .benchImportVisits, unit: "rows/s", samples: [Double(rows) / (elapsed / 1000)],
      lowerIsBetter: false)
  }

  /// How many visits the import measurement writes.
  static let importedVisits = 100_000
}
