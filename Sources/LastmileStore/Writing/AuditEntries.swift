import GRDB
import GRDBSQLite

/// The audit log's entries as the hash chain takes them: read straight from SQLite, each
/// entry's fields laid out in one buffer without a row or a string made of them (sealing an
/// import of 100,000 households reads 200,000 entries back).
enum AuditEntries {
  /// The fields an entry's link is taken over, in this order.
  private static let fields =
    "seq, at, operator, device_id, table_name, row_id, action, before, after, note, origin_seq"

  /// Calls `body` with each entry after `seq`, in order: its number and its fields, each as
  /// text (a NUL byte for NULL) and separated by a unit separator (0x1F). Returns the last
  /// entry's number (`seq` when there is none).
  ///
  /// Text is taken as GRDB reads it: up to its first NUL byte, and invalid UTF-8 repaired.
  @discardableResult
  static func each(
    _ db: Database, after seq: Int, _ body: (Int, UnsafeRawBufferPointer) throws -> Void
  ) throws -> Int {
    let statement = try db.makeStatement(
      sql: "SELECT \(fields) FROM audit_log WHERE seq > ? ORDER BY seq")
    let handle = statement.sqliteStatement
    sqlite3_bind_int64(handle, 1, Int64(seq))
    defer { sqlite3_reset(handle) }
    var last = seq
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1024)
    while true {
      let result = sqlite3_step(handle)
      if result == SQLITE_DONE { break }
      guard result == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: result),
          message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
      }
      bytes.removeAll(keepingCapacity: true)
      for column in 0..<sqlite3_column_count(handle) {
        if column > 0 { bytes.append(0x1F) }
        append(handle, column, to: &bytes)
      }
      last = Int(sqlite3_column_int64(handle, 0))
      try bytes.withUnsafeBytes { try body(last, $0) }
    }
    return last
  }

  /// The fields of an entry made here, laid out as `each` gives them: its number, its texts
  /// from `at` to `note` (nil: NULL) and no `origin_seq`.
  static func layout(seq: Int, _ texts: [String?], into bytes: inout [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    bytes.append(contentsOf: String(seq).utf8)
    for text in texts + [nil] {
      bytes.append(0x1F)
      if let text { append(text: text, to: &bytes) } else { bytes.append(0) }
    }
  }

  /// A text field's bytes as an entry's are read: up to its first NUL byte (a Swift string is
  /// well-formed UTF-8 already).
  private static func append(text: String, to bytes: inout [UInt8]) {
    let utf8 = text.utf8
    if let nul = utf8.firstIndex(of: 0) {
      bytes.append(contentsOf: utf8[..<nul])
    } else {
      bytes.append(contentsOf: utf8)
    }
  }

  private static func append(_ handle: SQLiteStatement, _ column: Int32, to bytes: inout [UInt8]) {
    switch sqlite3_column_type(handle, column) {
    case SQLITE_NULL:
      bytes.append(0)
    case SQLITE_INTEGER:
      bytes.append(contentsOf: String(sqlite3_column_int64(handle, column)).utf8)
    case SQLITE_FLOAT:
      bytes.append(contentsOf: String(sqlite3_column_double(handle, column)).utf8)
    case SQLITE_BLOB:
      let count = Int(sqlite3_column_bytes(handle, column))
      if let address = sqlite3_column_blob(handle, column), count > 0 {
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: address, count: count))
      }
    default:
      guard let address = sqlite3_column_text(handle, column) else { return }
      let count = Int(sqlite3_column_bytes(handle, column))
      var text = UnsafeBufferPointer(start: address, count: count)
      if let nul = text.firstIndex(of: 0) { text = UnsafeBufferPointer(rebasing: text[..<nul]) }
      if isValidUTF8(text) {
        bytes.append(contentsOf: text)
      } else {
        bytes.append(contentsOf: String(decoding: text, as: UTF8.self).utf8)
      }
    }
  }

  /// Whether `text` is well-formed UTF-8 (as almost every entry is: GRDB would repair one
  /// that is not, and the chain takes it as repaired).
  private static func isValidUTF8(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    if !text.contains(where: { $0 >= 0x80 }) { return true }
    var decoder = UTF8()
    var iterator = text.makeIterator()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
