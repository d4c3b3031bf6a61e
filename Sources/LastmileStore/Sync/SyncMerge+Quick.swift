import GRDB

extension SyncMerge {
  /// What most rows of most bundles need, worked out without reading every field of every
  /// operation of the row one by one.
  enum Quick {
    /// Every operation this merge brought the row (those after `before` in the log) is an edit
    /// of a field other than `deleted_at`, newer than every operation held before, on a row
    /// held here and never deleted or tombstoned: the newest edit of each field wins and the
    /// others stay. When more than one laptop wrote the row, the conflicts of the fields
    /// edited are listed again.
    case edits([String: DatabaseValue])
    /// The row is new here and its one operation, just taken, makes it: nothing to weigh,
    /// nothing in dispute. `household` is the household it belongs to, if it has one.
    case newRow(operation: String, household: DatabaseValue)
  }

  /// The quick way to bring a row to what its operations say, or nil when all of them must be
  /// worked out (`workedOut`). `held` says whether this laptop holds the row.
  static func quick(
    _ db: Database, table: String, row: String, before: Int64, held: Bool
  ) throws -> Quick? {
    let statement = try db.cachedStatement(
      sql: """
        SELECT rowid > ?3, kind, field, CASE WHEN rowid > ?3 THEN value END, version, device_id,
          CASE kind WHEN 'set' THEN field = 'deleted_at' AND value IS NOT NULL
            WHEN 'row' THEN json_extract(value, '$.deleted_at') IS NOT NULL ELSE 1 END,
          id, CASE kind WHEN 'row' THEN json_extract(value, '$.household_id') END
        FROM sync_op WHERE table_name = ?1 AND row_id = ?2
        """)
    let operations = try Row.fetchCursor(statement, arguments: [table, row, before])
    var heldNewest = ""
    var edits: [(field: String, value: DatabaseValue, version: String)] = []
    var writer: String?
    var writers = 1
    var count = 0
    var newRow: Quick?
    while let operation = try operations.next() {
      count += 1
      let device: String = operation[5]
      if writer == nil { writer = device } else if device != writer { writers = 2 }
      let version: String = operation[4]
      let kind: String = operation[1]
      if operation[0] as Bool {
        if kind == "row", !held {
          newRow = .newRow(operation: operation[7], household: operation[8])
          continue
        }
        let field: String = operation[2]
        guard kind == "set", field != "deleted_at" else { return nil }
        edits.append((field, operation[3], version))
      } else {
        guard !(operation[6] as Bool) else { return nil }
        heldNewest = max(heldNewest, version)
      }
    }
    if let newRow { return count == 1 ? newRow : nil }
    guard held, !edits.isEmpty, edits.allSatisfy({ $0.version > heldNewest }) else { return nil }
    var target: [String: (value: DatabaseValue, version: String)] = [:]
    for edit in edits where edit.version > target[edit.field]?.version ?? "" {
      target[edit.field] = (edit.value, edit.version)
    }
    if writers > 1 {
      for field in target.keys.sorted() where !SyncTables.stamps.contains(field) {
        try listAgain(db, table: table, row: row, field: field)
      }
    }
    return .edits(target.mapValues(\.value))
  }

  /// Inserts the row the operation `id` makes, its fields read by SQLite's JSON reader; false
  /// (nothing written) when the operation lacks one of `columns` and the row must be worked
  /// out field by field (its missing fields take their defaults).
  static func insertNew(
    _ db: Database, table: String, columns: [String], operation id: String
  ) throws -> Bool {
    try db.cachedStatement(
      sql: """
        INSERT INTO \(table) (\(columns.joined(separator: ", ")))
        SELECT \(columns.map { "json_extract(value, '$.\($0)')" }.joined(separator: ", "))
        FROM sync_op WHERE id = ?
          AND \(columns.map { "json_type(value, '$.\($0)') IS NOT NULL" }.joined(separator: " AND "))
        """
    ).execute(arguments: [id])
    return db.changesCount > 0
  }

  /// Lists again the conflicts of one field of a row, from the operations that gave it.
  private static func listAgain(_ db: Database, table: String, row: String, field: String) throws {
    try db.cachedStatement(
      sql: """
        DELETE FROM sync_conflict
        WHERE table_name = ? AND row_id = ? AND field = ? AND kind = 'value'
        """
    ).execute(arguments: [table, row, field])
    let statement = try db.cachedStatement(
      sql: """
        SELECT id, version, kind, ?3,
          CASE kind WHEN 'row' THEN json_extract(value, '$.' || ?3) ELSE value END, prior
        FROM sync_op
        WHERE table_name = ?1 AND row_id = ?2
          AND (field = ?3 OR (kind = 'row' AND json_type(value, '$.' || ?3) IS NOT NULL))
        ORDER BY version
        """)
    let entries = try read(statement, arguments: [table, row, field])
    guard let winner = entries.last else { return }
    try listLosers(
      conflictInsert(db), table: table, row: row, field: field, entries: entries, winner: winner)
  }
}
