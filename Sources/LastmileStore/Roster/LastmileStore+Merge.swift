import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Merges a household into another (two records of one household): its members, visits,
  /// requests and contact assignments move to `target`, and it is left as a tombstone. Every
  /// move is in the audit log; all of it happens or none.
  public func mergeHousehold(_ sourceId: UUID, into targetId: UUID) throws {
    guard sourceId != targetId else {
      throw StoreError.invalidRecord([FieldProblem(.householdNo, .duplicate(sourceId.databaseText))]
      )
    }
    try write { db, context in
      let source = sourceId.databaseText
      let target = targetId.databaseText
      guard try db.isLive(Household.Columns.table, sourceId) else {
        throw db.goneError(table: "household", id: source)
      }
      guard try db.isLive(Household.Columns.table, targetId) else {
        throw db.goneError(table: "household", id: target)
      }
      let note = "merged from household \(source) into \(target)"
      for member in try String.fetchAll(
        db, sql: "SELECT id FROM member WHERE household_id = ? AND deleted_at IS NULL",
        arguments: [source])
      {
        try db.updateAudited(
          table: Member.Columns.table, id: member,
          values: [(Member.Columns.householdId, target.databaseValue)],
          context: context, action: "merge", note: note)
      }
      for request in try String.fetchAll(
        db, sql: "SELECT id FROM help_request WHERE household_id = ? AND deleted_at IS NULL",
        arguments: [source])
      {
        try db.updateAudited(
          table: HelpRequest.Columns.table, id: request,
          values: [(HelpRequest.Columns.householdId, target.databaseValue)], context: context,
          action: "merge",
          note: note)
      }
      for assignment in try String.fetchAll(
        db, sql: "SELECT id FROM contact_assignment WHERE household_id = ? AND deleted_at IS NULL",
        arguments: [source])
      {
        try db.updateAudited(
          table: ContactAssignment.Columns.table, id: assignment,
          values: [(ContactAssignment.Columns.householdId, target.databaseValue)], context: context,
          action: "merge", note: note)
      }
      for visitId in try String.fetchAll(
        db, sql: "SELECT visit_id FROM visit_household WHERE household_id = ?", arguments: [source])
      {
        guard
          var visit = try Visit.fetchOne(
            db, sql: "SELECT * FROM visit WHERE id = ?", arguments: [visitId])
        else {
          continue
        }
        var households: [UUID] = []
        for id in visit.householdIds.map({ $0 == sourceId ? targetId : $0 })
        where !households.contains(id) {
          households.append(id)
        }
        visit.householdIds = households
        try db.updateAudited(
          table: Visit.Columns.table, id: visitId, values: visit.columnValues, context: context,
          action: "merge",
          note: note)
        try VisitIndex.rewrite(db, visit)
      }
      try db.tombstoneAudited(
        table: Household.Columns.table, id: source, context: context, note: note)
      try SearchIndex.refresh(db, households: [source, target])
    }
  }
}
