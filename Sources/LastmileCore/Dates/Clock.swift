import Foundation

/// What the program takes as today and now: the system clock, or a date fixed by `--today`.
public struct Clock: Sendable {
  /// The date taken as today.
  public let today: LocalDate
  private let fixed: Bool
  /// The time of day, when fixed too (for tests that draw it).
  private var time: (hour: Int, minute: Int)?

  /// The system clock in the local time zone.
  public static var system: Clock {
    Clock(today: LocalDate(Date()), fixed: false)
  }

  /// A clock whose today is `date` (from `--today`); the time of day still follows the system.
  public static func fixed(_ date: LocalDate) -> Clock {
    Clock(today: date, fixed: true)
  }

  /// A clock stopped at `moment`, date and time of day.
  public static func stopped(at moment: LocalDateTime) -> Clock {
    var clock = Clock(today: moment.date, fixed: true)
    clock.time = (moment.hour, moment.minute)
    return clock
  }

  private init(today: LocalDate, fixed: Bool) {
    self.today = today
    self.fixed = fixed
  }

  /// The current instant, moved to the date taken as today (the time of day still follows the
  /// system): what a change made now is stamped with.
  public var instant: Date {
    let real = Date()
    guard fixed else { return real }
    if let time {
      return LocalDateTime(date: today, hour: time.hour, minute: time.minute)!.instant()
    }
    return real.addingTimeInterval(Double(LocalDate(real).days(to: today)) * 86_400)
  }

  /// The current local time on the date taken as today.
  public var now: LocalDateTime {
    if let time { return LocalDateTime(date: today, hour: time.hour, minute: time.minute)! }
    let clock = LocalDateTime(Date())
    return fixed ? LocalDateTime(date: today, hour: clock.hour, minute: clock.minute)! : clock
  }
}

extension LocalDate {
  /// The local calendar date of an instant.
  public init(_ instant: Date, timeZone: TimeZone = .current) {
    let seconds =
      Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
    self.init(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
  }
}

extension LocalDateTime {
  /// The local date-time of an instant, to the minute.
  public init(_ instant: Date, timeZone: TimeZone = .current) {
    let seconds =
      Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
    let days = Int((Double(seconds) / 86_400).rounded(.down))
    let minutes = (seconds - days * 86_400) / 60
    self.init(date: LocalDate(dayNumber: days), hour: minutes / 60, minute: minutes % 60)!
  }
}

extension LocalDateTime {
  /// The instant this local date-time names in `timeZone`.
  public func instant(timeZone: TimeZone = .current) -> Date {
    let localSeconds = Double(date.dayNumber * 86_400 + minuteOfDay * 60)
    let guess = Date(timeIntervalSince1970: localSeconds)
    return Date(timeIntervalSince1970: localSeconds - Double(timeZone.secondsFromGMT(for: guess)))
  }
}
