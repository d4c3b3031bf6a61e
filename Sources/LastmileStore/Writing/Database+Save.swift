import Foundation
import GRDB
import LastmileCore

extension Database {
  /// Inserts the row when `id` is new, updates it when it is live; a tombstone is refused.
  ///
  /// Returns true when something was written.
  @discardableResult
  func saveAudited(
    table: String, id: UUID, values: ColumnValues, context: ChangeContext,
    insertAction: String = "insert", updateAction: String = "update", note: String = ""
  ) throws -> Bool {
    let live = try Bool.fetchOne(
      try cachedStatement(sql: "SELECT deleted_at IS NULL FROM \(table) WHERE id = ?"),
      arguments: [id.databaseText])
    switch live {
    case nil:
      try insertAudited(
        into: table, id: id.databaseText, values: values, context: context, action: insertAction,
        note: note)
      return true
    case true?:
      return try updateAudited(
        table: table, id: id.databaseText, values: values, context: context, action: updateAction,
        note: note)
    case false?:
      throw goneError(table: table, id: id.databaseText)
    }
  }

  /// Whether a live row of `table` has this id.
  func isLive(_ table: String, _ id: UUID) throws -> Bool {
    try Bool.fetchOne(
      self, sql: "SELECT 1 FROM \(table) WHERE id = ? AND deleted_at IS NULL",
      arguments: [id.databaseText]) ?? false
  }
}

extension Result where Failure == FieldProblems {
  /// The valid value, or the problems thrown as one store error.
  func orThrow() throws -> Success {
    switch self {
    case .success(let value): return value
    case .failure(let problems): throw StoreError.invalidRecord(problems.all)
    }
  }
}
