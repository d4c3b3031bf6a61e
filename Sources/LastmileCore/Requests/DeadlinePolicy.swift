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
  /// A request waiting for a reply with this many working days left, or fewer, is due soon
  /// (drawn in yellow).
  public var dueSoonWorkingDays: Int

  /// A policy; the defaults are those of the source documents, and two working days' warning.
  public init(replyWorkingDays: Int = 7, transferCalendarDays: Int = 7, dueSoonWorkingDays: Int = 2)
  {
    self.replyWorkingDays = replyWorkingDays
    self.transferCalendarDays = transferCalendarDays
    self.dueSoonWorkingDays = dueSoonWorkingDays
  }

  /// Whether a request in `status` with deadline `dueOn` is overdue on `today`: it still waits
  /// for a reply and its deadline has passed. The one definition; the store's SQL
  /// (`RequestSQL.overdue`) says the same.
  public static func isOverdue(status: RequestStatus, dueOn: LocalDate?, on today: LocalDate)
    -> Bool
  {
    guard status.awaitsReply, let dueOn else { return false }
    return dueOn < today
  }

  /// Where a request in `status` with deadline `dueOn` stands on `today`.
  public func standing(
    status: RequestStatus, dueOn: LocalDate?, today: LocalDate, calendar: WorkingDayCalendar
  ) -> DeadlineStanding {
    guard status.awaitsReply, let dueOn else { return .none }
    if Self.isOverdue(status: status, dueOn: dueOn, on: today) {
      return .overdue(workingDaysLate: calendar.workingDays(from: dueOn, to: today).value)
    }
    let left = calendar.workingDays(from: today, to: dueOn).value
    return left <= dueSoonWorkingDays
      ? .dueSoon(workingDaysLeft: left) : .onTime(workingDaysLeft: left)
  }

  /// The reply deadline for a request received on `receivedOn`.
  public func replyDue(receivedOn: LocalDate, calendar: WorkingDayCalendar) -> CalendarAnswer<
    LocalDate
  > {
    calendar.adding(workingDays: replyWorkingDays, to: receivedOn)
  }

  /// The answer deadline for a request transferred on `transferredOn`: a week later, or the
  /// first working day after that when it is a rest day.
  public func transferDue(transferredOn: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
    calendar.workingDay(onOrAfter: transferredOn.adding(days: transferCalendarDays))
  }

  /// How many working days a deadline of `dueOn` is overdue on `today` (0 when not overdue).
  public func workingDaysOverdue(dueOn: LocalDate, today: LocalDate, calendar: WorkingDayCalendar)
    -> CalendarAnswer<Int>
  {
    guard dueOn < today else { return CalendarAnswer(value: 0, estimatedYears: []) }
    return calendar.workingDays(from: dueOn, to: today)
  }
}
