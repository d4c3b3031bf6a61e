import Foundation

/// A date and a time of day to the minute, in the office's local time (`2026-11-25 15:20`).
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The calendar date.
  public var date: LocalDate
  /// Minutes since midnight, 0 to 1439.
  public var minuteOfDay: Int

  /// A date-time at `hour`:`minute` of `date`; nil when the time does not exist.
  public init?(date: LocalDate, hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.date = date
    self.minuteOfDay = hour * 60 + minute
  }

  /// The start of a day.
  public init(startOf date: LocalDate) {
    self.date = date
    self.minuteOfDay = 0
  }

  /// The moment `minutes` later (earlier when negative), across days.
  public func adding(minutes: Int) -> LocalDateTime {
    let total = date.dayNumber * 1440 + minuteOfDay + minutes
    let days = Int((Double(total) / 1440).rounded(.down))
    var moment = LocalDateTime(startOf: LocalDate(dayNumber: days))
    moment.minuteOfDay = total - days * 1440
    return moment
  }

  /// The hour, 0 to 23.
  public var hour: Int { minuteOfDay / 60 }
  /// The minute, 0 to 59.
  public var minute: Int { minuteOfDay % 60 }

  /// `YYYY-MM-DD HH:MM`, as people write it and as CSV files carry it.
  public var description: String {
    "\(date) \(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))"
  }

  /// `YYYY-MM-DDTHH:MM`, as JSON output and the database carry it.
  public var isoText: String {
    "\(date)T\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))"
  }

  /// Parses a date followed by ` HH:MM` or `THH:MM`; a bare date means its midnight.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let parts = LocalDate.dateParts(trimmed),
      let date = LocalDate(year: parts.year, month: parts.month, day: parts.day)
    else { return nil }
    var scanner = DigitScanner(parts.rest)
    if scanner.rest.isEmpty {
      self.init(startOf: date)
      return
    }
    if !scanner.skip("T") { scanner.skipSpaces() }
    guard let hour = scanner.number(minDigits: 1, maxDigits: 2),
      scanner.skip(":") || scanner.skip("："),
      let minute = scanner.number(minDigits: 2, maxDigits: 2)
    else { return nil }
    if scanner.skip(":") { _ = scanner.number(minDigits: 2, maxDigits: 2) }
    guard scanner.rest.isEmpty else { return nil }
    self.init(date: date, hour: hour, minute: minute)
  }

  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    (lhs.date, lhs.minuteOfDay) < (rhs.date, rhs.minuteOfDay)
  }
}
