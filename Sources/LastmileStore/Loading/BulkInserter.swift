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
      case .text(let text): DirectBinding.bind(text, handle, index)
      case .integer(let number): sqlite3_bind_int64(handle, index, number)
      case .real(let number): sqlite3_bind_double(handle, index, number)
      case .null: sqlite3_bind_null(handle, index)
      }
    }
    try DirectBinding.run(handle)
    count += 1
  }
}

/// Values bound straight to a prepared statement's parameters and the statement run, without
/// GRDB's arguments: where a statement takes thousands of values (an import's rows, many to a
/// statement), making them into arguments costs more than SQLite's work.
enum DirectBinding {
  /// SQLite copies bound text at once.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  static func bind(_ text: String, _ handle: SQLiteStatement, _ index: Int32) {
    var text = text
    text.withUTF8 { bytes in
      guard let address = bytes.baseAddress else {
        _ = sqlite3_bind_text(handle, index, "", 0, transient)
        return
      }
      _ = sqlite3_bind_text(
        handle, index, UnsafeRawPointer(address).assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), transient)
    }
  }

  static func bind(_ value: DatabaseValue, _ handle: SQLiteStatement, _ index: Int32) {
    switch value.storage {
    case .null: sqlite3_bind_null(handle, index)
    case .int64(let number): sqlite3_bind_int64(handle, index, number)
    case .double(let number): sqlite3_bind_double(handle, index, number)
    case .string(let text): bind(text, handle, index)
    case .blob(let data):
      data.withUnsafeBytes { bytes in
        // An empty blob is a blob of no bytes, not NULL (which a nil address would bind).
        guard let address = bytes.baseAddress, !bytes.isEmpty else {
          _ = sqlite3_bind_zeroblob(handle, index, 0)
          return
        }
        _ = sqlite3_bind_blob(handle, index, address, Int32(bytes.count), transient)
      }
    }
  }

  /// Runs the statement as bound, then resets it for the next values.
  static func run(_ handle: SQLiteStatement) throws {
    let result = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard result == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: result),
        message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
    }
  }
}
