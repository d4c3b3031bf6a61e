import Foundation

/// What the program takes as today and now, read each time it is asked: the system clock, a
/// date fixed by `--today`, a moment stopped for a test, or time a test moves by hand.
///
/// Nothing keeps "today" from the start: a desk or a laptop left open past midnight works on
/// the new day.
public struct Clock: Sendable {
  private enum Source: Sendable {
    case system
    case fixedDate(LocalDate)
    case stopped(LocalDateTime)
    case manual(ManualTime)
  }

  private let source: Source

  /// The system clock in the local time zone.
  public static var system: Clock { Clock(source: .system) }

  /// A clock whose today is `date` (from `--today`); the time of day still follows the system.
  public static func fixed(_ date: LocalDate) -> Clock { Clock(source: .fixedDate(date)) }

  /// A clock stopped at `moment`, date and time of day.
  public static func stopped(at moment: LocalDateTime) -> Clock { Clock(source: .stopped(moment)) }

  /// A clock that shows the time `time` holds, which a test moves.
  public static func manual(_ time: ManualTime) -> Clock { Clock(source: .manual(time)) }

  /// The date taken as today, now.
  public var today: LocalDate { now.date }

  /// The current local time, on the date taken as today.
  public var now: LocalDateTime {
    switch source {
    case .system: return LocalDateTime(Date())
    case .fixedDate(let date):
      let clock = LocalDateTime(Date())
      return LocalDateTime(date: date, hour: clock.hour, minute: clock.minute)!
    case .stopped(let moment): return moment
    case .manual(let time): return time.now
    }
  }

  /// The current instant, moved to the date taken as today (the time of day still follows the
  /// system where it is not stopped): what a change made now is stamped with.
  public var instant: Date {
    switch source {
    case .system: return Date()
    case .fixedDate(let date):
      let real = Date()
      return real.addingTimeInterval(Double(LocalDate(real).days(to: date)) * 86_400)
    case .stopped(let moment): return moment.instant()
    case .manual(let time): return time.now.instant()
    }
  }
}

/// A time that a test sets and moves (a desk left open past midnight).
public final class ManualTime: @unchecked Sendable {
  private let lock = NSLock()
  private var moment: LocalDateTime

  public init(_ moment: LocalDateTime) {
    self.moment = moment
  }

  /// The time it shows.
  public var now: LocalDateTime { lock.withLock { moment } }

  /// Moves the time on by `minutes`.
  public func advance(minutes: Int) {
    lock.withLock { moment = moment.adding(minutes: minutes) }
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

  /// The instant this local date-time names in `timeZone`.
  public func instant(timeZone: TimeZone = .current) -> Date {
    let localSeconds = Double(date.dayNumber * 86_400 + minuteOfDay * 60)
    let guess = Date(timeIntervalSince1970: localSeconds)
    return Date(timeIntervalSince1970: localSeconds - Double(timeZone.secondsFromGMT(for: guess)))
  }
}
