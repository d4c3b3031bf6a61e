import LastmileCore
import Testing

@Suite("The reception schedule")
struct ReceptionScheduleTests {
  let calendar = WorkingDayCalendar.builtIn

  private func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  @Test("over 2026: every working Wednesday, none on 国庆 or 春节, 52 weeks less the holidays")
  func wednesdaysOf2026() {
    let schedule = ReceptionSchedule()
    let days = schedule.days(from: day("2026-01-01"), count: 60, calendar: calendar)
      .filter { $0.year == 2026 }
    #expect(days.allSatisfy { $0.weekday == 3 && calendar.isWorkingDay($0) })
    // 2026 has 52 Wednesdays; 春节 (02-18) and 国庆 (10-07) fall on two of them.
    #expect(days.count == 50)
    #expect(!days.contains(day("2026-02-18")))
    #expect(!days.contains(day("2026-10-07")))
    #expect(days.first == day("2026-01-07"))
    #expect(schedule.reason(day("2026-11-25"), calendar: calendar) == .scheduled)
  }

  @Test("a holiday moves the reception to the next working day when the office says so")
  func holidayMoves() {
    var schedule = ReceptionSchedule()
    #expect(!schedule.isReceptionDay(day("2026-10-08"), calendar: calendar))
    schedule.holidayMoves = true
    // 国庆 ends on Wednesday 10-07: the next working day is Thursday 10-08.
    #expect(
      schedule.reason(day("2026-10-08"), calendar: calendar)
        == .moved(from: day("2026-10-07"), holiday: "国庆节"))
    // 春节 takes Wednesday 02-18; the next working day is Tuesday 02-24.
    #expect(
      schedule.reason(day("2026-02-24"), calendar: calendar)
        == .moved(from: day("2026-02-18"), holiday: "春节"))
    #expect(schedule.isReceptionDay(day("2026-02-25"), calendar: calendar))
  }

  @Test("a make-up working day holds a reception only when the office says so")
  func makeUpDays() {
    var schedule = ReceptionSchedule()
    // 2026-10-10 is a Saturday worked for 国庆.
    #expect(!schedule.isReceptionDay(day("2026-10-10"), calendar: calendar))
    schedule.makeUpDays = true
    #expect(schedule.reason(day("2026-10-10"), calendar: calendar) == .makeUp("国庆节调休"))
    #expect(
      schedule.days(from: day("2026-10-08"), count: 2, calendar: calendar) == [
        day("2026-10-10"), day("2026-10-14"),
      ])
  }

  @Test("the setting's text holds weekdays, hours and the two choices; a wrong one is refused")
  func settingText() {
    let schedule = ReceptionSchedule(weekdays: [1, 3], opens: 9 * 60, closes: 11 * 60 + 30)
    #expect(schedule.setting == "1 3 09:00-11:30")
    #expect(ReceptionSchedule(setting: schedule.setting) == schedule)
    #expect(ReceptionSchedule(setting: "3 15:00-17:40 move makeup")?.makeUpDays == true)
    #expect(ReceptionSchedule().hoursText == "15:00–17:40")
    #expect(ReceptionSchedule(setting: "3 17:40-15:00") == nil)
    #expect(ReceptionSchedule(setting: "8") == nil)
    #expect(ReceptionSchedule.hours("25:00-26:00") == nil)
  }
}
