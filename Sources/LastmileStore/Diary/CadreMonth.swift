import Foundation
import LastmileCore

/// A cadre's month as the calendar draws it: what each day held, the stationed runs, and the
/// totals a work summary counts.
public struct CadreMonth: Sendable, Equatable {
  /// What one day held for the cadre.
  public struct Day: Sendable, Equatable {
    /// Whether the cadre was stationed (蹲点) that day.
    public var stationed = false
    /// The households visited that day.
    public var households = 0
    /// The diary's entries of the day (any kind).
    public var entries = 0
    /// Whether the cadre was on reception duty (logged walk-ins at the desk) that day.
    public var reception = false

    public init() {}

    /// Whether the cadre was out among the people that day (not only writing).
    public var atGrassroots: Bool { stationed || households > 0 || reception || wentOut }
    /// An entry of a going-out kind other than a home visit (a forum, a survey) that day.
    public var wentOut = false
  }

  public let cadre: CadreRef
  public let year: Int
  public let month: Int
  /// The days of the month that held anything.
  public let days: [LocalDate: Day]
  /// The cadre's stationed days, with runs found across the month's edges.
  public let stationed: StationedDays
  /// Households visited in the month, each once.
  public let householdsVisited: Int
  /// Entries of each written kind in the month.
  public let written: [VisitKind: Int]

  /// The first and last day of the month.
  public var first: LocalDate { LocalDate(year: year, month: month, day: 1)! }
  public var last: LocalDate { first.lastOfMonth }

  /// Days at the grassroots in the month.
  public var daysAtGrassroots: Int { days.values.filter(\.atGrassroots).count }
  /// Stationed days in the month.
  public var stationedDays: Int { stationed.count(from: first, through: last) }
  /// The longest run of stationed days that touches the month (counted whole).
  public var longestRun: Int {
    stationed.runs(touching: first, last).map { $0.lowerBound.days(to: $0.upperBound) + 1 }.max()
      ?? 0
  }
  /// Diary entries of the month (every kind).
  public var entries: Int { days.values.reduce(0) { $0 + $1.entries } }
}
