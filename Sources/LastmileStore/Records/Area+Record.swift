import Foundation
import GRDB
import LastmileCore

extension Area: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "area"
    static let parentId = "parent_id"
    static let level = "level"
    static let name = "name"
    static let code = "code"
  }

  public init(row: Row) throws {
    self.init(
      id: row.uuid("id") ?? UUID(), parentId: row.uuid(Columns.parentId),
      level: row[Columns.level] ?? .village, name: row[Columns.name], code: row[Columns.code] ?? "")
  }

  var columnValues: ColumnValues {
    [
      (Columns.parentId, parentId.databaseValue), (Columns.level, level.databaseValue),
      (Columns.name, name.databaseValue), (Columns.code, code.databaseValue),
    ]
  }
}
