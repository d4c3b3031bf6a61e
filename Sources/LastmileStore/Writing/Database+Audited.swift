import GRDB
import LastmileCore

/// A new row for `insertAudited`.
struct AuditedInsert: Sendable {
  let id: String
  let values: ColumnValues
  /// Columns written with the row and left out of its audit entry (what the roster keeps of
  /// it, like the head's pinyin).
  var derived: ColumnValues = []
  var note = ""
  /// The audit entry's `after`, when it was made already (`auditJSON(values)`).
  var after: String?
}

/// The one path by which entity rows change: stamps set, tombstones instead of deletes, and an
/// audit entry written in the same transaction.
extension Database {
  /// Inserts a new row with its stamps and records the insert.
  func insertAudited(
    into table: String, id: String, values: ColumnValues, context: ChangeContext,
    action: String = "insert", note: String = ""
  ) throws {
    try insertAudited(
      into: table, rows: [AuditedInsert(id: id, values: values, note: note)], context: context,
      action: action)
  }

  /// Inserts new rows of `table`, each of the same columns, with their stamps, and records
  /// each insert: a statement for many rows, where a statement a row would cost more than the
  /// rows themselves (an import's households).
  func insertAudited(
    into table: String, rows: [AuditedInsert], context: ChangeContext, action: String = "insert"
  ) throws {
    guard let first = rows.first else { return }
    let stamps = [
      context.timestamp.databaseValue, context.timestamp.databaseValue,
      context.deviceId.databaseValue,
    ]
    try insertMany(
      into: table,
      columns: ["id"] + first.values.map(\.0) + first.derived.map(\.0) + [
        "created_at", "updated_at", "device_id",
      ],
      rows
    ) { row, bind in
      bind(row.id.databaseValue)
      for (_, value) in row.values { bind(value) }
      for (_, value) in row.derived { bind(value) }
      for value in stamps { bind(value) }
    }
    let common = [
      context.timestamp.databaseValue, context.operatorName.databaseValue,
      context.deviceId.databaseValue, table.databaseValue,
    ]
    try insertMany(
      into: "audit_log",
      columns: [
        "at", "operator", "device_id", "table_name", "row_id", "action", "before", "after", "note",
      ],
      rows
    ) { row, bind in
      for value in common { bind(value) }
      bind(row.id.databaseValue)
      bind(action.databaseValue)
      bind(.null)
      bind((row.after ?? auditJSON(row.values)).databaseValue)
      bind(row.note.databaseValue)
    }
    if let feed = AuditFeed.of(self) {
      feed.add(
        rows.map {
          AuditFeed.Entry(
            at: context.timestamp, operatorName: context.operatorName,
            deviceId: context.deviceId, table: table, rowId: $0.id, action: action, before: nil,
            after: $0.after ?? auditJSON($0.values), note: $0.note)
        }, lastSeq: Int(lastInsertedRowID))
    }
  }

  /// Inserts rows of `columns`, up to 500 to a statement (within SQLite's limit on a
  /// statement's parameters); `values` gives a row's values in the columns' order. They are
  /// bound straight to the statement: thousands of values a statement, GRDB's arguments made
  /// of them cost more than the insert.
  private func insertMany<Row>(
    into table: String, columns: [String], _ rows: [Row],
    values: (Row, (DatabaseValue) -> Void) -> Void
  ) throws {
    let perStatement = max(1, min(500, 30_000 / columns.count))
    let marks = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
    for start in stride(from: 0, to: rows.count, by: perStatement) {
      let chunk = rows[start..<min(start + perStatement, rows.count)]
      let sql = head + Array(repeating: marks, count: chunk.count).joined(separator: ", ")
      // A full chunk or a single row is prepared once; a batch's last chunk, of any size, not.
      let statement =
        chunk.count == perStatement || chunk.count == 1
        ? try cachedStatement(sql: sql) : try makeStatement(sql: sql)
      let handle = statement.sqliteStatement
      var index: Int32 = 0
      for row in chunk {
        values(row) { value in
          index += 1
          DirectBinding.bind(value, handle, index)
        }
      }
      try DirectBinding.run(handle)
    }
  }

