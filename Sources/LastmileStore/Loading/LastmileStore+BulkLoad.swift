import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Writes a whole data set into an empty database in one transaction: all of it or nothing.
  ///
  /// `body` writes the rows through the loader; the indexes are built and the roster's columns
  /// filled once, after the rows are in, and one audit entry records the load with `note`.
  /// Refuses a database that already holds households, members, cadres, visits or requests.
  public func loadInBulk<T>(
    device: String, note: String, progress: ((Double) -> Void)? = nil,
    _ body: (inout BulkLoader) throws -> T
  ) throws -> T {
    let existing = try counts()
    guard existing.isEmpty else {
      throw StoreError.notEmpty(path: url.path, households: existing.households)
    }
    // A county's data is written in one transaction into an empty file: a large page cache
    // keeps it in memory until the commit, and a rollback journal (which an empty file leaves
    // nearly empty) writes it once, where WAL would write it twice (to the log, then back).
    (pool as? DatabasePool)?.releaseMemory()
    try WriterWait.noticing(url.path) { started in
      try pool.writeWithoutTransaction { db in
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        started()
      }
    }
    defer {
      try? pool.writeWithoutTransaction { db in
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      }
    }
    return try bulkWrite { db, context in
      try BulkLoad.begin(db)
      let indexes = try BulkLoad.suspendIndexes(
        db,
        tables: [
          "household", "member", "visit", "visit_cadre", "visit_household", "help_request",
          "audit_log", "contact_assignment",
        ])
      var loader = try BulkLoader(db, device: device)
      let result = try body(&loader)
      try loader.flushSearchDocuments()
      progress?(0.9)
      try BulkLoad.restoreIndexes(db, indexes)
      progress?(0.95)
      try BulkLoad.finish(db)
      // What the load fills in after it stands aside from the sync log too: its rows get
      // their operations whole before the next bundle.
      try SyncLog.capture(db, false)
      try BulkLoad.flagDuplicates(db)
      try RequestNumbers.fillMissing(db)
      try db.fillMissingBookEntries(context)
      try SyncLog.capture(db, true)
      try db.appendAudit(
        table: "database", rowId: device, action: device, before: nil, after: nil, note: note,
        context: context)
      progress?(1)
      return result
    }
  }
}
