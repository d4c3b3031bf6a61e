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
    // The operations this merge takes are the log's rows after this one.
    let before = try Int64.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM sync_op") ?? 0
    let parts = try db.cachedStatement(sql: SyncLine.partsSQL)
    let insert = try db.cachedStatement(sql: SyncLine.insertSQL)
    var index = 0
    while let line = try next() {
      if index % 2_000 == 0 { progress?(0.5 * Double(index) / Double(max(1, total))) }
      index += 1
      let columns: [DatabaseValue]?
      do {
        columns = try SyncLine.columns(line, parts: parts)
      } catch let error as DatabaseError where error.message?.contains("malformed JSON") == true {
        columns = nil
      }
      // Not an operation: refused, the batch undone.
      guard let columns else { throw StoreError.syncOperationMalformed(number: index) }
      try insert.execute(arguments: StatementArguments(columns + [received.databaseValue]))
      if db.changesCount > 0 {
        summary.operations += 1
        continue
      }
      summary.alreadyHeld += 1
    }
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO sync_touched
        SELECT table_name, row_id FROM sync_op WHERE rowid > ?
        """, arguments: [before])
    let newest = try String.fetchOne(
      db, sql: "SELECT max(version) FROM sync_op WHERE rowid > ?", arguments: [before])
    try holdTalliesBack(db)
    let conflictsBefore = try counts(db)
    var effects = Effects()
    let rows = max(1, try Int.fetchOne(db, sql: "SELECT count(*) FROM sync_touched") ?? 0)
    var done = 0
    for table in SyncTables.order {
      let columns = try SyncTables.carriedColumns(db, table)
      let cursor = try String.fetchCursor(
        db, sql: "SELECT row_id FROM sync_touched WHERE table_name = ? ORDER BY row_id",
        arguments: [table])
      while let row = try cursor.next() {
        if done % 1_000 == 0 { progress?(0.5 + 0.45 * Double(done) / Double(rows)) }
        done += 1
        if try resolve(
          db, table: table, columns: columns, row: row, before: before, effects: &effects)
        {
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

  /// Holds the tallies' triggers back when the batch brings many visits and requests for what
  /// the database holds (as a large import does): they are counted once when the merge ends.
  private static func holdTalliesBack(_ db: Database) throws {
    let tallied =
      try Int.fetchOne(
        db,
        sql: "SELECT count(*) FROM sync_touched WHERE table_name IN ('visit', 'help_request')")
      ?? 0
    guard tallied > 0, try !Tallies.suspended(db) else { return }
    let existing =
      try Int.fetchOne(
        db, sql: "SELECT (SELECT count(*) FROM visit) + (SELECT count(*) FROM help_request)") ?? 0
    if Tallies.holdsBack(rows: tallied, existing: existing) { try Tallies.suspend(db) }
  }

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
    let statement = try db.cachedStatement(
      sql: """
        SELECT id, version, kind, field, value, prior FROM sync_op
        WHERE table_name = ?1 AND row_id = ?2 AND kind <> 'row'
        UNION ALL
        SELECT o.id, o.version, o.kind, j.key, j.value, o.prior
        FROM sync_op o, json_each(o.value) j
        WHERE o.table_name = ?1 AND o.row_id = ?2 AND o.kind = 'row'
        ORDER BY 2, 4
        """)
    return try read(statement, arguments: [table, row])
  }

  /// The entries a statement selects as (id, version, kind, field, value, prior), read by
  /// position from one reused row: a merge reads millions.
  static func read(_ statement: Statement, arguments: StatementArguments) throws -> [Entry] {
    let rows = try Row.fetchCursor(statement, arguments: arguments)
    var entries: [Entry] = []
    while let row = try rows.next() {
      let prior: String? = row[5]
      entries.append(
        Entry(
          id: row[0], version: row[1], kind: row[2], field: row[3], value: row[4],
          prior: prior?.split(separator: " ").map(String.init) ?? []))
    }
    return entries
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
    _ db: Database, table: String, columns: [String], row: String, before: Int64,
    effects: inout Effects
  ) throws -> Bool {
    let key = SyncTables.key(of: table)
    if table == "audit_log" {
      return try landAudit(db, row: row)
    }
    let local = try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE \(key) = ?"),
      arguments: [row])
    let target: [String: DatabaseValue]
    let exists: Bool
    switch try quick(db, table: table, row: row, before: before, held: local != nil) {
    case .edits(let edits): (target, exists) = (edits, true)
    case .newRow(let operation, let household):
      if try insertNew(db, table: table, columns: columns, operation: operation) {
        effects.note(table: table, local: nil, target: ["household_id": household])
        effects.inserted(table: table, row: row)
        return true
      }
      (target, exists) = try workedOut(db, table: table, columns: columns, row: row)
    case nil: (target, exists) = try workedOut(db, table: table, columns: columns, row: row)
    }
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
    let changed = columns.indices.filter { index in
      guard let value = target[columns[index]] else { return false }
      return value != (local[index] as DatabaseValue)
    }.map { columns[$0] }
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

  /// What a row's values are from all its operations, its conflicts listed again when more
  /// than one laptop wrote it; whether it exists.
  private static func workedOut(
    _ db: Database, table: String, columns: [String], row: String
  ) throws -> (target: [String: DatabaseValue], exists: Bool) {
    let entries = try entries(db, table: table, row: row)
    let key = SyncTables.key(of: table)
    let outcome = outcome(entries, columns: columns)
    var target: [String: DatabaseValue] = outcome.winners.mapValues(\.value)
    if outcome.revivedBy != nil { target["deleted_at"] = .null }
    let exists =
      outcome.hasRow
      && (outcome.lastDelete.map { delete in
        entries.contains { $0.kind != "delete" && $0.version > delete.version }
      }
        ?? true)
    // A row one laptop alone wrote (most rows of most bundles) has nothing in dispute: a
    // laptop sees its own writes, so its values of a field replace one another.
    let writer = entries.first.map { Self.device(of: $0.id) }
    if entries.contains(where: { Self.device(of: $0.id) != writer }) {
      try recordConflicts(
        db, table: table, row: row, columns: columns.filter { $0 != key }, entries: entries,
        winners: outcome.winners, revivedBy: outcome.revivedBy)
    }
    return (target, exists)
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
    let insert = try conflictInsert(db)
    for column in columns where !SyncTables.stamps.contains(column) {
      guard let winner = winners[column] else { continue }
      try listLosers(
        insert, table: table, row: row, field: column, entries: entries, winner: winner)
    }
    if let revivedBy, let tomb = winners["deleted_at"] {
      try insert.execute(arguments: [
        "revived", table, row, "deleted_at", tomb.id, tomb.value, revivedBy.id,
      ])
    }
  }

  /// Lists the values of `field` that lost to `winner` without their writer having seen it:
  /// no `set` of the field names them as replaced, and they differ.
  static func listLosers(
    _ insert: Statement, table: String, row: String, field: String, entries: [Entry],
    winner: Entry
  ) throws {
    var replaced: Set<String> = []
    for entry in entries where entry.kind == "set" && entry.field == field {
      replaced.formUnion(entry.prior)
    }
    for entry in entries
    where entry.field == field && entry.id != winner.id && !replaced.contains(entry.id)
      && entry.value != winner.value
    {
      try insert.execute(arguments: ["value", table, row, field, entry.id, entry.value, winner.id])
    }
  }

  /// The statement that lists a conflict.
  static func conflictInsert(_ db: Database) throws -> Statement {
    try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO sync_conflict (kind, table_name, row_id, field, op_id, value, winner_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
  }

  /// An audit entry another laptop wrote, appended once (the log refuses changes): read from
  /// its operation by SQLite's JSON reader, unless this laptop holds it already (its own, or
  /// one merged before).
  private static func landAudit(_ db: Database, row: String) throws -> Bool {
    let columns = [
      "at", "operator", "device_id", "table_name", "row_id", "action", "before", "after", "note",
    ]
    AuditFeed.of(db)?.breakOff()
    try db.cachedStatement(
      sql: """
        INSERT INTO audit_log (\(columns.joined(separator: ", ")), origin_seq)
        SELECT \(columns.map { "json_extract(o.value, '$.\($0)')" }.joined(separator: ", ")),
          json_extract(o.value, '$.seq')
        FROM sync_op o
        WHERE o.table_name = 'audit_log' AND o.row_id = ?1 AND o.kind = 'row'
          AND json_type(o.value, '$.device_id') = 'text' AND json_type(o.value, '$.seq') = 'integer'
          AND NOT EXISTS (SELECT 1 FROM audit_log a
            WHERE a.device_id = json_extract(o.value, '$.device_id')
              AND ((a.origin_seq IS NULL AND a.seq = json_extract(o.value, '$.seq')
                AND a.device_id = (SELECT device_id FROM sync_clock))
                OR a.origin_seq = json_extract(o.value, '$.seq')))
        ORDER BY o.version LIMIT 1
        """
    ).execute(arguments: [row])
    return db.changesCount > 0
  }
}
