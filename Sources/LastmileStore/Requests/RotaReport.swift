import LastmileCore

/// The duty rota of a month as printed for the notice board: the office, its reception hours,
/// and each reception day with its leader.
public struct RotaReport: Sendable, Equatable {
  /// The first day of the month.
  public let month: LocalDate
  public let officeName: String
  public let schedule: ReceptionSchedule
  public let days: [DutyDay]

  public init(month: LocalDate, officeName: String, schedule: ReceptionSchedule, days: [DutyDay]) {
    self.month = month
    self.officeName = officeName
    self.schedule = schedule
    self.days = days
  }
}

extension LastmileStore {
  /// The duty rota of the month that `month` is in, for printing.
  public func rotaReport(month: LocalDate) throws -> RotaReport {
    let first = month.adding(days: 1 - month.day)
    let settings = try localitySettings()
    return RotaReport(
      month: first, officeName: settings.officeName, schedule: settings.schedule,
      days: try dutyRota(from: first, through: first.adding(months: 1).adding(days: -1)))
  }
}
