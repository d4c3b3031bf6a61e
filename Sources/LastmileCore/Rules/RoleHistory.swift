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
  /// The day the cadre retired, if they did: no role after it.
  public let retiredOn: LocalDate?

  public init(
    current: CadreRole, since: LocalDate?, past: [Past] = [], retiredOn: LocalDate? = nil
  ) {
    self.current = current
    self.since = since
    self.past = past.sorted { $0.through < $1.through }
    self.retiredOn = retiredOn
  }

  /// The role held on `date`: the past role whose dates hold it, else the current one; none
  /// before the current role began when no past role covers the day (a day before anything is
  /// known of is judged by the current role).
  public func role(on date: LocalDate) -> CadreRole? {
    if let retiredOn, date > retiredOn { return nil }
    if let held = past.first(where: { ($0.from ?? date) <= date && date <= $0.through }) {
      return held.role
    }
    if let last = past.last {
      // After the roles before: the current one; before the first of them began, none.
      return date > last.through ? current : nil
    }
    if let since, date < since { return nil }
    return current
  }

  /// The first day of the role held on `date`, when known.
  public func start(on date: LocalDate) -> LocalDate? {
    if let held = past.first(where: { ($0.from ?? date) <= date && date <= $0.through }) {
      return held.from
    }
    return since
  }

  /// The period cut where the role changes, each month judged by the role held on its last day
  /// (or on the period's last day); a month before the cadre held any role known is not judged.
  /// The parts in order, each with its role.
  public func parts(of period: Period) -> [(role: CadreRole, period: Period)] {
    var parts: [(role: CadreRole, first: LocalDate, last: LocalDate)] = []
    for month in period.monthRanges {
      // Judged by the role on the month's last day, or on the day the cadre retired in it.
      let day = retiredOn.map { min($0, month.upperBound) } ?? month.upperBound
      guard day >= month.lowerBound, let role = role(on: day) else { continue }
      if let last = parts.last, last.role == role {
        parts[parts.count - 1].last = month.upperBound
      } else {
        parts.append((role, month.lowerBound, month.upperBound))
      }
    }
    if parts.count == 1, parts[0].first == period.monthRanges.first?.lowerBound {
      return [(parts[0].role, period)]
    }
    return parts.map { part in
      let months = Period(months: part.first, through: part.last)
      return (part.role, months.clipped(to: period.last) ?? months)
    }
  }
}
