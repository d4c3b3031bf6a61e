import Foundation
import GRDB
import LastmileCore

/// Many rows inserted in one transaction, with the roster's columns filled in one pass at the
/// end instead of by a trigger per row.
enum BulkLoad {
  /// Marks the transaction as a bulk load: the insert triggers stand aside, and so does the
  /// sync log (the rows' operations are made from them before the next bundle).
  static func begin(_ db: Database) throws {
    try SyncLog.capture(db, false)
    try SyncLog.markBaselinePending(db)
    try db.execute(
      sql: "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES ('bulk_load', '1', '')")
  }

  /// Drops the secondary indexes of `tables` and returns how to build them again: filling a
  /// table and then indexing it is much faster than keeping the indexes up to date row by row.
  static func suspendIndexes(_ db: Database, tables: [String]) throws -> [String] {
    let marks = Array(repeating: "?", count: tables.count).joined(separator: ", ")
    let indexes = try Row.fetchAll(
      db,
      sql:
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(marks))",
      arguments: StatementArguments(tables))
    for index in indexes {
      let name: String = index["name"]
      try db.execute(sql: "DROP INDEX \(name)")
    }
    // The tallies' triggers would read those tables row by row without their indexes: they
    // stand aside, and the tallies are counted whole once the indexes are back.
    if !Tallies.sources.isDisjoint(with: tables) { try Tallies.suspend(db) }
    return indexes.map { $0["sql"] }
  }

  /// Builds again the indexes `suspendIndexes` dropped, and the tallies it held back.
  static func restoreIndexes(_ db: Database, _ definitions: [String]) throws {
    for sql in definitions { try db.execute(sql: sql) }
    if try Tallies.suspended(db) { try Tallies.rebuild(db) }
  }

  /// The roster's columns a load may leave stale.
  enum Derived: CaseIterable {
    /// `area_sort` and `village_id`, from the household's area and number.
    case place
    /// `member_count` and `members_without_id`.
    case memberCount
    /// `possible_duplicate`, of every household (a household's change may make another one's),
    /// by `flagDuplicates` once the indexes are back.
    case duplicates
    case lastVisit
    case openRequests
    case cadreNames
  }

  /// Fills the roster's `columns` of every household and ends the load.
  static func finish(_ db: Database, columns: Set<Derived> = Set(Derived.allCases)) throws {
    // The columns are filled while the load is still marked, so that the triggers that keep
    // them row by row stand aside; then the mark goes.
    try fill(db, households: nil, columns: columns)
    try db.execute(sql: "DELETE FROM setting WHERE key = 'bulk_load'")
    try SyncLog.capture(db, true)
  }

  /// Flags again every household that may be a duplicate (`Derived.duplicates`), writing only
  /// those whose flag changes. It reads other households by their village and head, and members
  /// by ID number: run it with the indexes in place, after `restoreIndexes`.
  static func flagDuplicates(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE household SET possible_duplicate = NOT possible_duplicate
        WHERE possible_duplicate IS NOT \(DerivedColumns.possibleDuplicate)
        """)
  }

  /// Fills the roster's `columns` of `households` (every household when nil).
  static func fill(_ db: Database, households: [String]?, columns: Set<Derived>) throws {
    var assignments: [String] = []
    if columns.contains(.place) {
      assignments.append("area_sort = \(DerivedColumns.areaSort)")
      assignments.append("village_id = \(DerivedColumns.village)")
    }
    if columns.contains(.memberCount) {
      assignments.append("member_count = \(DerivedColumns.memberCount)")
      assignments.append("members_without_id = \(DerivedColumns.membersWithoutID)")
    }
    if columns.contains(.lastVisit) {
      assignments.append("last_visit_on = \(DerivedColumns.lastVisit)")
    }
    if columns.contains(.openRequests) {
      assignments.append("open_requests = \(DerivedColumns.openRequests)")
    }
    if columns.contains(.cadreNames) {
      assignments.append("cadre_names = \(DerivedColumns.cadreNames)")
      assignments.append("cadre_sort = \(DerivedColumns.cadreSort)")
    }
    guard !assignments.isEmpty else { return }
    let update = "UPDATE household SET " + assignments.joined(separator: ", ")
    let ids = households.map(Set.init)
    // One pass over the table is cheaper than a lookup per household once they are most of it.
    guard let ids,
      ids.count * 2 < (try Int.fetchOne(db, sql: "SELECT count(*) FROM household") ?? 0)
    else {
      try db.execute(sql: update)
      return
    }
    // One statement for them all, each found by its id: a statement per household cost more
    // than the household (an import's batch of 5,000).
    try db.execute(
      sql: update + " WHERE id IN (SELECT value FROM json_each(?))",
      arguments: [JSONValue.array(ids.map { .string($0) }).serialized()])
  }
}
