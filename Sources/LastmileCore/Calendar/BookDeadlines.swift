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
}
