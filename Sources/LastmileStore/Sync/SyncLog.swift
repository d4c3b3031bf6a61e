import Foundation
import GRDB
import LastmileCore

/// The operation log's clock and switches (`sync_clock`, migration 018): the triggers read them
/// to number and stamp every operation they append.
enum SyncLog {
  /// Moves the hybrid logical clock on for a write starting now (`wall`, milliseconds): every
  /// operation of the transaction carries the new time.
  static func tick(_ db: Database, wall: Int64) throws {
    var clock = try current(db)
    let next = clock.tick(wall: wall)
    try db.cachedStatement(sql: "UPDATE sync_clock SET hlc = ?").execute(arguments: [
      next.description
    ])
  }

  /// Moves the clock past `remote`, the newest time of a bundle being applied, so that what is
  /// written here afterwards is newer than anything received.
  static func receive(_ db: Database, _ remote: HybridTimestamp, wall: Int64) throws {
    var clock = try current(db)
    clock.receive(remote, wall: wall)
    if let last = clock.last {
      try db.execute(sql: "UPDATE sync_clock SET hlc = ?", arguments: [last.description])
    }
  }

  /// The clock as stored.
  static func current(_ db: Database) throws -> HybridClock {
    guard let row = try Row.fetchOne(db, sql: "SELECT device_id, hlc FROM sync_clock") else {
      return HybridClock(device: "")
    }
    let hlc: String = row["hlc"]
    return HybridClock(device: row["device_id"], last: HybridTimestamp(parsing: hlc))
  }

  /// Makes `deviceId` the device the operations are numbered by, when none is yet; a
  /// database that holds no record yet has no rows waiting for their operations. Capture is on
  /// again at every open (a load that stood it aside may have crashed).
  static func adopt(_ db: Database, deviceId: String) throws {
    try db.execute(sql: "UPDATE sync_clock SET capturing = 1 WHERE NOT capturing")
    try db.execute(
      sql: """
        UPDATE sync_clock SET device_id = ?, baseline_pending = baseline_pending AND (
          EXISTS (SELECT 1 FROM household) OR EXISTS (SELECT 1 FROM help_request)
          OR EXISTS (SELECT 1 FROM visit) OR EXISTS (SELECT 1 FROM cadre)
          OR EXISTS (SELECT 1 FROM area) OR EXISTS (SELECT 1 FROM audit_log))
        WHERE device_id = ''
        """, arguments: [deviceId])
  }

  /// Whether the log has its device and captures (nothing for `adopt` to do).
  static func adopted(_ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT capturing AND device_id <> '' FROM sync_clock") ?? false
  }

  /// Turns the triggers' capture off (a bundle being applied, a bulk load) or on again.
  static func capture(_ db: Database, _ on: Bool) throws {
    try db.execute(sql: "UPDATE sync_clock SET capturing = ?", arguments: [on])
  }

  /// Marks that rows were written without capture: their operations are made from the rows
  /// before the next bundle (`Baseline.fill`).
  static func markBaselinePending(_ db: Database) throws {
    try db.execute(sql: "UPDATE sync_clock SET baseline_pending = 1")
  }

  /// Whether rows may lack their operations.
  static func baselinePending(_ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT baseline_pending FROM sync_clock") ?? false
  }

  /// This device's id as the log knows it.
  static func device(_ db: Database) throws -> String {
    try String.fetchOne(db, sql: "SELECT device_id FROM sync_clock") ?? ""
  }

  /// The highest number of each device's operations held here: what this database knows.
  static func known(_ db: Database) throws -> [String: Int64] {
    var known: [String: Int64] = [:]
    // Device by device through the index of (device, number): a `GROUP BY` read every entry
    // of the index, a second on a county's log, and an export asks three times.
    for row in try Row.fetchAll(
      db,
      sql: """
        WITH RECURSIVE d(device_id) AS (SELECT (SELECT min(device_id) FROM sync_op)
          UNION ALL SELECT (SELECT min(device_id) FROM sync_op WHERE device_id > d.device_id)
          FROM d WHERE d.device_id IS NOT NULL)
        SELECT device_id, (SELECT max(seq) FROM sync_op o WHERE o.device_id = d.device_id) AS seq
        FROM d WHERE device_id IS NOT NULL
        """)
    {
      known[row["device_id"]] = row["seq"]
    }
    return known
  }

  /// Milliseconds since 1970 of `date`.
  static func wall(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
  }
}
