import GRDB
import LastmileCore

/// Takes a bundle's operations into the log and brings every row they touch to what the whole
/// log says, the same on every laptop whatever order the bundles came in: per field the newest
/// operation wins (the hybrid clock, then the device, then its count); a delete or tombstone
/// wins over older edits, and an edit newer than a tombstone brings the row back (flagged);
/// two values neither of whose writers saw the other are a conflict, the loser kept in
/// `sync_conflict` for a person to settle. Derived columns are worked out again.
enum SyncMerge {
  /// One field's value as one operation gives it.
  struct Entry {
    let id: String
    let version: String
    let kind: String
    let field: String
    let value: DatabaseValue
    let prior: [String]
  }

  /// Takes the operations `next` gives (JSON lines, `total` of them, read and checked) into
  /// the log and merges. The rows they touch are kept in a temporary table, not in memory: a
  /// county's first bundle touches millions.
  static func apply(
    _ db: Database, total: Int, next: () throws -> String?, received: String, wall: Int64,
    progress: ((Double) -> Void)? = nil
  ) throws -> SyncSummary {
    try SyncBaseline.fill(db)
    try SyncLog.capture(db, false)
    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
    try db.execute(
      sql: """
        CREATE TEMP TABLE IF NOT EXISTS sync_touched (table_name TEXT NOT NULL,
          row_id TEXT NOT NULL, PRIMARY KEY (table_name, row_id)) WITHOUT ROWID;
        DELETE FROM sync_touched;
        """)
    defer { try? db.execute(sql: "DELETE FROM sync_touched") }
    var summary = SyncSummary()
    var newest: String?
    let insert = try db.cachedStatement(sql: insertSQL)
    let readBack = try db.cachedStatement(
      sql: "SELECT table_name, row_id, version FROM sync_op WHERE rowid = last_insert_rowid()")
    let touch = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sync_touched VALUES (?, ?)")
    var index = 0
    while let line = try next() {
      if index % 2_000 == 0 { progress?(0.5 * Double(index) / Double(max(1, total))) }
      index += 1
      try insert.execute(arguments: ["line": line, "received": received])
      guard db.changesCount > 0 else {
        summary.alreadyHeld += 1
        continue
      }
      summary.operations += 1
      guard let row = try Row.fetchOne(readBack) else { continue }
      try touch.execute(arguments: [row["table_name"], row["row_id"]])
      let version: String = row["version"]
      if version > (newest ?? "") { newest = version }
    }
    let conflictsBefore = try counts(db)
    var effects = Effects()
    let rows = max(1, try Int.fetchOne(db, sql: "SELECT count(*) FROM sync_touched") ?? 0)
    var done = 0
    for table in SyncTables.order {
      let cursor = try String.fetchCursor(
        db, sql: "SELECT row_id FROM sync_touched WHERE table_name = ? ORDER BY row_id",
        arguments: [table])
      while let row = try cursor.next() {
        if done % 1_000 == 0 { progress?(0.5 + 0.45 * Double(done) / Double(rows)) }
        done += 1
        if try resolve(db, table: table, row: row, effects: &effects) {
          summary.rows[table, default: 0] += 1
        }
      }
    }
    try effects.apply(db)
    let conflictsAfter = try counts(db)
    summary.conflicts = max(0, conflictsAfter.values - conflictsBefore.values)
    summary.revived = max(0, conflictsAfter.revived - conflictsBefore.revived)
    if let newest, let time = HybridTimestamp(parsing: String(newest.prefix { $0 != "/" })) {
      try SyncLog.receive(db, time, wall: wall)
    }
    try SyncLog.capture(db, true)
    return summary
  }

  private static let insertSQL = """
    INSERT OR IGNORE INTO sync_op
      (id, device_id, seq, version, table_name, row_id, kind, field, value, prior, received_at)
    SELECT d || ':' || s, d, s, h || '/' || printf('%012d', s), json_extract(l, '$.table'),
      json_extract(l, '$.row'), json_extract(l, '$.kind'), json_extract(l, '$.field'),
      json_extract(l, '$.value'), json_extract(l, '$.prior'), :received
    FROM (SELECT :line AS l, json_extract(:line, '$.device') AS d,
      json_extract(:line, '$.seq') AS s, json_extract(:line, '$.hlc') AS h)
    """

