import GRDB

/// Inserts many rows into one table through one prepared statement (demo data, imports).
struct BulkInserter {
  private let statement: Statement
  private(set) var count = 0

  /// A prepared `INSERT INTO table (columns) VALUES (?, …)`.
  init(_ db: Database, table: String, columns: [String]) throws {
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    statement = try db.makeStatement(
      sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
  }

  /// Inserts one row; the values follow the columns' order.
  mutating func insert(_ values: [(any DatabaseValueConvertible)?]) throws {
    statement.setUncheckedArguments(StatementArguments(values))
    try statement.execute()
    count += 1
  }
}
