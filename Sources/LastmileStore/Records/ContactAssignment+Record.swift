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
    let t = Columns.table
    let target: Target =
      if let household = try row.optionalId(Columns.householdId, in: t) {
        .household(household)
      } else {
        .area(try row.id(Columns.areaId, in: t))
      }
    self.init(
      id: try row.id("id", in: t), cadreId: try row.id(Columns.cadreId, in: t), target: target,
      startsOn: try row.value(Columns.startsOn, in: t),
      endsOn: try row.optional(Columns.endsOn, in: t), note: try row.value(Columns.note, in: t))
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
