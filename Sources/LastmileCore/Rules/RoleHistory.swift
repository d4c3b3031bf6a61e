/// The roles a cadre held: the current one since a date, and the ones before with their dates.
public struct RoleHistory: Sendable, Equatable {
  /// A role held before the current one.
  public struct Past: Sendable, Equatable {
    public let role: CadreRole
    /// The first day, when known.
    public let from: LocalDate?
    public let through: LocalDate

    public init(role: CadreRole, from: LocalDate?, through: LocalDate) {
      self.role = role
      self.from = from
      self.through = through
    }
  }

  public let current: CadreRole
  public let since: LocalDate?
  /// The roles held before, the oldest first.
  public let past: [Past]

  public init(current: CadreRole, since: LocalDate?, past: [Past] = []) {
    self.current = current
    self.since = since
    self.past = past.sorted { $0.through < $1.through }
  }

  /// The role held on `date`: the past role whose dates hold it, else the current one (a day
  /// before anything is known of is judged by the current role).
  public func role(on date: LocalDate) -> CadreRole {
    past.first { ($0.from ?? date) <= date && date <= $0.through }?.role ?? current
  }

  /// The period cut where the role changes, each month judged by the role held on its last day
  /// (or on the period's last day): the parts in order, each with its role.
  public func parts(of period: Period) -> [(role: CadreRole, period: Period)] {
    var parts: [(role: CadreRole, first: LocalDate, last: LocalDate)] = []
    for month in period.monthRanges {
      let role = role(on: month.upperBound)
      if let last = parts.last, last.role == role {
        parts[parts.count - 1].last = month.upperBound
      } else {
        parts.append((role, month.lowerBound, month.upperBound))
      }
    }
    guard parts.count > 1 else { return [(role(on: period.last), period)] }
    return parts.map { ($0.role, Period(months: $0.first, through: $0.last)) }
  }
}
