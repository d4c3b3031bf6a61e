import Foundation
import GRDB
import LastmileCore

extension ContactAssignment: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "contact_assignment"
    static let cadreId = "cadre_id"
    static let householdId = "household_id"
    static let areaId = "area_id"
    static let startsOn = "starts_on"
    static let endsOn = "ends_on"
    static let note = "note"
  }

  public init(row: Row) throws {
    let target: Target =
      if let household = row.uuid(Columns.householdId) { .household(household) } else {
        .area(row.uuid(Columns.areaId) ?? UUID())
      }
    self.init(
      id: row.uuid("id") ?? UUID(), cadreId: row.uuid(Columns.cadreId) ?? UUID(), target: target,
      startsOn: row[Columns.startsOn], endsOn: row[Columns.endsOn], note: row[Columns.note] ?? "")
  }

  var columnValues: ColumnValues {
    var household: UUID?
    var area: UUID?
    switch target {
    case .household(let id): household = id
    case .area(let id): area = id
    }
    return [
      (Columns.cadreId, cadreId.databaseText.databaseValue),
      (Columns.householdId, household.databaseValue), (Columns.areaId, area.databaseValue),
      (Columns.startsOn, startsOn.databaseValue), (Columns.endsOn, endsOn.databaseValue),
      (Columns.note, note.databaseValue),
    ]
  }
}
