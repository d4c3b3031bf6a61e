import Foundation
import GRDB
import LastmileCore

extension Member: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "member"
    static let householdId = "household_id"
    static let name = "name"
    static let relation = "relation"
    static let sex = "sex"
    static let birthDate = "birth_date"
    static let idNumber = "id_number"
    static let phone = "phone"
    static let health = "health"
    static let disability = "disability"
    static let schooling = "schooling"
    static let tags = "tags"
    static let notes = "notes"
  }

  public init(row: Row) throws {
    self.init(
      id: row.uuid("id") ?? UUID(), householdId: row.uuid(Columns.householdId) ?? UUID(),
      name: row[Columns.name], relation: row[Columns.relation] ?? .other, sex: row[Columns.sex],
      birthDate: row[Columns.birthDate], idNumber: row[Columns.idNumber] ?? "",
      phone: row[Columns.phone] ?? "", health: row[Columns.health] ?? "",
      disability: row[Columns.disability] ?? "", schooling: row[Columns.schooling] ?? "",
      tags: ListColumn.decode(row[Columns.tags]), notes: row[Columns.notes] ?? "")
  }

  var columnValues: ColumnValues {
    [
      (Columns.householdId, householdId.databaseText.databaseValue),
      (Columns.name, name.databaseValue), (Columns.relation, relation.databaseValue),
      (Columns.sex, sex.databaseValue), (Columns.birthDate, birthDate.databaseValue),
      (Columns.idNumber, idNumber.databaseValue), (Columns.phone, phone.databaseValue),
      (Columns.health, health.databaseValue), (Columns.disability, disability.databaseValue),
      (Columns.schooling, schooling.databaseValue),
      (Columns.tags, ListColumn.encode(tags).databaseValue), (Columns.notes, notes.databaseValue),
    ]
  }
}
