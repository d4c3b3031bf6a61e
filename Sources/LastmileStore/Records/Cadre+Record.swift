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
  }

  public init(row: Row) throws {
    self.init(
      id: row.uuid("id") ?? UUID(), name: row[Columns.name], role: row[Columns.role] ?? .staff,
      unit: row[Columns.unit] ?? "", phone: row[Columns.phone] ?? "",
      notes: row[Columns.notes] ?? "")
  }

  var columnValues: ColumnValues {
    [
      (Columns.name, name.databaseValue), (Columns.role, role.databaseValue),
      (Columns.unit, unit.databaseValue), (Columns.phone, phone.databaseValue),
      (Columns.notes, notes.databaseValue),
    ]
  }
}
