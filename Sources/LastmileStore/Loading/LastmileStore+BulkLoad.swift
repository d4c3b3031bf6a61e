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
    return try inRollbackJournal(waiting: true) {
      try bulkWrite { db, context in
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

  /// Runs `body`, the first data written into an empty database, with a rollback journal
  /// rather than the write-ahead log: a county's data written in one transaction into an empty
  /// file leaves the journal nearly empty and is written once, where the log would have it
  /// written twice (to the log, then back into the file): a third less time for an import of
  /// 100,000 households. Readers of the empty database wait for its end rather than read a
  /// snapshot of nothing.
  ///
  /// The journal can only change while no other connection has the database open, and no
  /// other lastmile must open it meanwhile (opening to write takes the folder's lock that
  /// `body` holds). `waiting` (the demo data) waits for both as a write does; otherwise (an
  /// import) one try, and when another lastmile has it open or is opening it, `body` runs with
  /// the log as any write.
  ///
  /// `only`: false runs `body` with the log, as any write.
  func inRollbackJournal<T>(waiting: Bool, only: Bool = true, _ body: () throws -> T) throws -> T {
    guard only else { return try body() }
    // The pool's idle readers are connections too.
    (pool as? DatabasePool)?.releaseMemory()
    if waiting {
      return try WriterWait.whileSettingUp(url) {
        try WriterWait.noticing(url.path) { started in
          try pool.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            started()
          }
        }
        defer { backToLog() }
        return try body()
      }
    }
    return try WriterWait.inFolderAlone(url) { alone in
      guard alone else { return try body() }
      let mode = try? pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA busy_timeout = 0")
        defer { try? db.execute(sql: "PRAGMA busy_timeout = \(WriterWait.limit * 1_000)") }
        return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
      }
      guard mode == "delete" else { return try body() }
      defer { backToLog() }
      return try body()
    }
  }

  private func backToLog() {
    try? pool.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
  }
}
