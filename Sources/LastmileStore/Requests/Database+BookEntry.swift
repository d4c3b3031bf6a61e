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

extension Database {
  /// Writes the lines of the walk-ins that have none yet, as they stand (after a bulk load of
  /// demo data, whose walk-ins were logged long ago).
  func fillMissingBookEntries(_ context: ChangeContext) throws {
    try execute(
      sql: """
        INSERT INTO reception_entry (id, request_id, day, received_at, requester_name, address,
            phone, content, decision, decision_note, assignee, due_on, status, late, recorded_by,
            created_at, updated_at, device_id)
          SELECT r.id, r.id, substr(r.received_at, 1, 10), r.received_at, r.requester_name,
            coalesce(nullif(h.address, ''), nullif(r.requester_place, ''), a.name, ''),
            r.requester_phone, r.content, r.decision, r.decision_note, r.assignee,
            CASE WHEN r.decision = 'solved_on_spot' THEN NULL ELSE r.due_on END, r.status, 0,
            ?, r.created_at, r.created_at, r.device_id
          FROM help_request r
          LEFT JOIN household h ON h.id = r.household_id
          LEFT JOIN area a ON a.id = r.area_id
          WHERE r.channel = 'walk_in' AND r.deleted_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM reception_entry e WHERE e.request_id = r.id)
        """, arguments: [context.operatorName])
  }
}
