import Foundation

/// A calendar date without time or time zone, as the ledgers write it (`2026-11-25`).
///
/// Dates are stored as a day number (days since 1970-01-01), so arithmetic and comparison are
/// integer operations; the civil-date conversion follows Howard Hinnant's algorithms.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let dayNumber: Int

  /// The date with this day number (days since 1970-01-01).
  public init(dayNumber: Int) {
    self.dayNumber = dayNumber
  }

  /// The date for a year, month and day, or nil when no such day exists (`2025-02-29`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= LocalDate.daysInMonth(year: year, month: month)
    else { return nil }
    self.dayNumber = LocalDate.daysFromCivil(year: year, month: month, day: day)
  }

  /// The year, month and day of this date.
  public var components: (year: Int, month: Int, day: Int) {
    LocalDate.civilFromDays(dayNumber)
  }

  /// The last day of this date's month.
  public var lastOfMonth: LocalDate {
    LocalDate(year: year, month: month, day: 1)!.adding(months: 1).adding(days: -1)
  }

  /// The year of this date.
  public var year: Int { components.year }
  /// The month of this date, 1 to 12.
  public var month: Int { components.month }
  /// The day of the month, 1 to 31.
  public var day: Int { components.day }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (ISO 4).
    ((dayNumber % 7 + 7 + 3) % 7) + 1
  }

  /// Whether this date falls on a Saturday or a Sunday.
  public var isWeekend: Bool { weekday >= 6 }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> LocalDate {
    LocalDate(dayNumber: dayNumber + days)
  }

  /// Days from this date to `other` (positive when `other` is later).
  public func days(to other: LocalDate) -> Int {
    other.dayNumber - dayNumber
  }

  /// The date `months` months later, the day clamped to the month's length.
  public func adding(months: Int) -> LocalDate {
    let (y, m, d) = components
    let total = y * 12 + (m - 1) + months
    let year = total / 12
    let month = total % 12 + 1
    let day = min(d, LocalDate.daysInMonth(year: year, month: month))
    return LocalDate(year: year, month: month, day: day)!
  }

  /// `YYYY-MM-DD`.
  /// Full years from this date (a birth date) to `day`: an age.
  public func years(to day: LocalDate) -> Int {
    let (year, month, date) = components
    let (toYear, toMonth, toDate) = day.components
    let birthdayPassed = (toMonth, toDate) >= (month, date)
    return toYear - year - (birthdayPassed ? 0 : 1)
  }

  public var description: String {
    let (y, m, d) = components
    return String(unsafeUninitializedCapacity: 10) { buffer in
      LocalDate.writeDigits(y, 4, into: buffer, at: 0)
      buffer[4] = UInt8(ascii: "-")
      LocalDate.writeDigits(m, 2, into: buffer, at: 5)
      buffer[7] = UInt8(ascii: "-")
      LocalDate.writeDigits(d, 2, into: buffer, at: 8)
      return 10
    }
  }

  /// Writes `value` as `width` decimal digits (the low ones) into `buffer` at `start`.
  static func writeDigits(
    _ value: Int, _ width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) {
    var rest = abs(value)
    for offset in stride(from: width - 1, through: 0, by: -1) {
      buffer[start + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    lhs.dayNumber < rhs.dayNumber
  }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month of a year.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `value` in decimal, zero-padded to `width` digits.
  public static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }

  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = (month + 9) % 12
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
