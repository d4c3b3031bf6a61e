/// The record book's own deadlines (the source documents): the book of a reception day is handed
/// to the office by the end of the next working day.
public enum BookDeadlines {
  /// A reception day's book late to be handed over, and since when.
  public struct Late: Sendable, Equatable {
    public let day: LocalDate
    public let since: LocalDate

    public init(day: LocalDate, since: LocalDate) {
      self.day = day
      self.since = since
    }
  }

  /// The last day the book of `day` may be handed over: the next working day.
  public static func handoverDue(_ day: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
    calendar.workingDay(onOrAfter: day.adding(days: 1))
  }

  /// Since when the book of `day`, not handed over, is late on `today`: the day after its
  /// deadline; nil while it is not late.
  public static func handoverLate(
    _ day: LocalDate, today: LocalDate, calendar: WorkingDayCalendar
  ) -> LocalDate? {
    let due = handoverDue(day, calendar: calendar)
    return today > due ? due.adding(days: 1) : nil
  }

  /// Since when a walk-in of `day` with no handling decision is flagged on `today`: the day after
  /// its own (the book is filled in the same day); nil while it is not.
  public static func decisionLate(_ day: LocalDate, today: LocalDate) -> LocalDate? {
    today > day ? day.adding(days: 1) : nil
  }

  /// The last day the transfers of a book that arrived at the office on `arrived` may be made:
  /// the next working day.
  public static func transferDue(arrived: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
    calendar.workingDay(onOrAfter: arrived.adding(days: 1))
  }

  /// Since when a transfer of a book that arrived on `arrived`, not made, is flagged on `today`.
  public static func transferLate(
    arrived: LocalDate, today: LocalDate, calendar: WorkingDayCalendar
  ) -> LocalDate? {
    let due = transferDue(arrived: arrived, calendar: calendar)
    return today > due ? due.adding(days: 1) : nil
  }

  /// The latest day a book may have arrived for its transfers not made to be late on `today`
  /// (every earlier day's are late too).
  public static func latestLateArrival(today: LocalDate, calendar: WorkingDayCalendar)
    -> LocalDate
  {
    var day = today.adding(days: -1)
    while transferDue(arrived: day, calendar: calendar) >= today { day = day.adding(days: -1) }
    return day
  }
}
