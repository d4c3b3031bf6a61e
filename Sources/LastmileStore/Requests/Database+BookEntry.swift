import Foundation
import GRDB
import LastmileCore

extension Database {
  /// Writes the record book's line for a walk-in, as it stands now: what was written at the
  /// desk. It is never rewritten by the request's later handling. A line written after the
  /// day's book was handed over is a late entry (补录), with who wrote it and when.
  func recordBookEntry(for request: HelpRequest, _ context: ChangeContext) throws {
    guard request.channel == .walkIn else { return }
    let day = request.receivedAt.date
    let handedOver =
      try Bool.fetchOne(
        self,
        sql: "SELECT 1 FROM reception_handover WHERE day = ? AND deleted_at IS NULL",
        arguments: [day]) ?? false
    let address =
      try String.fetchOne(
        self,
        sql: """
          SELECT coalesce(nullif((SELECT address FROM household WHERE id = ?), ''), nullif(?, ''),
            (SELECT name FROM area WHERE id = ?), '')
          """,
        arguments: [
          request.requester.householdId?.databaseText, request.requester.place,
          request.areaId?.databaseText,
        ]) ?? ""
    try insertAudited(
      into: "reception_entry", id: UUID.timeOrdered().databaseText,
      values: [
        ("request_id", request.id.databaseText.databaseValue),
        ("day", day.databaseValue), ("received_at", request.receivedAt.databaseValue),
        ("requester_name", request.requester.name.databaseValue),
        ("address", address.databaseValue), ("phone", request.requester.phone.databaseValue),
        ("content", request.content.databaseValue), ("decision", request.decision.databaseValue),
        ("decision_note", request.decisionNote.databaseValue),
        ("assignee", request.assignee.databaseValue),
        ("due_on", (request.decision == .solvedOnSpot ? nil : request.dueOn).databaseValue),
        ("status", request.status.databaseValue), ("late", handedOver.databaseValue),
        ("recorded_by", context.operatorName.databaseValue),
      ], context: context, action: handedOver ? "late_entry" : "insert")
  }
}
