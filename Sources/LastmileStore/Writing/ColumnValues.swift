import Foundation
import GRDB
import LastmileCore

/// The values of a row's columns, in the table's order (so audit entries read naturally).
typealias ColumnValues = [(String, DatabaseValue)]

extension UUID {
  /// The UUID as the database stores it: 36 lower-case characters.
  var databaseText: String {
    let digits: StaticString = "0123456789abcdef"
    return withUnsafeBytes(of: uuid) { bytes in
      String(unsafeUninitializedCapacity: 36) { buffer in
        digits.withUTF8Buffer { hex in
          var out = 0
          for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 {
              buffer[out] = UInt8(ascii: "-")
              out += 1
            }
            buffer[out] = hex[Int(byte >> 4)]
            buffer[out + 1] = hex[Int(byte & 0x0F)]
            out += 2
          }
          return out
        }
      }
    }
  }
}

extension Optional where Wrapped == UUID {
  /// The UUID's text, or NULL.
  var databaseValue: DatabaseValue { self.map { $0.databaseText.databaseValue } ?? .null }
}

extension DatabaseValue {
  /// The value as JSON, for the audit log's before and after fields.
  var json: JSONValue {
    switch storage {
    case .null: return .null
    case .int64(let value): return .int(Int(value))
    case .double(let value): return .double(value)
    case .string(let value): return .string(value)
    case .blob(let data): return .string(data.base64EncodedString())
    }
  }
}

/// A JSON object of column values, as the audit log stores them: ID numbers and phones in
/// their masked form (`430523********1234`, `138****1234`), so that the log, which is never
/// pruned and travels in every sync bundle, keeps which identifier changed, and when, without
/// holding it in clear a second time.
func auditJSON(_ values: ColumnValues) -> String {
  JSONValue.object(values.map { ($0.0, auditMasked($0.0, $0.1).json) }).serialized()
}

/// A value as the audit log keeps it: masked in a column of ID numbers or phones.
private func auditMasked(_ column: String, _ value: DatabaseValue) -> DatabaseValue {
  guard case .string(let text) = value.storage, !text.isEmpty else { return value }
  switch column {
  case "id_number": return Masking.idNumber(text).databaseValue
  case "phone", "requester_phone": return Masking.phone(text).databaseValue
  default: return value
  }
}
