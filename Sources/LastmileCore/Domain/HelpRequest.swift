import Foundation

/// A help request (群众诉求): what a person asked for, and how it is being handled.
public struct HelpRequest: Sendable, Hashable, Identifiable {
  public var id: UUID
  public var receivedAt: LocalDateTime
  public var channel: RequestChannel
  public var requester: Requester
  /// The village or community the request concerns.
  public var areaId: UUID?
  /// A category code from the locality's list (`RequestCategory`).
  public var category: String
  public var content: String
  public var urgency: Urgency
  /// The handling decision, once made.
  public var decision: HandlingDecision?
  /// How it was solved, why it cannot be, or what the meeting is asked.
  public var decisionNote: String
  /// The leader or department handling it (承办人).
  public var assignee: String
  public var status: RequestStatus
  /// The reply given to the requester.
  public var reply: String
  public var repliedAt: LocalDateTime?
  public var satisfaction: Satisfaction?
  public var closedAt: LocalDateTime?
  /// The current deadline: the reply, or the transferred side's answer.
  public var dueOn: LocalDate?
  /// How many times the deadline was extended (延期).
  public var extensions: Int
  /// The visit that raised the request, if any.
  public var visitId: UUID?
  /// The earlier request on the same matter that this one was merged into, if any.
  public var mergedIntoId: UUID?
  /// The number a person reads out and quotes (`SQ-20261125-3F-07`), given when it is
  /// registered; empty until then.
  public var number: String
  /// When the department it was transferred to last sent it back (退单), until it is decided
  /// again.
  public var returnedAt: LocalDateTime?
  /// The meeting it waits for, while referred to one (办公会 or 支委会).
  public var meeting: MeetingKind?
  /// How the reply reached the requester, once replied.
  public var replyKind: ReplyKind?
  /// A close waiting for a second person's approval, when the office asks for one.
  public var closeRequest: CloseRequest?

  /// A newly registered request.
  public init(
    id: UUID = .timeOrdered(), receivedAt: LocalDateTime, channel: RequestChannel,
    requester: Requester,
    areaId: UUID? = nil, category: String, content: String, urgency: Urgency = .normal,
    decision: HandlingDecision? = nil, decisionNote: String = "", assignee: String = "",
    status: RequestStatus = .registered, reply: String = "", repliedAt: LocalDateTime? = nil,
    satisfaction: Satisfaction? = nil, closedAt: LocalDateTime? = nil, dueOn: LocalDate? = nil,
    extensions: Int = 0, visitId: UUID? = nil, mergedIntoId: UUID? = nil, number: String = "",
    returnedAt: LocalDateTime? = nil, meeting: MeetingKind? = nil, replyKind: ReplyKind? = nil,
    closeRequest: CloseRequest? = nil
  ) {
    self.replyKind = replyKind
    self.closeRequest = closeRequest
    self.meeting = meeting
    self.returnedAt = returnedAt
    self.id = id
    self.receivedAt = receivedAt
    self.channel = channel
    self.requester = requester
    self.areaId = areaId
    self.category = category
    self.content = content
    self.urgency = urgency
    self.decision = decision
    self.decisionNote = decisionNote
    self.assignee = assignee
    self.status = status
    self.reply = reply
    self.repliedAt = repliedAt
    self.satisfaction = satisfaction
    self.closedAt = closedAt
    self.dueOn = dueOn
    self.extensions = extensions
    self.visitId = visitId
    self.mergedIntoId = mergedIntoId
    self.number = number
  }

  /// Whether the request is past its deadline on `today` and still waits for a reply.
  public func isOverdue(on today: LocalDate) -> Bool {
    DeadlinePolicy.isOverdue(status: status, dueOn: dueOn, on: today)
  }
}
