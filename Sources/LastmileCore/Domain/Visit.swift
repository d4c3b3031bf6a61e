import Foundation

/// An entry of the visit diary (民情日记): a home visit, a stationed day, a survey, a forum, …
public struct Visit: Sendable, Hashable, Identifiable {
  public var id: UUID
  public var date: LocalDate
  public var kind: VisitKind
  /// The cadres who went, the first leading.
  public var cadreIds: [UUID]
  /// The households visited; empty for a visit to an area as a whole.
  public var householdIds: [UUID]
  /// The area visited (always set for a stationed day, a survey or a forum).
  public var areaId: UUID?
  /// Length in hours, when recorded.
  public var hours: Double?
  /// What was seen and heard (民情).
  public var content: String
  /// Problems found.
  public var problems: String
  /// When to follow up, if needed.
  public var followUpOn: LocalDate?
  /// Whether the cadre stayed the night (入住).
  public var overnight: Bool
  /// When the follow-up was marked done (a later visit to the household clears it too).
  public var followUpDoneOn: LocalDate?

  /// A visit on `date` of `kind`.
  public init(
    id: UUID = .timeOrdered(), date: LocalDate, kind: VisitKind, cadreIds: [UUID] = [],
    householdIds: [UUID] = [], areaId: UUID? = nil, hours: Double? = nil, content: String = "",
    problems: String = "", followUpOn: LocalDate? = nil, overnight: Bool = false,
    followUpDoneOn: LocalDate? = nil
  ) {
    self.id = id
    self.date = date
    self.kind = kind
    self.cadreIds = cadreIds
    self.householdIds = householdIds
    self.areaId = areaId
    self.hours = hours
    self.content = content
    self.problems = problems
    self.followUpOn = followUpOn
    self.overnight = overnight
    self.followUpDoneOn = followUpDoneOn
  }
}
