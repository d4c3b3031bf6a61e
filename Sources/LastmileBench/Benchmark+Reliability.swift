import Foundation
import LastmileStore

extension Benchmark {
  /// What reliability costs: working the audit log's hash chain out again (what `check` and
  /// `lastmile audit verify` do), and a backup of the whole database (what the first start of a
  /// day does in the background).
  func reliability(_ store: LastmileStore) throws -> [Measurement] {
    let verify = try milliseconds {
      let problems = try store.verifyAuditChain().problems
      guard problems.isEmpty else { throw BenchError.auditChainBroken(problems.count) }
    }
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let copy = scratch.appendingPathComponent("backup-\(UUID().uuidString.prefix(8)).db")
    defer { try? FileManager.default.removeItem(at: copy) }
    let backup = try milliseconds { _ = try store.backup(to: copy) }
    return [
      Measurement(
        .benchAuditVerify, unit: "s", samples: [verify / 1000], budget: 120),
      Measurement(.benchBackup, unit: "s", samples: [backup / 1000], budget: 300),
    ]
  }
}
