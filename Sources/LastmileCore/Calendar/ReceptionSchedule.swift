/// When the office holds its reception day (接待日): on the weekdays set (Wednesdays unless
/// said otherwise), from one time to another (15:00–17:40), on working days only. A holiday on
/// such a day cancels it, or moves it to the next working day when the office says so; a
/// make-up working day (调休) holds one when the office says so.
public struct ReceptionSchedule: Sendable, Equatable {
  /// ISO weekdays: 1 is Monday, 7 is Sunday.
  public var weekdays: Set<Int>
  /// Minutes after midnight the reception opens and closes.
  public var opens: Int
  public var closes: Int
  /// A holiday on a reception day moves it to the next working day (else it is cancelled).
  public var holidayMoves: Bool
  /// A make-up working day holds a reception.
  public var makeUpDays: Bool

  public init(
    weekdays: Set<Int> = [3], opens: Int = 15 * 60, closes: Int = 17 * 60 + 40,
    holidayMoves: Bool = false, makeUpDays: Bool = false
  ) {
    self.weekdays = weekdays
    self.opens = opens
    self.closes = closes
    self.holidayMoves = holidayMoves
    self.makeUpDays = makeUpDays
  }

  /// Why a day holds a reception.
  public enum Reason: Sendable, Equatable {
    /// Its weekday's.
    case scheduled
    /// The reception of `from`, a holiday (`name`), moved to this day.
    case moved(from: LocalDate, holiday: String)
    /// A make-up working day (`name`).
    case makeUp(String)
  }

  /// Why `day` holds a reception, or nil when it holds none.
  public func reason(_ day: LocalDate, calendar: WorkingDayCalendar) -> Reason? {
    switch calendar.kind(of: day) {
    case .makeUpWorkday(let name):
      return makeUpDays ? .makeUp(name) : nil
    case .weekend, .holiday:
      return nil
    case .workday:
      if weekdays.contains(day.weekday) { return .scheduled }
      guard holidayMoves else { return nil }
      // The rest days just before: one of them a reception day lost to a holiday.
      var earlier = day.adding(days: -1)
      while !calendar.isWorkingDay(earlier) {
        if weekdays.contains(earlier.weekday), case .holiday(let name) = calendar.kind(of: earlier)
        {
          return .moved(from: earlier, holiday: name)
        }
        earlier = earlier.adding(days: -1)
      }
      return nil
    }
  }

  /// Whether `day` holds a reception.
  public func isReceptionDay(_ day: LocalDate, calendar: WorkingDayCalendar) -> Bool {
    reason(day, calendar: calendar) != nil
  }

  /// The next `count` reception days from `day` on (`day` itself when it holds one); none when
  /// no weekday is set and no other day holds one within a year.
  public func days(from day: LocalDate, count: Int, calendar: WorkingDayCalendar) -> [LocalDate] {
    var found: [LocalDate] = []
    var next = day
    let last = day.adding(days: 366)
    while found.count < count, next <= last {
      if isReceptionDay(next, calendar: calendar) { found.append(next) }
      next = next.adding(days: 1)
    }
    return found
  }

  /// `15:00–17:40`.
  public var hoursText: String {
    func time(_ minutes: Int) -> String {
      LocalDate.pad(minutes / 60, 2) + ":" + LocalDate.pad(minutes % 60, 2)
    }
    return time(opens) + "–" + time(closes)
  }

  /// The schedule a setting's text gives (`3 15:00-17:40 move makeup`), or nil when it says
  /// nothing a schedule can be made of.
  public init?(setting text: String) {
    var schedule = ReceptionSchedule(weekdays: [])
    for word in text.split(separator: " ") {
      if let day = Int(word), (1...7).contains(day) {
        schedule.weekdays.insert(day)
      } else if word == "move" {
        schedule.holidayMoves = true
      } else if word == "makeup" {
        schedule.makeUpDays = true
      } else if let hours = Self.hours(String(word)) {
        (schedule.opens, schedule.closes) = hours
      } else {
        return nil
      }
    }
    self = schedule
  }

  /// The setting's text of this schedule.
  public var setting: String {
    (weekdays.sorted().map(String.init) + [hoursText.replacingOccurrences(of: "–", with: "-")]
      + (holidayMoves ? ["move"] : []) + (makeUpDays ? ["makeup"] : [])).joined(separator: " ")
  }

  /// `15:00-17:40` as minutes after midnight, opening before closing; nil otherwise.
  public static func hours(_ text: String) -> (Int, Int)? {
    let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-")
    guard parts.count == 2 else { return nil }
    func minutes(_ part: Substring) -> Int? {
      let pieces = part.split(separator: ":")
      guard pieces.count == 2, let hour = Int(pieces[0]), let minute = Int(pieces[1]),
        (0...23).contains(hour), (0...59).contains(minute)
      else { return nil }
      return hour * 60 + minute
    }
    guard let opens = minutes(parts[0]), let closes = minutes(parts[1]), opens < closes else {
      return nil
    }
    return (opens, closes)
  }
}
