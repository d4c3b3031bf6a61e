import Foundation
import GRDB
import LastmileCore

/// Reading a stored row back into a value: a column that is missing, NULL where a value must
/// be, or holds what its type cannot be, throws `StoreError.damagedRecord` naming the table,
/// the row and the column. Nothing is made up in its place.
extension Row {
  /// The row's id, for an error that names it.
  private var rowId: String { (self["id"] as String?) ?? (self["listing_id"] as String?) ?? "?" }

  private func damaged(_ column: String, _ table: String) -> StoreError {
    .damagedRecord(table: table, id: rowId, column: column)
  }

  /// The value of `column`, which must be there.
  func value<T: DatabaseValueConvertible>(_ column: String, in table: String) throws -> T {
    guard let stored = self[column] as DatabaseValue?, let value = T.fromDatabaseValue(stored)
    else { throw damaged(column, table) }
    return value
  }

  /// The value of `column`, or nil when it is NULL; a value of the wrong kind throws.
  func optional<T: DatabaseValueConvertible>(_ column: String, in table: String) throws -> T? {
    guard let stored = self[column] as DatabaseValue? else { throw damaged(column, table) }
    if stored.isNull { return nil }
    guard let value = T.fromDatabaseValue(stored) else { throw damaged(column, table) }
    return value
  }

  /// The UUID in `column`, which must be there.
  func id(_ column: String, in table: String) throws -> UUID {
    guard let id = UUID(uuidString: try value(column, in: table) as String) else {
      throw damaged(column, table)
    }
    return id
  }

  /// The UUID in `column`, or nil when it is NULL; text that is not a UUID throws.
  func optionalId(_ column: String, in table: String) throws -> UUID? {
    guard let text: String = try optional(column, in: table) else { return nil }
    guard let id = UUID(uuidString: text) else { throw damaged(column, table) }
    return id
  }

  /// The codes of a list column (`a|b`), each read as `T`.
  func codes<T: RawRepresentable>(_ column: String, in table: String) throws -> [T]
  where T.RawValue == String {
    try ListColumn.decode(try value(column, in: table) as String).map {
      guard let code = T(rawValue: $0) else { throw damaged(column, table) }
      return code
    }
  }

  /// The UUIDs of a list column (`a|b`).
  func ids(_ column: String, in table: String) throws -> [UUID] {
    try ListColumn.decode(try value(column, in: table) as String).map {
      guard let id = UUID(uuidString: $0) else { throw damaged(column, table) }
      return id
    }
  }
}
