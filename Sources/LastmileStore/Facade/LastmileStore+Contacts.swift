import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Starts a contact assignment; the cadre and the household or area must be live, the day
  /// not after today, and the cadre must not hold the same contact already.
  public func assignContact(_ assignment: ContactAssignment) throws {
    if assignment.startsOn > clock.today {
      throw StoreError.invalidRecord([
        FieldProblem(.date, .inFuture(assignment.startsOn.description))
      ])
    }
    try write { db, context in
      guard try db.isLive(Cadre.Columns.table, assignment.cadreId) else {
        throw StoreError.invalidRecord([
          FieldProblem(.cadre, .missingReference(assignment.cadreId.databaseText))
        ])
      }
      let (column, field, target) =
        switch assignment.target {
        case .household(let id): ("household_id", FieldName.households, id)
        case .area(let id): ("area_id", FieldName.place, id)
        }
      let held = try LocalDate.fetchOne(
        db,
        sql: "SELECT starts_on FROM contact_assignment WHERE cadre_id = ? AND \(column) = ? "
          + "AND ends_on IS NULL AND deleted_at IS NULL",
        arguments: [assignment.cadreId.databaseText, target.databaseText])
      if let held {
        throw StoreError.invalidRecord([FieldProblem(field, .duplicate(held.description))])
      }
      try db.saveAudited(
        table: ContactAssignment.Columns.table, id: assignment.id, values: assignment.columnValues,
        context: context)
    }
  }

  /// Ends an assignment on `date` (not after today, not before it began); the history keeps
  /// it. Returns true when it ends before the months its cadre's role asks a contact to be
  /// kept, so that the caller can warn.
  @discardableResult
  public func endContact(id: UUID, on date: LocalDate, note: String = "") throws -> Bool {
    if date > clock.today {
      throw StoreError.invalidRecord([FieldProblem(.date, .inFuture(date.description))])
    }
    return try write { db, context in
      guard
        var assignment = try ContactAssignment.fetchOne(
          db, sql: "SELECT * FROM contact_assignment WHERE id = ? AND deleted_at IS NULL",
          arguments: [id.databaseText])
      else {
        throw db.goneError(table: ContactAssignment.Columns.table, id: id.databaseText)
      }
      if date < assignment.startsOn {
        throw StoreError.invalidRecord([
          FieldProblem(.date, .notBefore(assignment.startsOn.description))
        ])
      }
      assignment.endsOn = date
      try db.updateAudited(
        table: ContactAssignment.Columns.table, id: id.databaseText,
        values: assignment.columnValues,
        context: context, action: "end", note: note)
      let role = try CadreRole.fetchOne(
        db, sql: "SELECT role FROM cadre WHERE id = ?",
        arguments: [assignment.cadreId.databaseText])
      let months = role.flatMap { rules.rules(of: $0).quotas[.minimumContactMonths] }
      return months.map { assignment.startsOn.adding(months: $0) > date } ?? false
    }
  }

  /// Every assignment of a household, the newest first (the history of who contacted it).
  public func contactHistory(ofHousehold householdId: UUID) throws -> [ContactAssignment] {
    try read { db in
      try ContactAssignment.fetchAll(
        db,
        sql: """
          SELECT * FROM contact_assignment WHERE household_id = ? AND deleted_at IS NULL
          ORDER BY starts_on DESC
          """,
        arguments: [householdId.databaseText])
    }
  }
}
