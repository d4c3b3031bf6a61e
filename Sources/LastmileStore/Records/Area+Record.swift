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
    let t = Columns.table
    self.init(
      id: try row.id("id", in: t), parentId: try row.optionalId(Columns.parentId, in: t),
      level: try row.value(Columns.level, in: t), name: try row.value(Columns.name, in: t),
      code: try row.value(Columns.code, in: t))
  }

  var columnValues: ColumnValues {
    [
      (Columns.parentId, parentId.databaseValue), (Columns.level, level.databaseValue),
      (Columns.name, name.databaseValue), (Columns.code, code.databaseValue),
    ]
  }
}
