import Foundation
import GRDB
import LastmileCore

extension HelpRequest: FetchableRecord {
  /// The table's columns besides the stamps.
  enum Columns {
    static let table = "help_request"
    static let receivedAt = "received_at"
    static let channel = "channel"
    static let requesterName = "requester_name"
    static let requesterPhone = "requester_phone"
    static let requesterPlace = "requester_place"
    static let householdId = "household_id"
    static let memberId = "member_id"
    static let areaId = "area_id"
    static let category = "category"
    static let content = "content"
    static let urgency = "urgency"
    static let decision = "decision"
    static let decisionNote = "decision_note"
    static let assignee = "assignee"
    static let status = "status"
    static let reply = "reply"
    static let repliedAt = "replied_at"
    static let satisfaction = "satisfaction"
    static let closedAt = "closed_at"
    static let dueOn = "due_on"
    static let extensions = "extensions"
    static let visitId = "visit_id"
    static let mergedIntoId = "merged_into_id"
  }

  public init(row: Row) throws {
    self.init(
      id: row.uuid("id") ?? UUID(), receivedAt: row[Columns.receivedAt],
      channel: row[Columns.channel] ?? .other,
      requester: Requester(
        name: row[Columns.requesterName], phone: row[Columns.requesterPhone] ?? "",
        place: row[Columns.requesterPlace] ?? "", householdId: row.uuid(Columns.householdId),
        memberId: row.uuid(Columns.memberId)),
      areaId: row.uuid(Columns.areaId), category: row[Columns.category],
      content: row[Columns.content], urgency: row[Columns.urgency] ?? .normal,
      decision: row[Columns.decision], decisionNote: row[Columns.decisionNote] ?? "",
      assignee: row[Columns.assignee] ?? "", status: row[Columns.status] ?? .registered,
      reply: row[Columns.reply] ?? "", repliedAt: row[Columns.repliedAt],
      satisfaction: row[Columns.satisfaction], closedAt: row[Columns.closedAt],
      dueOn: row[Columns.dueOn], extensions: row[Columns.extensions] ?? 0,
      visitId: row.uuid(Columns.visitId),
      mergedIntoId: row.uuid(Columns.mergedIntoId))
  }

  var columnValues: ColumnValues {
    [
      (Columns.receivedAt, receivedAt.databaseValue), (Columns.channel, channel.databaseValue),
      (Columns.requesterName, requester.name.databaseValue),
      (Columns.requesterPhone, requester.phone.databaseValue),
      (Columns.requesterPlace, requester.place.databaseValue),
      (Columns.householdId, requester.householdId.databaseValue),
      (Columns.memberId, requester.memberId.databaseValue), (Columns.areaId, areaId.databaseValue),
      (Columns.category, category.databaseValue), (Columns.content, content.databaseValue),
      (Columns.urgency, urgency.databaseValue), (Columns.decision, decision.databaseValue),
      (Columns.decisionNote, decisionNote.databaseValue),
      (Columns.assignee, assignee.databaseValue),
      (Columns.status, status.databaseValue), (Columns.reply, reply.databaseValue),
      (Columns.repliedAt, repliedAt.databaseValue),
      (Columns.satisfaction, satisfaction.databaseValue),
      (Columns.closedAt, closedAt.databaseValue),
      (Columns.dueOn, dueOn.databaseValue), (Columns.extensions, extensions.databaseValue),
      (Columns.visitId, visitId.databaseValue),
      (Columns.mergedIntoId, mergedIntoId.databaseValue),
    ]
  }
}
