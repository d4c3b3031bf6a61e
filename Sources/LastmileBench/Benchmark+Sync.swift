import Foundation
import GRDB
import LastmileCore
import LastmileStore
import LastmileSync

/// Sync on a county: its whole data as one bundle, written and merged into an empty
/// database (rows a second, peak memory: both stream); then a bundle of 10,000 changes each
/// way, as a laptop back from a fortnight in the villages brings.
extension Benchmark {
  /// The passphrase of the bench's bundles (they are encrypted, as a user's are).
  static let syncPassphrase = "bench-口令-2026"

  func sync(_ source: LastmileStore) throws -> [Measurement] {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let tag = UUID().uuidString.prefix(8)
    let full = scratch.appendingPathComponent("county-\(tag).lmsync")
    let peerURL = scratch.appendingPathComponent("peer-\(tag).db")
    let changes = scratch.appendingPathComponent("changes-\(tag).lmsync")
    let back = scratch.appendingPathComponent("back-\(tag).lmsync")
    defer {
      for url in [full, changes, back] { try? FileManager.default.removeItem(at: url) }
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: peerURL.path + suffix)
      }
    }
    // The whole county, as a new laptop joining the office gets it.
    Benchmark.resetPeakMemory()
    var written: SyncExchange.Written?
    let exportTime = try milliseconds {
      written = try SyncExchange.export(
        source, to: "BENCH", url: full, passphrase: Self.syncPassphrase, full: true)
    }
    let operations = written?.operations ?? 0
    let exportMemory = Benchmark.peakMemoryMegabytes()
    note("sync: \(operations) operations, \((written?.bytes ?? 0) / 1_000_000) MB")
    let peer = try LastmileStore.open(at: peerURL, operatorName: "bench", clock: clock)
    defer { try? peer.close() }
    Benchmark.resetPeakMemory()
    var merged = SyncSummary()
    let importTime = try milliseconds {
      merged = try SyncExchange.import(
        peer, source: try FileSource(full), passphrase: Self.syncPassphrase)
    }
    let importMemory = Benchmark.peakMemoryMegabytes()
    guard merged.operations == operations else {
      throw BenchError.syncIncomplete(merged: merged.operations, written: operations)
    }
    // The peer says what it holds; then 10,000 changes go to it and come back.
    _ = try SyncExchange.export(
      peer, to: source.deviceCode, url: back, passphrase: Self.syncPassphrase)
    _ = try SyncExchange.import(
      source, source: try FileSource(back), passphrase: Self.syncPassphrase)
    try Self.change(source, households: 10_000)
    var exported: SyncExchange.Written?
    let changesExport = try milliseconds {
      exported = try SyncExchange.export(
        source, to: peer.deviceCode, url: changes, passphrase: Self.syncPassphrase)
    }
    var changed = SyncSummary()
    let changesImport = try milliseconds {
      changed = try SyncExchange.import(
        peer, source: try FileSource(changes), passphrase: Self.syncPassphrase)
    }
    guard changed.operations == exported?.operations ?? 0 else {
      throw BenchError.syncIncomplete(
        merged: changed.operations, written: exported?.operations ?? 0)
    }
    return [
      Measurement(
        .benchSyncFullExport, unit: "rows/s",
        samples: [Double(operations) / (exportTime / 1000)], lowerIsBetter: false),
      Measurement(.benchSyncFullExportMemory, unit: "MB", samples: [exportMemory], budget: 200),
      Measurement(
        .benchSyncFullImport, unit: "rows/s",
        samples: [Double(merged.operations) / (importTime / 1000)], lowerIsBetter: false),
      Measurement(.benchSyncFullImportMemory, unit: "MB", samples: [importMemory], budget: 200),
      Measurement(.benchSyncChangesExport, unit: "ms", samples: [changesExport], budget: 1_000),
      Measurement(.benchSyncChangesImport, unit: "ms", samples: [changesImport], budget: 1_000),
    ]
  }

  /// Changes a field of `households` households, each once: as many operations.
  static func change(_ store: LastmileStore, households: Int) throws {
    let queue = try DatabaseQueue(path: store.url.path)
    defer { try? queue.close() }
    try queue.write { db in
      try db.execute(
        sql: """
          UPDATE household SET notes = notes || '（已复核）'
          WHERE rowid IN (SELECT rowid FROM household WHERE deleted_at IS NULL LIMIT ?)
          """, arguments: [households])
    }
  }
}
