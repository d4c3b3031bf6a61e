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
    static let number = "number"
    static let returnedAt = "returned_at"
    static let meeting = "meeting"
    static let replyKind = "reply_kind"
    static let closeRequestedBy = "close_requested_by"
    static let closeRequestedAt = "close_requested_at"
    static let closeSatisfaction = "close_satisfaction"
    static let closeNote = "close_note"
  }

  public init(row: Row) throws {
    let t = Columns.table
    self.init(
      id: try row.id("id", in: t), receivedAt: try row.value(Columns.receivedAt, in: t),
      channel: try row.value(Columns.channel, in: t),
      requester: Requester(
        name: try row.value(Columns.requesterName, in: t),
        phone: try row.value(Columns.requesterPhone, in: t),
        place: try row.value(Columns.requesterPlace, in: t),
        householdId: try row.optionalId(Columns.householdId, in: t),
        memberId: try row.optionalId(Columns.memberId, in: t)),
      areaId: try row.optionalId(Columns.areaId, in: t),
      category: try row.value(Columns.category, in: t),
      content: try row.value(Columns.content, in: t),
      urgency: try row.value(Columns.urgency, in: t),
      decision: try row.optional(Columns.decision, in: t),
      decisionNote: try row.value(Columns.decisionNote, in: t),
      assignee: try row.value(Columns.assignee, in: t),
      status: try row.value(Columns.status, in: t),
      reply: try row.value(Columns.reply, in: t),
      repliedAt: try row.optional(Columns.repliedAt, in: t),
      satisfaction: try row.optional(Columns.satisfaction, in: t),
      closedAt: try row.optional(Columns.closedAt, in: t),
      dueOn: try row.optional(Columns.dueOn, in: t),
      extensions: try row.value(Columns.extensions, in: t),
      visitId: try row.optionalId(Columns.visitId, in: t),
      mergedIntoId: try row.optionalId(Columns.mergedIntoId, in: t),
      number: row.hasColumn(Columns.number) ? (try row.optional(Columns.number, in: t)) ?? "" : "",
      returnedAt: row.hasColumn(Columns.returnedAt)
        ? try row.optional(Columns.returnedAt, in: t) : nil,
      meeting: row.hasColumn(Columns.meeting) ? try row.optional(Columns.meeting, in: t) : nil,
      replyKind: row.hasColumn(Columns.replyKind)
        ? try row.optional(Columns.replyKind, in: t) : nil,
      closeRequest: try Self.closeRequest(row))
  }

  /// The close waiting for approval a row holds, if any.
  private static func closeRequest(_ row: Row) throws -> CloseRequest? {
    let t = Columns.table
    guard row.hasColumn(Columns.closeRequestedBy),
      let by: String = try row.optional(Columns.closeRequestedBy, in: t),
      let at: LocalDateTime = try row.optional(Columns.closeRequestedAt, in: t),
      let satisfaction: Satisfaction = try row.optional(Columns.closeSatisfaction, in: t)
    else { return nil }
    return CloseRequest(
      by: by, at: at, satisfaction: satisfaction, note: try row.value(Columns.closeNote, in: t))
  }

  var columnValues: ColumnValues {
    let values: ColumnValues = [
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
      (Columns.returnedAt, returnedAt.databaseValue),
      (Columns.meeting, meeting.databaseValue), (Columns.replyKind, replyKind.databaseValue),
      (Columns.closeRequestedBy, closeRequest?.by.databaseValue ?? .null),
      (Columns.closeRequestedAt, closeRequest?.at.databaseValue ?? .null),
      (Columns.closeSatisfaction, closeRequest?.satisfaction.databaseValue ?? .null),
      (Columns.closeNote, (closeRequest?.note ?? "").databaseValue),
    ]
    // A request's number is given once; a row read without it (an import's) keeps the stored.
    return number.isEmpty ? values : values + [(Columns.number, number.databaseValue)]
  }
}