  /// Updates the columns of a live row that differ from `values` and records what changed.
  ///
  /// Returns false, writing nothing, when no value differs, unless the change is an event in
  /// itself (`event`, as a request's handling is): then the entry is written all the same, with
  /// the `shown` columns before and after even where they did not change (a timeline shows the
  /// status at every step). Throws `recordGone` when the row does not exist or is a tombstone.
  @discardableResult
  func updateAudited(
    table: String, id: String, values: ColumnValues, context: ChangeContext,
    action: String = "update", note: String = "", event: Bool = false, shown: Set<String> = []
  ) throws -> Bool {
    let columns = values.map(\.0)
    guard
      let current = try Row.fetchOne(
        try cachedStatement(
          sql:
            "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE id = ? AND deleted_at IS NULL"
        ),
        arguments: [id])
    else { throw goneError(table: table, id: id) }
    var before: ColumnValues = []
    var after: ColumnValues = []
    var changed: ColumnValues = []
    for (column, value) in values {
      let old: DatabaseValue = current[column]
      if old != value { changed.append((column, value)) }
      if old != value || shown.contains(column) {
        before.append((column, old))
        after.append((column, value))
      }
    }
    guard !changed.isEmpty || event else { return false }
    if !changed.isEmpty {
      let assignments = changed.map { "\($0.0) = ?" } + ["updated_at = ?", "device_id = ?"]
      try execute(
        sql: "UPDATE \(table) SET \(assignments.joined(separator: ", ")) WHERE id = ?",
        arguments: StatementArguments(
          changed.map(\.1) + [
            context.timestamp.databaseValue, context.deviceId.databaseValue, id.databaseValue,
          ]))
    }
    try appendAudit(
      table: table, rowId: id, action: action, before: before, after: after, note: note,
      context: context)
    return true
  }

  /// Marks a live row deleted (a tombstone, never a lost row) and records it.
  func tombstoneAudited(table: String, id: String, context: ChangeContext, note: String = "") throws
  {
    let changed = try updateAudited(
      table: table, id: id, values: [("deleted_at", context.timestamp.databaseValue)],
      context: context, action: "delete", note: note)
    if !changed { throw goneError(table: table, id: id) }
  }

  /// Brings a tombstone back to life and records it.
  func restoreAudited(table: String, id: String, context: ChangeContext, note: String = "") throws {
    guard
      let deletedAt = try String.fetchOne(
        self, sql: "SELECT deleted_at FROM \(table) WHERE id = ? AND deleted_at IS NOT NULL",
        arguments: [id])
    else { throw goneError(table: table, id: id) }
    try execute(
      sql: "UPDATE \(table) SET deleted_at = NULL, updated_at = ?, device_id = ? WHERE id = ?",
      arguments: [context.timestamp, context.deviceId, id])
    try appendAudit(
      table: table, rowId: id, action: "restore", before: [("deleted_at", deletedAt.databaseValue)],
      after: [("deleted_at", .null)], note: note, context: context)
  }

  /// Appends one entry to the audit log.
  func appendAudit(
    table: String, rowId: String, action: String, before: ColumnValues?, after: ColumnValues?,
    note: String, context: ChangeContext
  ) throws {
    let entry = AuditFeed.Entry(
      at: context.timestamp, operatorName: context.operatorName, deviceId: context.deviceId,
      table: table, rowId: rowId, action: action, before: before.map(auditJSON),
      after: after.map(auditJSON), note: note)
    try cachedStatement(
      sql: """
        INSERT INTO audit_log (at, operator, device_id, table_name, row_id, action, before, after, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        entry.at, entry.operatorName, entry.deviceId, entry.table, entry.rowId, entry.action,
        entry.before, entry.after, entry.note,
      ])
    AuditFeed.of(self)?.add([entry], lastSeq: Int(lastInsertedRowID))
  }
}

extension Database {
  /// The error for a row of `table` that is gone, named as people know it where a tombstone of
  /// it is left ("户 01010001 已被删除").
  func goneError(table: String, id: String) -> StoreError {
    let sql: String? =
      switch table {
      case "household": "SELECT household_no FROM household WHERE id = ?"
      case "member": "SELECT name FROM member WHERE id = ?"
      case "cadre": "SELECT name FROM cadre WHERE id = ?"
      case "area": "SELECT name FROM area WHERE id = ?"
      case "help_request":
        "SELECT replace(received_at, 'T', ' ') || ' ' || requester_name FROM help_request WHERE id = ?"
      default: nil
      }
    let name = sql.flatMap { try? String.fetchOne(self, sql: $0, arguments: [id]) } ?? ""
    return .recordGone(RecordName(RecordName.kind(ofTable: table), name))
  }
}
