import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Fills an empty database with demo data in one transaction: all of it or nothing.
  ///
  /// Refuses a database that already holds households, members, cadres, visits or requests.
  public func fillWithDemoData(
    households: Int = 2000, seed: UInt64 = 1, progress: ((Double) -> Void)? = nil
  ) throws -> DemoSummary {
    let existing = try counts()
    guard existing.isEmpty else {
      throw StoreError.notEmpty(path: url.path, households: existing.households)
    }
    let policy = try deadlinePolicy()
    // A county's demo data is written in one transaction into an empty file: a large page cache
    // keeps it in memory until the commit, and a rollback journal (which an empty file leaves
    // nearly empty) writes it once, where WAL would write it twice (to the log, then back).
    pool.releaseMemory()
    try pool.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
    }
    defer {
      try? pool.writeWithoutTransaction { db in
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      }
    }
    return try bulkWrite { db, context in
      var generator = DemoGenerator(
        households: households, seed: seed, today: clock.today, calendar: calendar, policy: policy,
        progress: progress)
      var summary = try generator.run(db)
      summary.overdueRequests = generator.summary.overdueRequests
      try db.appendAudit(
        table: "database", rowId: "demo", action: "demo", before: nil, after: nil,
        note: "seed \(seed), \(households) households, today \(clock.today)", context: context)
      return summary
    }
  }
}
