import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Starts a contact assignment; the cadre and the household or area must be live.
  public func assignContact(_ assignment: ContactAssignment) throws {
    try write { db, context in
      guard try db.isLive(Cadre.Columns.table, assignment.cadreId) else {
        throw StoreError.invalidRecord([
          FieldProblem(.cadre, .missingReference(assignment.cadreId.databaseText))
        ])
      }
      try db.saveAudited(
        table: ContactAssignment.Columns.table, id: assignment.id, values: assignment.columnValues,
        context: context)
    }
  }

  /// Ends an assignment on `date`; the history keeps it. Returns true when it ends before the
  /// year the documents ask for, so that the caller can warn.
  @discardableResult
  public func endContact(id: UUID, on date: LocalDate, note: String = "") throws -> Bool {
    try write { db, context in
      guard
        var assignment = try ContactAssignment.fetchOne(
          db, sql: "SELECT * FROM contact_assignment WHERE id = ? AND deleted_at IS NULL",
          arguments: [id.databaseText])
      else {
        throw db.goneError(table: ContactAssignment.Columns.table, id: id.databaseText)
      }
      assignment.endsOn = date
      try db.updateAudited(
        table: ContactAssignment.Columns.table, id: id.databaseText,
        values: assignment.columnValues,
        context: context, action: "end", note: note)
      return assignment.endsTooEarly(on: date)
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
