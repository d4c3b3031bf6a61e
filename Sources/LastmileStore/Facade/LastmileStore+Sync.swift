import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Runs `body`, a load of many rows through the ordinary writes (the demo office's week),
  /// with the sync log standing aside: the rows get one operation each, made from them, before
  /// the next bundle, instead of one per field as they are written. A crash meanwhile leaves
  /// nothing standing aside: every open takes the log up again.
  public func standingAsideFromSyncLog<T>(_ body: () throws -> T) throws -> T {
    try write { db, _ in
      try SyncLog.capture(db, false)
      try SyncLog.markBaselinePending(db)
    }
    defer { _ = try? write { db, _ in try SyncLog.capture(db, true) } }
    return try body()
  }

  /// This laptop's code, the two letters a person reads (`RequestNumber.deviceCode`).
  public var deviceCode: String { RequestNumber.deviceCode(of: deviceId) }

  /// The office's name bundles are checked against (empty when none is set).
  public func officeName() throws -> String {
    try read { db in try SettingsAccess.get(db, .officeName) ?? "" }
  }

  /// Gives the operations the peer `label` has not acknowledged, or all of them (`full`),
  /// one line at a time to `line`, after `begin` is told who sends how many; the rows written
  /// without the log (a load, demo data) get theirs first. Returns how many were given.
  @discardableResult
  public func syncOutgoing(
    to label: String, full: Bool = false, begin: (SyncOutgoingBundle) throws -> Void,
    line: (String) throws -> Void
  ) throws -> Int {
    try write { db, _ in
      try SyncBaseline.fill(db)
      let known = full ? [:] : try SyncPeers.known(db, label: label)
      let count = try SyncOutgoing.count(db, beyond: known)
      try begin(
        SyncOutgoingBundle(
          office: try SettingsAccess.get(db, .officeName) ?? "", device: deviceId,
          code: deviceCode, known: try SyncLog.known(db), operations: count))
      return try SyncOutgoing.lines(db, beyond: known, each: line)
    }
  }

  /// Records that a bundle of `operations` operations was written for `label`.
  public func syncSent(to label: String, operations: Int) throws {
    try write { db, context in
      try SyncPeers.sent(db, label: label, operations: operations, at: context.timestamp)
    }
  }

  /// How many operations one transaction of a merge takes in.
  public static let mergeBatch = 50_000
  /// The page cache of a merge: a batch's pages stay until its commit instead of spilling to
  /// the log, and the merge stays within its memory budget whatever the database's size.
  static let mergeCacheKiB = 32_768

  /// Merges a bundle's operations (JSON lines, already read and checked) from the device
  /// `device` (code `code`), which held `known`, recorded in the audit log. A bundle of up to
  /// `mergeBatch` operations is one transaction; a larger one (a county's first) is merged a
  /// batch to a transaction, each leaving every row it touched worked out from all the
  /// operations held: stopped half way, the database holds what a smaller bundle would have
  /// brought, and merging the bundle again brings the rest. What the sender held is recorded
  /// only once all of it is in.
  public func syncMerge(
    total: Int, next: () throws -> String?, device: String, code: String,
    known: [String: Int64], batch mergeBatch: Int = LastmileStore.mergeBatch,
    progress: ((Double) -> Void)? = nil
  ) throws -> SyncSummary {
    var summary = SyncSummary()
    var given = 0
    var ended = false
    // A merge that held the tallies back (`SyncMerge.apply`) counts them once at its end; an
    // open counts them if it stopped before.
    defer {
      if (try? read({ db in try Tallies.suspended(db) })) == true {
        _ = try? bulkWrite(cacheKiB: Self.mergeCacheKiB) { db, _ in
          if try Tallies.suspended(db) { try Tallies.rebuild(db, cacheKiB: Self.mergeCacheKiB) }
        }
      }
    }
    // A bundle of one batch has its references checked as it commits (deferred to the end of
    // the batch): one naming a row nobody has refuses it whole.
    let single = total <= mergeBatch
    while !ended {
      var taken = 0
      let batch = min(mergeBatch, max(1, total - given))
      let first = given
      let part: SyncSummary
      do {
        // A row may name one a later batch brings (a request its visit, loaded in bulk and
        // so logged after it): references are whole once the bundle is, not batch by batch.
        part = try bulkWrite(cacheKiB: Self.mergeCacheKiB, foreignKeys: single) { db, context in
          try SyncMerge.apply(
            db, total: batch,
            next: {
              guard taken < mergeBatch else { return nil }
              guard let line = try next() else {
                ended = true
                return nil
              }
              taken += 1
              return line
            }, received: context.timestamp, wall: SyncLog.wall(clock.instant),
            progress: progress.map { report in
              let done = given
              return { report((Double(done) + $0 * Double(batch)) / Double(max(1, total))) }
            })
        }
      } catch StoreError.syncOperationMalformed(let number) {
        throw StoreError.syncOperationMalformed(number: first + number)
      }
      given += taken
      summary.add(part)
    }
    // A bundle of several batches: its references are checked once all of it has landed.
    if !single,
      let dangling = try read({ db in try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") })
    {
      throw StoreError.databaseRefused(
        detail:
          "FOREIGN KEY: \(dangling[0] as String? ?? "?") row \(dangling[1] as Int64? ?? 0) names a missing \(dangling[2] as String? ?? "?")"
      )
    }
    return try write { db, context in
      try SyncPeers.received(
        db, device: device, code: code, known: known, operations: summary.operations,
        at: context.timestamp)
      try db.appendAudit(
        table: "sync", rowId: device, action: "import", before: nil,
        after: [
          ("operations", summary.operations.databaseValue),
          ("conflicts", summary.conflicts.databaseValue),
        ], note: code, context: context)
      return summary
    }
  }

  /// The peers this database has exchanged bundles with.
  public func syncPeers() throws -> [SyncPeer] {
    try read { db in try SyncPeers.all(db) }
  }

  /// Records changed here and not yet written into any bundle.
  public func syncUnsent() throws -> Int {
    try read { db in try SyncPeers.unsent(db) }
  }

  /// What the status line says of sync: records not yet sent, conflicts to settle, and
  /// whether rows loaded in bulk wait to be sent too.
  public func syncCounts() throws -> (unsent: Int, conflicts: Int, loaded: Bool) {
    try read { db in
      (try SyncPeers.unsent(db), try SyncConflicts.count(db), try SyncLog.baselinePending(db))
    }
  }
}

extension LastmileStore {
  /// The conflicts and revived rows merges left for a person to settle.
  public func syncConflicts() throws -> [SyncConflict] {
    try read { db in try SyncConflicts.all(db) }
  }

  /// Settles a conflict: the choice is written as a change of its own, which every laptop it
  /// reaches takes as replacing the values in dispute; recorded in the audit log.
  public func settleSyncConflict(id: Int64, as settlement: SyncSettlement) throws {
    try write { db, context in
      try SyncConflicts.settle(db, id: id, as: settlement, context: context)
    }
  }
}
