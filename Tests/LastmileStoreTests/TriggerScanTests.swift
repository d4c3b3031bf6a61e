import Foundation
import GRDB
import GRDBSQLite
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// The triggers a write fires, and the checks of the keys that name a deleted row, reach the
/// rows they need through indexes: a trigger that reads a whole table makes every save as slow
/// as the county is large, and a merge of a county the square of that.
@Suite("Writes read no whole table in their triggers")
struct TriggerScanTests {
  let folder = TemporaryFolder()

  /// The rows SQLite stepped through in whole-table scans while `sql` ran, its triggers
  /// included.
  private func scanned(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws
    -> Int32
  {
    let statement = try db.makeStatement(sql: sql)
    try statement.execute(arguments: arguments)
    return sqlite3_stmt_status(statement.sqliteStatement, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0)
  }

  /// An insert of a copy of the row `id` of `table` under a new id.
  private func copy(_ db: Database, _ table: String) throws -> String {
    let columns = try db.columns(in: table).map(\.name)
    return """
      INSERT INTO \(table) (\(columns.joined(separator: ", ")))
      SELECT \(columns.map { $0 == "id" ? "'copy-' || id" : $0 }.joined(separator: ", "))
      FROM \(table) WHERE id = ?
      """
  }

  @Test(
    "saving, adding or deleting a household, member, visit or request steps through no table whole"
  )
  func writesUseIndexes() throws {
    _ = try Fixtures.demoStore(in: folder, households: 200)
    let queue = try DatabaseQueue(path: folder.file("lastmile.db").path)
    try queue.inDatabase { db in
      try db.execute(sql: "BEGIN")
      defer { try? db.execute(sql: "ROLLBACK") }
      let writes: [(String, String)] = [
        (
          "household",
          "UPDATE household SET head_name = head_name || '改', household_no = household_no || '1' WHERE id = ?"
        ),
        (
          "member",
          "UPDATE member SET name = name || '改', id_number = '110101199001011234' WHERE id = ?"
        ),
        (
          "visit", "UPDATE visit SET content = content || '改', visited_on = visited_on WHERE id = ?"
        ),
        ("help_request", "UPDATE help_request SET content = content || '改' WHERE id = ?"),
      ]
      for (table, update) in writes {
        let id = try #require(
          try String.fetchOne(db, sql: "SELECT id FROM \(table) WHERE deleted_at IS NULL LIMIT 1"))
        let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        #expect(rows >= 200, "\(table): too few rows to tell a scan")
        #expect(try scanned(db, update, [id]) < 50, "\(table): an update scans")
        #expect(try scanned(db, copy(db, table), [id]) < 50, "\(table): an insert scans")
        #expect(
          try scanned(db, "DELETE FROM \(table) WHERE id = ?", ["copy-" + id]) < 50,
          "\(table): a delete scans")
      }
    }
  }
}
