/// When a help request must be answered.
///
/// The source documents set the defaults: a request not solved on the spot gets a reply within
/// 7 working days of receipt, and a transferred request is answered by its receiver within one
/// week. Both are configurable per locality.
public struct DeadlinePolicy: Sendable, Equatable {
  /// Working days from receipt to the reply.
  public var replyWorkingDays: Int
  /// Calendar days from a transfer to the receiver's answer.
  public var transferCalendarDays: Int

  /// A policy; the defaults are those of the source documents.
  public init(replyWorkingDays: Int = 7, transferCalendarDays: Int = 7) {
    self.replyWorkingDays = replyWorkingDays
    self.transferCalendarDays = transferCalendarDays
  }

  /// The reply deadline for a request received on `receivedOn`.
  public func replyDue(receivedOn: LocalDate, calendar: WorkingDayCalendar) -> CalendarAnswer<
    LocalDate
  > {
    calendar.adding(workingDays: replyWorkingDays, to: receivedOn)
  }

  /// The answer deadline for a request transferred on `transferredOn`.
  public func transferDue(transferredOn: LocalDate) -> LocalDate {
    transferredOn.adding(days: transferCalendarDays)
  }

  /// How many working days a deadline of `dueOn` is overdue on `today` (0 when not overdue).
  public func workingDaysOverdue(dueOn: LocalDate, today: LocalDate, calendar: WorkingDayCalendar)
    -> CalendarAnswer<Int>
  {
    guard dueOn < today else { return CalendarAnswer(value: 0, estimatedYears: []) }
    return calendar.workingDays(from: dueOn, to: today)
  }
}
