import Testing

@testable import LastmileCore

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

@Suite("Working-day calendar")
struct WorkingDayCalendarTests {
  let calendar = WorkingDayCalendar.builtIn

  @Test("the shipped calendar knows 2024, 2025 and 2026")
  func knownYears() {
    #expect(calendar.knownYears == [2024, 2025, 2026])
  }

  @Test(
    "7 working days after receipt lands where the State Council notices put it",
    arguments: [
      // Spring Festival 2025: 1-28..2-04 off, Sunday 1-26 and Saturday 2-08 worked.
      ("2025-01-27", "2025-02-12"),
      ("2025-01-24", "2025-02-10"),
      // May Day 2025: 5-01..5-05 off, Sunday 4-27 worked.
      ("2025-04-25", "2025-05-08"),
      // National Day and Mid-Autumn 2025: 10-01..10-08 off, Sunday 9-28 and Saturday 10-11 worked.
      ("2025-09-26", "2025-10-13"),
      // Spring Festival 2026: 2-15..2-23 off, Saturdays 2-14 and 2-28 worked.
      ("2026-02-13", "2026-03-02"),
      // May Day 2026: 5-01..5-05 off, Saturday 5-09 worked.
      ("2026-04-30", "2026-05-13"),
      // Mid-Autumn (9-25..9-27) and National Day 2026 (10-01..10-07), Sunday 9-20 and Saturday 10-10.
      ("2026-09-18", "2026-09-29"),
      ("2026-09-30", "2026-10-15"),
      // An ordinary week: Monday to the next Wednesday.
      ("2026-11-23", "2026-12-02"),
    ])
  func replyDueDates(received: String, due: String) {
    let answer = calendar.adding(workingDays: 7, to: date(received))
    #expect(answer.value == date(due))
    #expect(!answer.isEstimated)
  }

  @Test("make-up Saturdays and Sundays are working days and holidays are not")
  func dayKinds() {
    #expect(calendar.kind(of: date("2025-01-26")) == .makeUpWorkday("春节调休"))
    #expect(calendar.kind(of: date("2025-02-08")) == .makeUpWorkday("春节调休"))
    #expect(calendar.kind(of: date("2025-04-27")) == .makeUpWorkday("劳动节调休"))
    #expect(calendar.kind(of: date("2025-10-11")) == .makeUpWorkday("国庆节调休"))
    #expect(calendar.kind(of: date("2026-02-14")) == .makeUpWorkday("春节调休"))
    #expect(calendar.kind(of: date("2026-02-28")) == .makeUpWorkday("春节调休"))
    #expect(calendar.kind(of: date("2026-05-09")) == .makeUpWorkday("劳动节调休"))
    #expect(calendar.kind(of: date("2026-09-20")) == .makeUpWorkday("国庆节调休"))
    #expect(calendar.kind(of: date("2026-10-10")) == .makeUpWorkday("国庆节调休"))
    #expect(calendar.kind(of: date("2025-01-28")) == .holiday("春节"))
    #expect(calendar.kind(of: date("2025-10-08")) == .holiday("国庆节、中秋节"))
    #expect(calendar.kind(of: date("2026-02-23")) == .holiday("春节"))
    #expect(calendar.kind(of: date("2026-05-05")) == .holiday("劳动节"))
    #expect(calendar.kind(of: date("2026-10-07")) == .holiday("国庆节"))
    #expect(calendar.kind(of: date("2026-11-28")) == .weekend)
    #expect(calendar.kind(of: date("2026-11-27")) == .workday)
  }

  @Test("working days between two dates count the days after the first up to the second")
  func workingDaysBetween() {
    #expect(calendar.workingDays(from: date("2025-01-27"), to: date("2025-02-12")).value == 7)
    #expect(calendar.workingDays(from: date("2026-02-13"), to: date("2026-03-02")).value == 7)
    #expect(calendar.workingDays(from: date("2026-03-02"), to: date("2026-02-13")).value == -7)
    #expect(calendar.workingDays(from: date("2026-11-23"), to: date("2026-11-23")).value == 0)
    // The whole of 2025: 261 weekdays, 18 of them holidays, and 5 make-up weekend days.
    #expect(calendar.workingDays(from: date("2024-12-31"), to: date("2025-12-31")).value == 248)
  }

