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
    let t = Columns.table
    self.init(
      id: try row.id("id", in: t), householdNo: try row.value(Columns.householdNo, in: t),
      headName: try row.value(Columns.headName, in: t),
      areaId: try row.optionalId(Columns.areaId, in: t),
      address: try row.value(Columns.address, in: t), phone: try row.value(Columns.phone, in: t),
      categories: try row.codes(Columns.categories, in: t),
      povertyCause: try row.optional(Columns.povertyCause, in: t),
      cardIssuedOn: try row.optional(Columns.cardIssuedOn, in: t),
      helpMeasures: try row.value(Columns.helpMeasures, in: t),
      notes: try row.value(Columns.notes, in: t))
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
