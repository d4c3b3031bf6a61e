import Foundation
import GRDB
import LastmileCore

extension Household: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "household"
    static let householdNo = "household_no"
    static let headName = "head_name"
    static let areaId = "area_id"
    static let address = "address"
    static let phone = "phone"
    static let categories = "categories"
    static let povertyCause = "poverty_cause"
    static let cardIssuedOn = "card_issued_on"
    static let helpMeasures = "help_measures"
    static let notes = "notes"
  }

  public init(row: Row) throws {
    self.init(
      id: row.uuid("id") ?? UUID(), householdNo: row[Columns.householdNo],
      headName: row[Columns.headName], areaId: row.uuid(Columns.areaId),
      address: row[Columns.address] ?? "", phone: row[Columns.phone] ?? "",
      categories: ListColumn.decode(row[Columns.categories]).compactMap(
        HouseholdCategory.init(rawValue:)),
      povertyCause: row[Columns.povertyCause], cardIssuedOn: row[Columns.cardIssuedOn],
      helpMeasures: row[Columns.helpMeasures] ?? "", notes: row[Columns.notes] ?? "")
  }

  var columnValues: ColumnValues {
    [
      (Columns.householdNo, householdNo.databaseValue), (Columns.headName, headName.databaseValue),
      (Columns.areaId, areaId.databaseValue), (Columns.address, address.databaseValue),
      (Columns.phone, phone.databaseValue),
      (Columns.categories, ListColumn.encode(categories.map(\.rawValue)).databaseValue),
      (Columns.povertyCause, povertyCause.databaseValue),
      (Columns.cardIssuedOn, cardIssuedOn.databaseValue),
      (Columns.helpMeasures, helpMeasures.databaseValue), (Columns.notes, notes.databaseValue),
    ]
  }
}
