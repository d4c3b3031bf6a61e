import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// A cadre's month: each day's visits, stationed days and reception duty, with the totals.
  public func cadreMonth(_ cadre: CadreRef, year: Int, month: Int) throws -> CadreMonth {
    guard let first = LocalDate(year: year, month: month, day: 1) else {
      throw StoreError.invalidRecord([FieldProblem(.date, .invalidDate("\(year)-\(month)"))])
    }
    let last = first.lastOfMonth
    let stationed = try stationedDays(cadre: cadre.id, from: first, through: last)
    return try read { db in
      var days: [LocalDate: CadreMonth.Day] = [:]
      var written: [VisitKind: Int] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT v.visited_on, v.kind,
            (SELECT count(*) FROM visit_household vh WHERE vh.visit_id = v.id) AS households
          FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id
          WHERE vc.cadre_id = ? AND vc.visited_on BETWEEN ? AND ? AND v.deleted_at IS NULL
          """,
        arguments: [cadre.id.databaseText, first, last])
      for row in rows {
        let day: LocalDate = try row.value("visited_on", in: Visit.Columns.table)
        let kind: VisitKind = try row.value("kind", in: Visit.Columns.table)
        var marks = days[day] ?? CadreMonth.Day()
        marks.entries += 1
        marks.households += row["households"] as Int
        if kind == .stationed { marks.stationed = true }
        if kind.isWritten {
          written[kind, default: 0] += 1
        } else if kind != .homeVisit, kind != .phone {
          marks.wentOut = true
        }
        days[day] = marks
      }
      let desk = try LocalDate.fetchAll(
        db,
        sql: """
          SELECT DISTINCT day FROM reception_entry
          WHERE recorded_by = ? AND day BETWEEN ? AND ? AND deleted_at IS NULL
          """,
        arguments: [cadre.name, first, last])
      for day in desk { days[day, default: CadreMonth.Day()].reception = true }
      let households =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(DISTINCT vh.household_id) FROM visit_cadre vc
            JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
            JOIN visit_household vh ON vh.visit_id = v.id
            WHERE vc.cadre_id = ? AND vc.visited_on BETWEEN ? AND ?
            """,
          arguments: [cadre.id.databaseText, first, last]) ?? 0
      return CadreMonth(
        cadre: cadre, year: year, month: month, days: days, stationed: stationed,
        householdsVisited: households, written: written)
    }
  }

  /// The cadre with this id, if live.
  public func cadreRef(id: UUID) throws -> CadreRef? {
    try cadreRefs([id]).first
  }
}
