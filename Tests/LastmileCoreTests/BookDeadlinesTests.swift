import LastmileCore
import Testing

@Suite("The record book's deadlines")
struct BookDeadlinesTests {
  let calendar = WorkingDayCalendar.builtIn

  private func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  @Test("a book is handed over by the end of the next working day: late from the day after")
  func nextWorkingDay() {
    // Wednesday: Thursday; the first day late is Friday.
    #expect(BookDeadlines.handoverDue(day("2026-11-25"), calendar: calendar) == day("2026-11-26"))
    #expect(
      BookDeadlines.handoverLate(day("2026-11-25"), today: day("2026-11-26"), calendar: calendar)
        == nil)
    #expect(
      BookDeadlines.handoverLate(day("2026-11-25"), today: day("2026-11-27"), calendar: calendar)
        == day("2026-11-27"))
  }

  @Test("across a weekend and across 国庆 the next working day is counted by the calendar")
  func weekendAndHoliday() {
    // A Friday's book: Monday.
    #expect(BookDeadlines.handoverDue(day("2026-11-27"), calendar: calendar) == day("2026-11-30"))
    #expect(
      BookDeadlines.handoverLate(day("2026-11-27"), today: day("2026-11-30"), calendar: calendar)
        == nil)
    #expect(
      BookDeadlines.handoverLate(day("2026-11-27"), today: day("2026-12-01"), calendar: calendar)
        == day("2026-12-01"))
    // Wednesday 09-30, before 国庆 (10-01…10-07): Thursday 10-08.
    #expect(BookDeadlines.handoverDue(day("2026-09-30"), calendar: calendar) == day("2026-10-08"))
    // Friday 10-09: Saturday 10-10 is a make-up working day.
    #expect(BookDeadlines.handoverDue(day("2026-10-09"), calendar: calendar) == day("2026-10-10"))
  }

  @Test("an entry with no decision is flagged from the day after its own, exactly")
  func undecidedEntry() {
    #expect(BookDeadlines.decisionLate(day("2026-11-25"), today: day("2026-11-25")) == nil)
    #expect(
      BookDeadlines.decisionLate(day("2026-11-25"), today: day("2026-11-26")) == day("2026-11-26"))
  }

  @Test("a transfer not made is late from the day after the working day after the book arrived")
  func transferNotMade() {
    // Arrived Thursday: made by Friday, late from Saturday.
    #expect(
      BookDeadlines.transferLate(
        arrived: day("2026-11-26"), today: day("2026-11-27"), calendar: calendar)
        == nil)
    #expect(
      BookDeadlines.transferLate(
        arrived: day("2026-11-26"), today: day("2026-11-28"), calendar: calendar)
        == day("2026-11-28"))
    // Arrived Friday: made by Monday, late from Tuesday — not over the weekend.
    #expect(
      BookDeadlines.transferLate(
        arrived: day("2026-11-27"), today: day("2026-11-30"), calendar: calendar)
        == nil)
    #expect(
      BookDeadlines.transferLate(
        arrived: day("2026-11-27"), today: day("2026-12-01"), calendar: calendar)
        == day("2026-12-01"))
    // Arrived 09-30, before 国庆: made by 10-08.
    #expect(
      BookDeadlines.transferLate(
        arrived: day("2026-09-30"), today: day("2026-10-08"), calendar: calendar)
        == nil)
    #expect(
      BookDeadlines.transferLate(
        arrived: day("2026-09-30"), today: day("2026-10-09"), calendar: calendar)
        == day("2026-10-09"))
    // On Tuesday 12-01 the books that arrived by the weekend (due Monday) are late; Monday's
    // are not.
    #expect(
      BookDeadlines.latestLateArrival(today: day("2026-12-01"), calendar: calendar)
        == day("2026-11-29"))
    // On 10-09 the books that arrived up to 09-30 (and through the holiday) are late.
    #expect(
      BookDeadlines.latestLateArrival(today: day("2026-10-09"), calendar: calendar)
        == day("2026-10-07"))
  }
}
