import GRDB
import GRDBSQLite

/// A value bound to a bulk insert.
enum BulkValue {
  case text(String)
  case integer(Int64)
  case real(Double)
  case null

  /// Text, or NULL for nil.
  static func of(_ text: String?) -> BulkValue { text.map(BulkValue.text) ?? .null }
  /// An integer.
  static func of(_ number: Int) -> BulkValue { .integer(Int64(number)) }
  /// A real, or NULL for nil.
  static func of(_ number: Double?) -> BulkValue { number.map(BulkValue.real) ?? .null }
}

/// Inserts many rows into one table through one prepared statement (demo data, imports),
/// binding values straight to SQLite: at a county's scale the per-row cost is what counts.
struct BulkInserter {
  private let statement: Statement
  private(set) var count = 0

  /// SQLite copies bound text at once.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// A prepared `INSERT INTO table (columns) VALUES (?, …)`.
  init(_ db: Database, table: String, columns: [String]) throws {
    let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    statement = try db.makeStatement(
      sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
  }

  /// Inserts one row; the values follow the columns' order.
  mutating func insert(_ values: [BulkValue]) throws {
    let handle = statement.sqliteStatement
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .text(var text):
        text.withUTF8 { bytes in
          _ = sqlite3_bind_text(
            handle, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
            Int32(bytes.count), BulkInserter.transient)
        }
      case .integer(let number): sqlite3_bind_int64(handle, index, number)
      case .real(let number): sqlite3_bind_double(handle, index, number)
      case .null: sqlite3_bind_null(handle, index)
      }
    }
    let result = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard result == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: result),
        message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
    }
    count += 1
  }
}
