/// A cadre's stationed days (蹲点) and their runs of consecutive days: one rule, used by the
/// card, the calendar and the quotas. A day counts once however many entries it has; a run goes
/// on across a month's end and across a holiday, since a stationed day is a day in the village
/// whatever the calendar says of it.
public struct StationedDays: Sendable, Equatable {
  /// The distinct days, in order.
  public let days: [LocalDate]
  /// The runs of consecutive days, in order.
  public let runs: [ClosedRange<LocalDate>]

  /// The days and runs of the dates of a cadre's stationed entries (in any order, repeated).
  public init<S: Sequence>(_ dates: S) where S.Element == LocalDate {
    days = Array(Set(dates)).sorted()
    var runs: [ClosedRange<LocalDate>] = []
    for day in days {
      if let last = runs.last, last.upperBound.adding(days: 1) == day {
        runs[runs.count - 1] = last.lowerBound...day
      } else {
        runs.append(day...day)
      }
    }
    self.runs = runs
  }

  /// The longest run's length in days (0 without any).
  public var longestRun: Int { runs.map { $0.lowerBound.days(to: $0.upperBound) + 1 }.max() ?? 0 }

  /// The runs that touch the days from `start` through `end` (a month), whole.
  public func runs(touching start: LocalDate, _ end: LocalDate) -> [ClosedRange<LocalDate>] {
    runs.filter { $0.upperBound >= start && $0.lowerBound <= end }
  }

  /// How many distinct days fall from `start` through `end`.
  public func count(from start: LocalDate, through end: LocalDate) -> Int {
    days.filter { $0 >= start && $0 <= end }.count
  }
}
