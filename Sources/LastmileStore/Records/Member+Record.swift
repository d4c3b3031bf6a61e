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
    let t = Columns.table
    self.init(
      id: try row.id("id", in: t), householdId: try row.id(Columns.householdId, in: t),
      name: try row.value(Columns.name, in: t), relation: try row.value(Columns.relation, in: t),
      sex: try row.optional(Columns.sex, in: t),
      birthDate: try row.optional(Columns.birthDate, in: t),
      idNumber: try row.value(Columns.idNumber, in: t), phone: try row.value(Columns.phone, in: t),
      health: try row.value(Columns.health, in: t),
      disability: try row.value(Columns.disability, in: t),
      schooling: try row.value(Columns.schooling, in: t),
      tags: ListColumn.decode(try row.value(Columns.tags, in: t) as String),
      notes: try row.value(Columns.notes, in: t))
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
