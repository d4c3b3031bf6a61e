import Foundation
import LastmileCore
import LastmileStore

/// The duty rota open over a pane: a month's reception days with their leaders, the day the
/// keys are on, and the first day of a swap when one was marked.
public struct RotaState: Sendable, Equatable {
  /// The first day of the month shown.
  public var month: LocalDate
  public var days: [DutyDay]
  /// The leaders of the settings, in the rota's order.
  public var leaders: [String]
  public var selected: Int
  /// The day marked to be swapped with the next one chosen.
  public var marked: LocalDate?

  public init(
    month: LocalDate, days: [DutyDay], leaders: [String], select: LocalDate? = nil,
    marked: LocalDate? = nil
  ) {
    self.month = month
    self.days = days
    self.leaders = leaders
    self.marked = marked
    let index = select.map { day in days.firstIndex { $0.day >= day } ?? days.count - 1 } ?? 0
    selected = min(index, max(0, days.count - 1))
  }

  /// The day the keys are on, when the month holds any.
  public var current: DutyDay? { days.indices.contains(selected) ? days[selected] : nil }

  /// The last day of the month shown.
  public var monthEnd: LocalDate { month.adding(months: 1).adding(days: -1) }
}

/// A change to the duty rota.
public enum RotaChange: Sendable, Equatable {
  /// Give the days without a leader from one day through another to the leaders in turn.
  case generate(LocalDate, LocalDate)
  case swap(LocalDate, LocalDate)
  case replace(LocalDate, leader: String)
}