  @Test("a date outside the known years is computed on weekends alone and says so")
  func unknownYear() {
    let answer = calendar.adding(workingDays: 7, to: date("2027-01-04"))
    #expect(answer.value == date("2027-01-13"))
    #expect(answer.estimatedYears == [2027])
    #expect(
      calendar.workingDays(from: date("2026-12-30"), to: date("2027-01-05")).estimatedYears == [
        2027
      ])
    #expect(!calendar.workingDays(from: date("2026-12-01"), to: date("2026-12-30")).isEstimated)
  }

  @Test("adding working days and counting them are inverse for any start and count")
  func addingAndCountingAreInverse() {
    var seed: UInt64 = 0x5EED
    for _ in 0..<2000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let start = date("2023-11-01").adding(days: Int(seed >> 33) % 1300)
      let count = Int(seed >> 20) % 40
      let end = calendar.adding(workingDays: count, to: start).value
      #expect(calendar.workingDays(from: start, to: end).value == count)
      if count > 0 { #expect(calendar.isWorkingDay(end)) }
    }
  }

  @Test("the fast count agrees with walking day by day over random ranges")
  func fastCountMatchesWalk() {
    var seed: UInt64 = 42
    for _ in 0..<500 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let start = date("2023-06-01").adding(days: Int(seed >> 33) % 1500)
      let end = start.adding(days: Int(seed >> 20) % 400)
      var walked = 0
      var day = start
      while day < end {
        day = day.adding(days: 1)
        if calendar.isWorkingDay(day) { walked += 1 }
      }
      #expect(calendar.workingDays(from: start, to: end).value == walked)
    }
  }
}

@Suite("Holiday files")
struct HolidayFileTests {
  @Test("a user's year is added, and a year of the same number replaces the shipped one")
  func userYears() throws {
    let text = """
      year 2027 国办发明电〔2026〕X号
      off 2027-02-05..2027-02-13 春节   # a comment
      work 2027-02-14 春节调休

      year 2026
      off 2026-11-27 假日
      """
    let years = try HolidayFileParser.parse(text, file: "holidays.txt")
    let calendar = WorkingDayCalendar.builtIn.merging(years)
    #expect(calendar.knownYears == [2024, 2025, 2026, 2027])
    #expect(calendar.kind(of: date("2027-02-14")) == .makeUpWorkday("春节调休"))
    #expect(calendar.kind(of: date("2026-11-27")) == .holiday("假日"))
    #expect(calendar.kind(of: date("2026-10-01")) == .workday)
  }

  @Test("each bad line is reported with its line number and the rule it breaks")
  func badLines() {
    let text = """
      off 2027-01-01 元旦
      year 2027
      holiday 2027-01-01 元旦
      off 2027-13-01 元旦
      work 2027-01-04 调休
      off 2026-12-31 元旦
      off 2027-01-05..2027-01-02 元旦
      """
    let problems = HolidayFileParser.parseAll(text).problems
    #expect(problems.map(\.line) == [1, 3, 4, 5, 6, 7])
    #expect(problems[0].problem == .dateBeforeYear)
    #expect(problems[1].problem == .unknownDirective("holiday"))
    #expect(problems[2].problem == .badDate("2027-13-01"))
    #expect(problems[3].problem == .workdayNotWeekend(date("2027-01-04")))
    #expect(problems[4].problem == .dateOutsideYear("2026-12-31", 2027))
    #expect(problems[5].problem == .reversedRange("2027-01-05..2027-01-02"))
    #expect(throws: CoreError.holidayFile(file: "f.txt", line: 1, problem: .dateBeforeYear)) {
      try HolidayFileParser.parse(text, file: "f.txt")
    }
  }
}

@Suite("Deadlines")
struct DeadlinePolicyTests {
  @Test(
    "the reply is due 7 working days after receipt and a transfer 7 calendar days after it, or the working day after that"
  )
  func defaults() {
    let policy = DeadlinePolicy()
    let calendar = WorkingDayCalendar.builtIn
    #expect(
      policy.replyDue(receivedOn: date("2026-02-13"), calendar: calendar).value
        == date("2026-03-02"))
    // 2026-10-07 is in the National Day holiday; 10-08 is the first working day after it.
    #expect(
      policy.transferDue(transferredOn: date("2026-09-30"), calendar: calendar)
        == date("2026-10-08"))
    #expect(
      policy.transferDue(transferredOn: date("2026-11-16"), calendar: calendar)
        == date("2026-11-23"))
  }

  @Test("both deadlines are configurable")
  func configurable() {
    let policy = DeadlinePolicy(replyWorkingDays: 5, transferCalendarDays: 3)
    #expect(
      policy.replyDue(receivedOn: date("2026-11-23"), calendar: .builtIn).value
        == date("2026-11-30"))
    #expect(
      policy.transferDue(transferredOn: date("2026-11-23"), calendar: .builtIn)
        == date("2026-11-26"))
  }

  @Test("working days overdue count from the deadline to today")
  func overdue() {
    let policy = DeadlinePolicy()
    #expect(
      policy.workingDaysOverdue(
        dueOn: date("2026-11-23"), today: date("2026-11-25"), calendar: .builtIn
      ).value == 2)
    #expect(
      policy.workingDaysOverdue(
        dueOn: date("2026-11-25"), today: date("2026-11-25"), calendar: .builtIn
      ).value == 0)
    #expect(
      policy.workingDaysOverdue(
        dueOn: date("2026-09-30"), today: date("2026-10-09"), calendar: .builtIn
      ).value == 2)
  }
}
