import Testing

@testable import LastmileCore

@Suite("Local dates")
struct LocalDateTests {
  @Test("day numbers convert to the civil date and back for every day of four centuries")
  func dayNumbersRoundTrip() {
    let start = LocalDate(year: 1800, month: 1, day: 1)!.dayNumber
    let end = LocalDate(year: 2200, month: 12, day: 31)!.dayNumber
    for dayNumber in stride(from: start, through: end, by: 1) {
      let date = LocalDate(dayNumber: dayNumber)
      let (y, m, d) = date.components
      #expect(LocalDate(year: y, month: m, day: d)?.dayNumber == dayNumber)
    }
  }

  @Test("weekdays of known dates are right")
  func weekdays() {
    #expect(LocalDate(year: 1970, month: 1, day: 1)!.weekday == 4)
    #expect(LocalDate(year: 2026, month: 11, day: 25)!.weekday == 3)
    #expect(LocalDate(year: 2025, month: 1, day: 26)!.weekday == 7)
    #expect(LocalDate(year: 2026, month: 2, day: 14)!.weekday == 6)
    #expect(LocalDate(year: 1949, month: 10, day: 1)!.weekday == 6)
  }

  @Test("dates that do not exist are refused")
  func invalidDates() {
    #expect(LocalDate(year: 2025, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
    #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
    #expect(LocalDate(year: 2025, month: 4, day: 31) == nil)
    #expect(LocalDate(year: 2025, month: 13, day: 1) == nil)
  }

  @Test("the import forms of a date all parse to the same day")
  func parsingForms() {
    let expected = LocalDate(year: 2026, month: 3, day: 5)
    for text in [
      "2026-03-05", "2026/3/5", "2026-3-5", "2026.3.5", "2026年3月5日", "20260305", " 2026-03-05 ",
    ] {
      #expect(LocalDate(parsing: text) == expected, "\(text)")
    }
    for text in ["2026-02-30", "26-3-5", "2026年3月", "March 5", "", "2026-03-05x"] {
      #expect(LocalDate(parsing: text) == nil, "\(text)")
    }
  }

  @Test("date-times parse with a space or a T and print both ways")
  func dateTimes() {
    let time = LocalDateTime(parsing: "2026-11-25 15:20")
    #expect(time?.description == "2026-11-25 15:20")
    #expect(time?.isoText == "2026-11-25T15:20")
    #expect(LocalDateTime(parsing: "2026-11-25T15:20") == time)
    #expect(LocalDateTime(parsing: "2026年11月25日 15:20") == time)
    #expect(LocalDateTime(parsing: "2026-11-25")?.minuteOfDay == 0)
    #expect(LocalDateTime(parsing: "2026-11-25 25:00") == nil)
  }

  @Test("adding months clamps the day to the month's length")
  func addingMonths() {
    #expect(
      LocalDate(year: 2026, month: 1, day: 31)!.adding(months: 1)
        == LocalDate(year: 2026, month: 2, day: 28))
    #expect(
      LocalDate(year: 2026, month: 11, day: 25)!.adding(months: -12)
        == LocalDate(year: 2025, month: 11, day: 25))
  }
}
