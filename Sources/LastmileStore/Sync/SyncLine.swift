import GRDB

/// One line of a bundle read into the log's columns: SQLite's JSON reader takes its parts
/// (it reads the line once for all of them), and the line is an operation only when every
/// part is of its type: device and field not empty, a positive number, a clock reading that
/// sorts as text, a known kind, a new row's fields an object, and its id (when given) its
/// device and number.
enum SyncLine {
  static let partsSQL = """
    SELECT json_extract(:line, '$.device'), json_extract(:line, '$.seq'),
      json_extract(:line, '$.hlc'), json_extract(:line, '$.table'), json_extract(:line, '$.row'),
      json_extract(:line, '$.kind'), json_extract(:line, '$.field'),
      json_extract(:line, '$.value'), json_type(:line, '$.value'),
      json_extract(:line, '$.prior'), json_extract(:line, '$.id')
    """

  static let insertSQL = """
    INSERT OR IGNORE INTO sync_op
      (id, device_id, seq, version, table_name, row_id, kind, field, value, prior, received_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// The log's columns but `received_at` for `line`; nil when it is not an operation.
  static func columns(_ line: String, parts: Statement) throws -> [DatabaseValue]? {
    guard let row = try Row.fetchOne(parts, arguments: ["line": line]) else { return nil }
    guard case .string(let device) = (row[0] as DatabaseValue).storage, !device.isEmpty,
      case .int64(let seq) = (row[1] as DatabaseValue).storage, seq > 0,
      case .string(let clock) = (row[2] as DatabaseValue).storage, isClock(clock),
      case .string = (row[3] as DatabaseValue).storage,
      case .string = (row[4] as DatabaseValue).storage,
      case .string(let kind) = (row[5] as DatabaseValue).storage,
      ["row", "set", "delete"].contains(kind),
      case .string(let field) = (row[6] as DatabaseValue).storage, !field.isEmpty
    else { return nil }
    let id = "\(device):\(seq)"
    if kind == "row", (row[8] as String?) != "object" { return nil }
    let prior = row[9] as DatabaseValue
    switch prior.storage {
    case .null, .string: break
    default: return nil
    }
    switch (row[10] as DatabaseValue).storage {
    case .null: break
    case .string(let given) where given == id: break
    default: return nil
    }
    let seqText = String(seq)
    let version = clock + "/" + String(repeating: "0", count: max(0, 12 - seqText.count)) + seqText
    return [
      id.databaseValue, device.databaseValue, seq.databaseValue, version.databaseValue, row[3],
      row[4], kind.databaseValue, field.databaseValue, row[7], prior,
    ]
  }

  /// A clock reading as `HybridTimestamp` writes it: 16 digits, 5, and the device.
  static func isClock(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count > 23, bytes[16] == 0x2D, bytes[22] == 0x2D else { return false }
    return bytes[0..<16].allSatisfy { (0x30...0x39).contains($0) }
      && bytes[17..<22].allSatisfy { (0x30...0x39).contains($0) }
  }
}
