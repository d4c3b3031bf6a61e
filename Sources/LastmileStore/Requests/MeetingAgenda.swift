import Foundation
import GRDB
import LastmileCore

/// A meeting's agenda (会议研究): the requests referred to it and not yet decided, oldest first.
public struct MeetingAgenda: Sendable, Equatable {
  /// A matter on the agenda: the request, and what the meeting is asked.
  public struct Item: Sendable, Equatable {
    public let request: RequestSummary
    public let question: String
  }

  public let meeting: MeetingKind
  public let officeName: String
  /// The day it was read (the week it is the agenda of).
  public let asOf: LocalDate
  public let items: [Item]
}

extension LastmileStore {
  /// The agenda of `meeting`: the requests referred to it and still waiting for its decision
  /// (requests referred before meetings were told apart go to the office meeting).
  public func meetingAgenda(_ meeting: MeetingKind) throws -> MeetingAgenda {
    let items = try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT t.*, v.name AS village_name FROM help_request t \(ExportQueries.villageJoin)
          WHERE t.deleted_at IS NULL AND t.decision = 'meeting' AND t.status = 'in_progress'
            AND ifnull(t.meeting, 'office') = ?
          ORDER BY t.received_at, t.id
          """, arguments: [meeting.rawValue]
      ).map { row in
        MeetingAgenda.Item(request: try RequestSummary(row: row), question: row["decision_note"])
      }
    }
    return MeetingAgenda(
      meeting: meeting, officeName: try localitySettings().officeName, asOf: clock.today,
      items: items)
  }

  /// Records what a meeting decided, every matter in one transaction: each request moves on
  /// (solved by someone by a day, transferred, or explained), or, when one cannot, none does.
  public func recordMeetingDecisions(_ decisions: [(UUID, MeetingOutcome)]) throws {
    let policy = rules.deadlines
    try write { db, context in
      for (id, outcome) in decisions {
        guard let request = try HelpRequest.live(id, db) else {
          throw db.goneError(table: HelpRequest.Columns.table, id: id.databaseText)
        }
        _ = try handle(request, .meetingDecision(outcome), policy: policy, db, context)
      }
    }
  }
}
