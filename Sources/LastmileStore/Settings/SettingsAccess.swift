import Foundation
import GRDB
import LastmileCore

/// Reads and writes the `setting` table.
enum SettingsAccess {
  /// The value of `key`, or nil when it was never set.
  static func get(_ db: Database, _ key: SettingKey) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
  }

  /// Sets `key` to `value`.
  static func set(_ db: Database, _ key: SettingKey, _ value: String) throws {
    try db.execute(
      sql: """
        INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
        """,
      arguments: [key.rawValue, value, Timestamp.now])
  }

  /// Makes this device's id on the first open (`newDeviceId` when given), and reads what every
  /// session needs. A database with nothing to make or mend is only read: opening never waits
  /// for another lastmile's write.
  static func prepare(_ pool: DatabasePool, newDeviceId: String? = nil) throws -> (
    deviceId: String, lastOperator: String?
  ) {
    do {
      let ready = try pool.read { db -> (String, String?)? in
        guard let deviceId = try get(db, .deviceId), try SyncLog.adopted(db),
          try !SearchIndex.isStale(db), try !Tallies.suspended(db),
          try !CadrePinyin.anyMissing(db), try !AuditChain.hasUnsealed(db)
        else { return nil }
        return (deviceId, try get(db, .lastOperator))
      }
      if let ready { return ready }
      return try pool.write { db in
        let deviceId: String
        if let existing = try get(db, .deviceId) {
          deviceId = existing
        } else {
          deviceId = newDeviceId ?? UUID().databaseText
          try set(db, .deviceId, deviceId)
        }
        try SyncLog.adopt(db, deviceId: deviceId)
        try SearchIndex.rebuildIfStale(db)
        // A merge that held the tallies back was stopped before it counted them.
        if try Tallies.suspended(db) { try Tallies.rebuild(db) }
        try CadrePinyin.fillMissing(db)
        // Entries from before the seals, or written by a migration, are sealed now.
        try AuditChain.seal(db, at: Timestamp.now)
        return (deviceId, try get(db, .lastOperator))
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: pool.path)
    }
  }
}
