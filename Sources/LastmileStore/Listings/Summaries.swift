import Foundation
import GRDB
import LastmileCore

/// A household as the roster lists it.
public struct HouseholdSummary: Sendable, Hashable {
  public let id: UUID
  public let householdNo: String
  public let headName: String
  public let village: String
  public let group: String
  public let memberCount: Int
  public let categories: [HouseholdCategory]
  /// The contact cadres in force today, joined by `、`.
  public let cadres: String
  public let phone: String
  /// The date of the last visit, if any.
  public let lastVisitOn: LocalDate?
  /// Requests of the household still waiting for a reply.
  public let openRequests: Int
}

/// A visit as the diary lists it.
public struct VisitSummary: Sendable, Hashable {
  public let id: UUID
  public let date: LocalDate
  public let kind: VisitKind
  /// The cadres, joined by `、`.
  public let cadres: String
  /// The heads of the households visited, joined by `、`.
  public let households: String
  public let village: String
  public let content: String
  /// How many requests the visit raised.
  public let raised: Int
}

/// A help request as the queue lists it.
public struct RequestSummary: Sendable, Hashable {
  public let id: UUID
  public let receivedAt: LocalDateTime
  public let channel: RequestChannel
  public let requester: String
  public let village: String
  public let category: String
  public let urgency: Urgency
  public let decision: HandlingDecision?
  public let status: RequestStatus
  public let assignee: String
  public let dueOn: LocalDate?
  /// How many times the deadline was extended.
  public let extensions: Int
  /// Whether it was merged into an earlier request on the same matter.
  public let isMerged: Bool
  /// The number a person quotes (`SQ-20261125-3F-07`).
  public let number: String
  /// The matter, as the requester put it.
  public let content: String
  /// Whether its department sent it back (退单) and it waits for a new decision.
  public var returned = false
  /// Whether a close was asked for and waits for a second person's approval.
  public var awaitingApproval = false

  /// Whether it is past its deadline on `today` and still waits for a reply.
  public func isOverdue(on today: LocalDate) -> Bool {
    DeadlinePolicy.isOverdue(status: status, dueOn: dueOn, on: today)
  }
}

extension VisitSummary {
  /// A visit as a query of `visit` (with `cadre_names` and `village_name`) reads it.
  init(row: Row, households: String) throws {
    let t = Visit.Columns.table
    self.init(
      id: try row.id("id", in: t), date: try row.value("visited_on", in: t),
      kind: try row.value("kind", in: t), cadres: try row.optional("cadre_names", in: t) ?? "",
      households: households, village: try row.optional("village_name", in: t) ?? "",
      content: try row.value("content", in: t),
      raised: row.hasColumn("raised") ? try row.optional("raised", in: t) ?? 0 : 0)
  }
}
