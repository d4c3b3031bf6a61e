import Foundation
import GRDB
import LastmileCore

extension Cadre: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "cadre"
    static let name = "name"
    static let role = "role"
    static let unit = "unit"
    static let phone = "phone"
    static let notes = "notes"
    static let roleSince = "role_since"
    /// The name in pinyin, for sorting (derived from the name).
    static let namePinyin = "name_pinyin"
  }

  public init(row: Row) throws {
    let t = Columns.table
    self.init(
      id: try row.id("id", in: t), name: try row.value(Columns.name, in: t),
      role: try row.value(Columns.role, in: t),
      roleSince: try row.optional(Columns.roleSince, in: t),
      unit: try row.value(Columns.unit, in: t),
      phone: try row.value(Columns.phone, in: t), notes: try row.value(Columns.notes, in: t))
  }

  var columnValues: ColumnValues {
    [
      (Columns.name, name.databaseValue), (Columns.role, role.databaseValue),
      (Columns.roleSince, roleSince.databaseValue),
      (Columns.unit, unit.databaseValue), (Columns.phone, phone.databaseValue),
      (Columns.notes, notes.databaseValue),
      (Columns.namePinyin, Pinyin.full(name).databaseValue),
    ]
  }
}
