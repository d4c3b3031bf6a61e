import Foundation
import GRDB
import LastmileCore

/// Many rows inserted in one transaction, with the roster's columns filled in one pass at the
/// end instead of by a trigger per row.
enum BulkLoad {
  /// Marks the transaction as a bulk load: the insert triggers stand aside.
  static func begin(_ db: Database) throws {
    try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES ('bulk_load', '1', '')")
  }

  /// Drops the secondary indexes of `tables` and returns how to build them again: filling a
  /// table and then indexing it is much faster than keeping the indexes up to date row by row.
  static func suspendIndexes(_ db: Database, tables: [String]) throws -> [String] {
    let marks = Array(repeating: "?", count: tables.count).joined(separator: ", ")
    let indexes = try Row.fetchAll(
      db,
      sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(marks))",
      arguments: StatementArguments(tables))
    for index in indexes {
      let name: String = index["name"]
      try db.execute(sql: "DROP INDEX \(name)")
    }
    return indexes.map { $0["sql"] }
  }

  /// Builds again the indexes `suspendIndexes` dropped.
  static func restoreIndexes(_ db: Database, _ definitions: [String]) throws {
    for sql in definitions { try db.execute(sql: sql) }
  }

  /// Fills the roster's columns of `households` (every household when nil) and ends the load.
  static func finish(_ db: Database, households: [String]? = nil) throws {
    try db.execute(sql: "DELETE FROM setting WHERE key = 'bulk_load'")
    let fill = RosterMigration.fill
    let update = """
      UPDATE household SET
        area_sort = \(RosterMigration.areaSortExpression(areaId: "household.area_id", number: "household.household_no")),
        village_id = \(RosterMigration.villageExpression("household.area_id")),
        member_count = \(fill(RosterMigration.memberCount, "household.id")),
        last_visit_on = \(fill(RosterMigration.lastVisit, "household.id")),
        open_requests = \(fill(RosterMigration.openRequests, "household.id")),
        cadre_names = \(fill(RosterMigration.cadreNames, "household.id"))
      """
    guard let households else {
      try db.execute(sql: update)
      return
    }
    let statement = try db.makeStatement(sql: update + " WHERE id = ?")
    for id in Set(households) { try statement.execute(arguments: [id]) }
  }
}
