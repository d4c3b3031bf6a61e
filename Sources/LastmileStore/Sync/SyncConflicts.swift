import GRDB
import LastmileCore

/// The conflicts list (`sync_conflict`) as the review shows it, and its settling: a person's
/// choice is written as a new operation that replaces every value in dispute, so that the
/// conflict is gone on every laptop the operation reaches.
enum SyncConflicts {
  /// Where this device's operations stood before a write, when any conflict is listed (nil
  /// otherwise: nothing to watch).
  static func watch(_ db: Database) throws -> Int64? {
    guard
      try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM sync_conflict)"))
        == true
    else { return nil }
    return try Int64.fetchOne(
      db.cachedStatement(
        sql:
          "SELECT ifnull(max(seq), 0) FROM sync_op WHERE device_id = (SELECT device_id FROM sync_clock)"
      )) ?? 0
  }

  /// Works out again the conflicts of the listed rows a write changed since `watch`.
  static func refresh(_ db: Database, after watched: Int64?) throws {
    guard let watched else { return }
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT DISTINCT o.table_name, o.row_id FROM sync_op o
          WHERE o.device_id = (SELECT device_id FROM sync_clock) AND o.seq > ?
            AND EXISTS (SELECT 1 FROM sync_conflict c WHERE c.table_name = o.table_name
              AND c.row_id = o.row_id)
          """), arguments: [watched])
    for row in rows {
      try SyncMerge.refreshConflicts(db, table: row["table_name"], row: row["row_id"])
    }
  }
  /// How many are listed.
  static func count(_ db: Database) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT count(*) FROM sync_conflict") ?? 0
  }

  static func all(_ db: Database) throws -> [SyncConflict] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT c.*, l.device_id AS lost_device, w.device_id AS won_device
        FROM sync_conflict c
        JOIN sync_op l ON l.id = c.op_id
        JOIN sync_op w ON w.id = c.winner_id
        ORDER BY c.table_name, c.row_id, c.field, c.op_id
        """
    ).map { row in
      let table: String = row["table_name"]
      let rowId: String = row["row_id"]
      let field: String = row["field"]
      let lost: DatabaseValue = row["value"]
      return SyncConflict(
        id: row["id"], kind: SyncConflict.Kind(rawValue: row["kind"]) ?? .value, table: table,
        rowId: rowId, field: field, subject: try subject(db, table: table, row: rowId),
        current: try current(db, table: table, row: rowId, field: field),
        lost: text(lost), currentBy: RequestNumber.deviceCode(of: row["won_device"]),
        lostBy: RequestNumber.deviceCode(of: row["lost_device"]))
    }
  }

  /// Settles conflict `id` as the person chose; the row's other conflicts stay.
  static func settle(
    _ db: Database, id: Int64, as settlement: SyncSettlement, context: ChangeContext
  ) throws {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM sync_conflict WHERE id = ?", arguments: [id])
    else { return }
    let table: String = row["table_name"]
    let rowId: String = row["row_id"]
    let field: String = row["field"]
    let kind: String = row["kind"]
    let key = SyncTables.key(of: table)
    // Every value of the field still in dispute is replaced by what is written now.
    let disputed = try String.fetchAll(
      db,
      sql: "SELECT op_id FROM sync_conflict WHERE table_name = ? AND row_id = ? AND field = ?",
      arguments: [table, rowId, field])
    let winner: String = row["winner_id"]
    let value: DatabaseValue? =
      switch (settlement, kind) {
      case (.keepCurrent, _): nil
      case (.takeLost, "revived"): context.timestamp.databaseValue
      case (.takeLost, _): row["value"]
      case (.write(let text), _): text.databaseValue
      }
    let before = try SyncLog.known(db)[context.deviceId] ?? 0
    if let value {
      if key == "id", table != "audit_log" {
        try db.execute(
          sql: "UPDATE \(table) SET \(field) = ?, updated_at = ?, device_id = ? WHERE id = ?",
          arguments: [value, context.timestamp, context.deviceId, rowId])
      } else {
        try db.execute(
          sql: "UPDATE \(table) SET \(field) = ? WHERE \(key) = ?", arguments: [value, rowId])
      }
    }
    // Keeping the value as it is writes it again, so that the choice travels.
    if try SyncLog.known(db)[context.deviceId] ?? 0 == before || value == nil {
      let held =
        try DatabaseValue.fetchOne(
          db, sql: "SELECT \(field) FROM \(table) WHERE \(key) = ?", arguments: [rowId]) ?? .null
      try db.execute(
        sql: "INSERT INTO sync_capture VALUES (?, ?, 'set', ?, ?)",
        arguments: [table, rowId, field, held])
    }
    try db.execute(
      sql: """
        UPDATE sync_op SET prior = ? WHERE id = (SELECT id FROM sync_op WHERE device_id = ?
          AND table_name = ? AND row_id = ? AND field = ? ORDER BY seq DESC LIMIT 1)
        """,
      arguments: [
        ([winner] + disputed).joined(separator: " "), context.deviceId, table, rowId, field,
      ])
    try SyncMerge.refreshConflicts(db, table: table, row: rowId)
    try db.appendAudit(
      table: table, rowId: rowId, action: "settle", before: nil,
      after: [(field, value ?? .null)], note: kind, context: context)
  }

  private static func current(_ db: Database, table: String, row: String, field: String) throws
    -> String?
  {
    let key = SyncTables.key(of: table)
    let value = try DatabaseValue.fetchOne(
      db, sql: "SELECT \(field) FROM \(table) WHERE \(key) = ?", arguments: [row])
    return value.flatMap(text)
  }

  private static func text(_ value: DatabaseValue) -> String? {
    switch value.storage {
    case .null: nil
    case .int64(let number): String(number)
    case .double(let number): String(number)
    case .string(let string): string
    case .blob: "…"
    }
  }

  /// What a person calls the row.
  private static func subject(_ db: Database, table: String, row: String) throws -> String {
    let sql: String? =
      switch table {
      case "household": "SELECT household_no || ' ' || head_name FROM household WHERE id = ?"
      case "member":
        "SELECT h.household_no || ' ' || m.name FROM member m JOIN household h ON h.id = m.household_id WHERE m.id = ?"
      case "help_request":
        "SELECT ifnull(number, '') || ' ' || requester_name FROM help_request WHERE id = ?"
      case "visit": "SELECT visited_on || ' ' || substr(content, 1, 12) FROM visit WHERE id = ?"
      case "cadre", "area": "SELECT name FROM \(table) WHERE id = ?"
      case "reception_entry":
        "SELECT day || ' ' || requester_name FROM reception_entry WHERE id = ?"
      default: nil
      }
    guard let sql else { return row }
    return try String.fetchOne(db, sql: sql, arguments: [row]) ?? row
  }
}
