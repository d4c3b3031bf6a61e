import GRDB
import LastmileCore

/// The operations of rows written while the log stood aside (a bulk load, demo data, the
/// records a database held before it had a log): each such row gets one operation holding all
/// its fields, stamped with the time the row was last written, before the next bundle is made
/// or applied.
enum SyncBaseline {
  /// Makes the missing operations when a load left some; nothing otherwise.
  static func fill(_ db: Database) throws {
    guard try SyncLog.baselinePending(db) else { return }
    let device = try SyncLog.device(db)
    guard !device.isEmpty else { return }
    for table in SyncTables.order {
      try fill(db, table: table, device: device)
    }
    try db.execute(sql: "UPDATE sync_clock SET baseline_pending = 0")
  }

  private static func fill(_ db: Database, table: String, device: String) throws {
    let columns = try SyncTables.carriedColumns(db, table)
    let fields = columns.map { "'\($0)', t.\($0)" }.joined(separator: ", ")
    let key: String
    let stamp: String
    var only = ""
    switch table {
    case "audit_log":
      key = "t.device_id || ':' || t.seq"
      stamp = "t.at"
      only = " AND t.origin_seq IS NULL"
    case "reception_day":
      key = "t.day"
      stamp = "t.created_at"
    case "setting":
      key = "t.key"
      stamp = "t.updated_at"
      let offices = SettingKey.offices.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      only = " AND t.key IN (\(offices))"
    default:
      key = "t.\(SyncTables.key(of: table))"
      stamp = "t.updated_at"
    }
    var next =
      (try Int64.fetchOne(
        db, sql: "SELECT ifnull(max(seq), 0) FROM sync_op WHERE device_id = ?",
        arguments: [device]) ?? 0) + 1
    // The time the row was last written, as the clock's text: its wall in milliseconds.
    let wall =
      "printf('%016d', ifnull(CAST((julianday(\(stamp)) - 2440587.5) * 86400000 AS INTEGER), 0))"
    // Row by row through a cursor (numbering them in SQL would hold a county's rows at once).
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT \(key) AS k, json_object(\(fields)) AS v, \(wall) AS w FROM \(table) t
        WHERE NOT EXISTS (SELECT 1 FROM sync_op o WHERE o.table_name = ?
          AND o.row_id = \(key) AND o.field = '*')\(only)
        """, arguments: [table])
    let insert = try db.makeStatement(
      sql: """
        INSERT INTO sync_op (id, device_id, seq, version, table_name, row_id, kind, field, value)
        VALUES (?, ?, ?, ?, ?, ?, 'row', '*', ?)
        """)
    while let row = try rows.next() {
      let wallText: String = row["w"]
      let key: String = row["k"]
      let value: String = row["v"]
      try insert.execute(arguments: [
        "\(device):\(next)", device, next,
        SyncOperation.version(time: "\(wallText)-00000-\(device)", sequence: next), table, key,
        value,
      ])
      next += 1
    }
  }
}
