import Foundation
import GRDB
import LastmileCore

extension Visit: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "visit"
    static let visitedOn = "visited_on"
    static let kind = "kind"
    static let areaId = "area_id"
    static let hours = "hours"
    static let cadreIds = "cadre_ids"
    static let householdIds = "household_ids"
    static let content = "content"
    static let problems = "problems"
    static let followUpOn = "follow_up_on"
    static let overnight = "overnight"
    static let followUpDoneOn = "follow_up_done_on"
  }

  public init(row: Row) throws {
    let t = Columns.table
    self.init(
      id: try row.id("id", in: t), date: try row.value(Columns.visitedOn, in: t),
      kind: try row.value(Columns.kind, in: t), cadreIds: try row.ids(Columns.cadreIds, in: t),
      householdIds: try row.ids(Columns.householdIds, in: t),
      areaId: try row.optionalId(Columns.areaId, in: t),
      hours: try row.optional(Columns.hours, in: t), content: try row.value(Columns.content, in: t),
      problems: try row.value(Columns.problems, in: t),
      followUpOn: try row.optional(Columns.followUpOn, in: t),
      overnight: try row.value(Columns.overnight, in: t),
      followUpDoneOn: try row.optional(Columns.followUpDoneOn, in: t))
  }

  var columnValues: ColumnValues {
    [
      (Columns.visitedOn, date.databaseValue), (Columns.kind, kind.databaseValue),
      (Columns.areaId, areaId.databaseValue), (Columns.hours, hours.databaseValue),
      (Columns.cadreIds, ListColumn.encode(cadreIds.map(\.databaseText)).databaseValue),
      (Columns.householdIds, ListColumn.encode(householdIds.map(\.databaseText)).databaseValue),
      (Columns.content, content.databaseValue), (Columns.problems, problems.databaseValue),
      (Columns.followUpOn, followUpOn.databaseValue),
      (Columns.overnight, overnight.databaseValue),
      (Columns.followUpDoneOn, followUpDoneOn.databaseValue),
    ]
  }
}
