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
  }

  public init(row: Row) throws {
    self.init(
      id: row.uuid("id") ?? UUID(), date: row[Columns.visitedOn],
      kind: row[Columns.kind] ?? .homeVisit,
      cadreIds: ListColumn.decode(row[Columns.cadreIds]).compactMap(UUID.init(uuidString:)),
      householdIds: ListColumn.decode(row[Columns.householdIds]).compactMap(UUID.init(uuidString:)),
      areaId: row.uuid(Columns.areaId),
      hours: row[Columns.hours], content: row[Columns.content] ?? "",
      problems: row[Columns.problems] ?? "", followUpOn: row[Columns.followUpOn])
  }

  var columnValues: ColumnValues {
    [
      (Columns.visitedOn, date.databaseValue), (Columns.kind, kind.databaseValue),
      (Columns.areaId, areaId.databaseValue), (Columns.hours, hours.databaseValue),
      (Columns.cadreIds, ListColumn.encode(cadreIds.map(\.databaseText)).databaseValue),
      (Columns.householdIds, ListColumn.encode(householdIds.map(\.databaseText)).databaseValue),
      (Columns.content, content.databaseValue), (Columns.problems, problems.databaseValue),
      (Columns.followUpOn, followUpOn.databaseValue),
    ]
  }
}
