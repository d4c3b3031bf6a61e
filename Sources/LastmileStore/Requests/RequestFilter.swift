import Foundation
import LastmileCore

/// The filters of the request queue; they combine (all must hold).
public struct RequestFilter: Sendable, Hashable {
  /// Only the requests in one of these statuses (every status when empty).
  public var statuses: Set<RequestStatus> = []
  /// A category code.
  public var category: String?
  public var channel: RequestChannel?
  public var decision: HandlingDecision?
  /// Who handles it (承办人), as written.
  public var assignee: String?
  /// Only requests past their deadline today and still waiting for a reply.
  public var overdue = false
  /// Only the walk-ins of this reception day.
  public var receptionDay: LocalDate?
  /// Only the requests received on these days.
  public var receivedIn: ClosedRange<LocalDate>?
  /// Only the requests of this area (and the areas in it).
  public var area: UUID?
  /// Only the requests not yet closed (registered, in progress or replied).
  public var stillOpen = false
  /// Only the requests whose number starts with this, or whose requester, matter or reply
  /// holds it (`/` in the queue).
  public var text: String?
  /// Only the requests the record book's deadlines flag so.
  public var flag: DeskFlag?

  public init(
    status: RequestStatus? = nil, statuses: Set<RequestStatus> = [], category: String? = nil,
    channel: RequestChannel? = nil,
    decision: HandlingDecision? = nil, assignee: String? = nil, overdue: Bool = false,
    receptionDay: LocalDate? = nil, receivedIn: ClosedRange<LocalDate>? = nil, area: UUID? = nil,
    text: String? = nil, flag: DeskFlag? = nil
  ) {
    self.flag = flag
    self.statuses = statuses.union(status.map { [$0] } ?? [])
    self.category = category
    self.channel = channel
    self.decision = decision
    self.assignee = assignee
    self.overdue = overdue
    self.receptionDay = receptionDay
    self.receivedIn = receivedIn
    self.area = area
    self.text = text
  }

  /// Whether no filter is set.
  public var isEmpty: Bool { self == RequestFilter() }
}

/// The columns the queue sorts by, in the order of its listing's sort keys.
public enum QueueColumn: Int, CaseIterable, Sendable {
  /// Waiting for a reply first, by deadline (the overdue first), then the rest: the default.
  case workOrder
  case received
  case due
  case status
}
