import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit

/// The queue's measurements: opening it on the overdue requests, and saving a walk-in at the
/// reception desk.
extension Benchmark {
  /// Going to the queue and keeping only the overdue requests (`o`): the filtered first page,
  /// its count and the frame.
  func overdueQueue(_ app: BenchApp) -> Measurement {
    app.press(.character("3"))
    var samples: [Double] = []
    for _ in 0..<20 {
      samples.append(milliseconds { app.press(.character("o")) })
      app.press(.character("o"))
    }
    app.press(.character("1"))
    return Measurement(.benchOverdueQueue, unit: "ms", samples: samples, budget: 10)
  }

  /// `/` in the queue: a request by its number (the first page and its count), and requests by
  /// a word of their requester, matter or reply.
  func queueSearch(_ store: LastmileStore) throws -> [Measurement] {
    let sort = QueueColumn.workOrder.ascending
    let numbers = try store.requestPage(sort: sort, anchor: .first, limit: 20).map(\.model.number)
    // As the queue reads them: the first page, and the count unless the page holds them all.
    func find(_ text: String) throws {
      let filter = RequestFilter(text: text)
      _ = try LastmileStore.page(from: .first, limit: 40, withCount: true) {
        try store.requestPage(filter: filter, sort: sort, anchor: .first, limit: 40)
      } count: {
        try store.requestCount(filter: filter)
      }
    }
    let byNumber = try numbers.map { number in try milliseconds { try find(number) } }
    let byWords = try ["路灯", "低保", "王", "医保", "孩子"].map { word in
      try milliseconds { try find(word) }
    }
    return [
      Measurement(.benchQueueNumber, unit: "ms", samples: byNumber, budget: 10),
      // A search is asked for with Enter, not at every key: a second at most.
      Measurement(.benchQueueWords, unit: "ms", samples: byWords, budget: 1_000),
    ]
  }

  /// Runs `body` on a store it may write: the database itself when it was built for the
  /// bench, else a copy in the scratch folder, removed afterwards.
  func withWritable(_ store: LastmileStore, _ body: (LastmileStore) throws -> Void) throws {
    guard !writable else { return try body(store) }
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let url = scratch.appendingPathComponent("save-\(UUID().uuidString.prefix(8)).db")
    _ = try store.backup(to: url)
    let target = try LastmileStore.open(at: url, create: false, operatorName: "bench", clock: clock)
    defer {
      try? target.close()
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: url.path + suffix)
      }
    }
    try body(target)
  }

  /// Saving walk-ins of people of the roster at the reception desk: the save, the form made
  /// ready for the next person, the day's count, the status line's counts and the frame (the
  /// queue out of sight is read again when the keyboard is idle).
  ///
  /// Also measured: keeping the desk's draft when the typist pauses (written at most once a
  /// second while typing goes on), which must never be felt between two keys.
  func saveRequest(_ target: LastmileStore) throws -> [Measurement] {
    let names = try BenchQueries.names(target, count: 20)
    let app = try BenchApp(store: target)
    app.press(.character("R"))
    var samples: [Double] = []
    var drafts: [Double] = []
    for (index, name) in names.enumerated() {
      app.type(name)
      app.settle()
      app.press(.enter, .character(Character(String(index % 9 + 1))))
      app.type("低保复核进度咨询，第 \(index + 1) 位")
      drafts.append(milliseconds { app.settleAll() })
      samples.append(milliseconds { app.press(.control("s")) })
      guard app.runner.state.reception?.walkInsToday ?? 0 > index else {
        throw BenchError.walkInNotSaved(name)
      }
    }
    // What waits for the keyboard to rest (the desk's draft cleared) is done, as it would be.
    app.settleAll()
    return [
      Measurement(.benchSaveRequest, unit: "ms", samples: samples, budget: 20),
      Measurement(.benchKeepDraft, unit: "ms", samples: drafts, budget: 10),
    ]
  }
}