  private static func counts(_ db: Database) throws -> (values: Int, revived: Int) {
    let row = try Row.fetchOne(
      db,
      sql:
        "SELECT count(*) FILTER (WHERE kind = 'value'), count(*) FILTER (WHERE kind = 'revived') FROM sync_conflict"
    )
    return (row?[0] ?? 0, row?[1] ?? 0)
  }

  /// Every operation of a row, a new row's fields one entry each, oldest first.
  static func entries(_ db: Database, table: String, row: String) throws -> [Entry] {
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT id, version, kind, field, value, prior FROM sync_op
          WHERE table_name = :table AND row_id = :row AND kind <> 'row'
          UNION ALL
          SELECT o.id, o.version, o.kind, j.key, j.value, o.prior
          FROM sync_op o, json_each(o.value) j
          WHERE o.table_name = :table AND o.row_id = :row AND o.kind = 'row'
          ORDER BY 2, 4
          """),
      arguments: ["table": table, "row": row])
    return rows.map { row in
      let prior: String? = row["prior"]
      return Entry(
        id: row["id"], version: row["version"], kind: row["kind"], field: row["field"],
        value: row["value"], prior: prior?.split(separator: " ").map(String.init) ?? [])
    }
  }

  /// What a row's operations say: each field's winner, the last delete, whether a new row's
  /// operation is held, and the edit that brings a tombstoned row back (if one does).
  struct Outcome {
    var winners: [String: Entry] = [:]
    var lastDelete: Entry?
    var hasRow = false
    var revivedBy: Entry?
  }

  static func outcome(_ entries: [Entry], columns: [String]) -> Outcome {
    var outcome = Outcome()
    for entry in entries {
      switch entry.kind {
      case "delete": outcome.lastDelete = entry
      case "row":
        outcome.hasRow = true
        outcome.winners[entry.field] = entry
      default: outcome.winners[entry.field] = entry
      }
    }
    // A tombstone loses to any real edit newer than it: the row comes back, flagged.
    if columns.contains("deleted_at"), let tomb = outcome.winners["deleted_at"], !tomb.value.isNull
    {
      outcome.revivedBy = entries.last {
        $0.version > tomb.version && $0.field != "deleted_at"
          && !SyncTables.stamps.contains($0.field) && $0.kind != "delete"
      }
    }
    return outcome
  }

  /// Lists again the conflicts of one row from its operations (after a person settled one).
  static func refreshConflicts(_ db: Database, table: String, row: String) throws {
    let entries = try entries(db, table: table, row: row)
    let columns = try SyncTables.carriedColumns(db, table)
    let outcome = outcome(entries, columns: columns)
    let key = SyncTables.key(of: table)
    try recordConflicts(
      db, table: table, row: row, columns: columns.filter { $0 != key }, entries: entries,
      winners: outcome.winners, revivedBy: outcome.revivedBy)
  }

  /// Brings one row to what its operations say; true when it changed here.
  private static func resolve(
    _ db: Database, table: String, row: String, effects: inout Effects
  ) throws -> Bool {
    let entries = try entries(db, table: table, row: row)
    if table == "audit_log" { return try landAudit(db, row: row, entries: entries) }
    let columns = try SyncTables.carriedColumns(db, table)
    let key = SyncTables.key(of: table)
    let outcome = outcome(entries, columns: columns)
    let (winners, lastDelete, hasRow, revivedBy) = (
      outcome.winners, outcome.lastDelete, outcome.hasRow, outcome.revivedBy
    )
    var target: [String: DatabaseValue] = winners.mapValues(\.value)
    if revivedBy != nil { target["deleted_at"] = .null }
    let exists =
      hasRow
      && (lastDelete.map { delete in
        entries.contains { $0.kind != "delete" && $0.version > delete.version }
      }
        ?? true)
    // A row one laptop alone wrote (most rows of most bundles) has nothing in dispute: a
    // laptop sees its own writes, so its values of a field replace one another.
    let writer = entries.first.map { Self.device(of: $0.id) }
    if entries.contains(where: { Self.device(of: $0.id) != writer }) {
      try recordConflicts(
        db, table: table, row: row, columns: columns.filter { $0 != key }, entries: entries,
        winners: winners, revivedBy: revivedBy)
    }
    let local = try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE \(key) = ?"),
      arguments: [row])
    guard exists else {
      effects.note(table: table, local: local, target: target)
      guard local != nil else { return false }
      try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(key) = ?").execute(arguments: [
        row.databaseValue
      ])
      return true
    }
    guard let local else {
      let present = columns.filter { target[$0] != nil }
      let marks = Array(repeating: "?", count: present.count).joined(separator: ", ")
      try db.cachedStatement(
        sql: "INSERT INTO \(table) (\(present.joined(separator: ", "))) VALUES (\(marks))"
      ).execute(arguments: StatementArguments(present.map { target[$0]! }))
      effects.note(table: table, local: nil, target: target)
      effects.inserted(table: table, row: row)
      return true
    }
    let changed = columns.filter { column in
      guard let value = target[column] else { return false }
      return value != (local[column] as DatabaseValue)
    }
    guard !changed.isEmpty else { return false }
    var assignments = changed.map { "\($0) = ?" }
    if table == "cadre", changed.contains("name") { assignments.append("name_pinyin = ''") }
    try db.cachedStatement(
      sql: "UPDATE \(table) SET \(assignments.joined(separator: ", ")) WHERE \(key) = ?"
    ).execute(arguments: StatementArguments(changed.map { target[$0]! } + [row.databaseValue]))
    // What is worked out from the row follows only the fields it is worked out from.
    if !Effects.searched(table).isDisjoint(with: changed) {
      effects.note(table: table, local: local, target: target)
      effects.inserted(table: table, row: row)
    }
    return true
  }

  /// The device of an operation's id (`device:number`).
  static func device(of id: String) -> Substring {
    id[..<(id.lastIndex(of: ":") ?? id.endIndex)]
  }

  /// Lists the values that lost without their writer having seen the winner: for each field,
  /// the operations no later operation replaced (its writer's `prior`), other than the winner
  /// and holding another value. Worked out from the log alone, so every laptop lists the same.
  private static func recordConflicts(
    _ db: Database, table: String, row: String, columns: [String], entries: [Entry],
    winners: [String: Entry], revivedBy: Entry?
  ) throws {
    try db.cachedStatement(sql: "DELETE FROM sync_conflict WHERE table_name = ? AND row_id = ?")
      .execute(arguments: [table, row])
    let insert = try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO sync_conflict (kind, table_name, row_id, field, op_id, value, winner_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    var replaced: [String: Set<String>] = [:]
    for entry in entries where entry.kind == "set" {
      replaced[entry.field, default: []].formUnion(entry.prior)
    }
    for column in columns where !SyncTables.stamps.contains(column) {
      guard let winner = winners[column] else { continue }
      let gone = replaced[column] ?? []
      for entry in entries
      where entry.field == column && entry.id != winner.id && !gone.contains(entry.id)
        && entry.value != winner.value
      {
        try insert.execute(arguments: [
          "value", table, row, column, entry.id, entry.value, winner.id,
        ])
      }
    }
    if let revivedBy, let tomb = winners["deleted_at"] {
      try insert.execute(arguments: [
        "revived", table, row, "deleted_at", tomb.id, tomb.value, revivedBy.id,
      ])
    }
  }

  /// An audit entry another laptop wrote, appended once (the log refuses changes).
  private static func landAudit(_ db: Database, row: String, entries: [Entry]) throws -> Bool {
    var fields: [String: DatabaseValue] = [:]
    for entry in entries where entry.kind == "row" { fields[entry.field] = entry.value }
    guard let device = String.fromDatabaseValue(fields["device_id"] ?? .null),
      let seq = Int64.fromDatabaseValue(fields["seq"] ?? .null)
    else { return false }
    let held =
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM audit_log WHERE device_id = :device
            AND ((origin_seq IS NULL AND seq = :seq AND device_id = (SELECT device_id FROM sync_clock))
              OR origin_seq = :seq))
          """, arguments: ["device": device, "seq": seq]) ?? false
    guard !held else { return false }
    let columns = [
      "at", "operator", "device_id", "table_name", "row_id", "action", "before", "after", "note",
    ]
    try db.cachedStatement(
      sql: """
        INSERT INTO audit_log (\(columns.joined(separator: ", ")), origin_seq)
        VALUES (\(Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")))
        """
    ).execute(
      arguments: StatementArguments(columns.map { fields[$0] ?? .null } + [seq.databaseValue]))
    return true
  }
}
