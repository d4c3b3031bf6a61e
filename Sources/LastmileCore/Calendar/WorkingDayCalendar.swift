/// China's working-day calendar: weekends, public holidays and make-up working days (调休).
///
/// Years with an official arrangement on file are exact; any other year is computed on
/// weekends alone, and the answers say so (`CalendarAnswer.estimatedYears`).
public struct WorkingDayCalendar: Sendable, Equatable {
  /// The arrangements on file, by year.
  public private(set) var years: [Int: HolidayYear]

  /// A calendar with these arrangements.
  public init(years: [HolidayYear] = []) {
    self.years = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// The calendar shipped with the program (the State Council notices it knows).
  public static let builtIn: WorkingDayCalendar = {
    let text = String(decoding: PackageResources.holidays_cn_txt, as: UTF8.self)
    do {
      return WorkingDayCalendar(years: try HolidayFileParser.parse(text, file: "holidays-cn.txt"))
    } catch {
      preconditionFailure("the shipped holiday file is invalid: \(error)")
    }
  }()

  /// This calendar with `added` years taking the place of any year it already had.
  public func merging(_ added: [HolidayYear]) -> WorkingDayCalendar {
    var copy = self
    for year in added { copy.years[year.year] = year }
    return copy
  }

  /// The years with an arrangement on file, in order.
  public var knownYears: [Int] { years.keys.sorted() }

  /// Whether `year` has an arrangement on file.
  public func knows(year: Int) -> Bool { years[year] != nil }

  /// What kind of day `date` is.
  public func kind(of date: LocalDate) -> DayKind {
    if let year = years[date.year] {
      if let name = year.makeUpWorkdays[date] { return .makeUpWorkday(name) }
      if let name = year.daysOff[date] { return .holiday(name) }
    }
    return date.isWeekend ? .weekend : .workday
  }

  /// `date`, or the first working day after it: where a deadline that falls on a rest day goes.
  public func workingDay(onOrAfter date: LocalDate) -> LocalDate {
    var day = date
    while !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }

  /// Whether people work on `date`.
  public func isWorkingDay(_ date: LocalDate) -> Bool {
    kind(of: date).isWorkingDay
  }

  /// The date `count` working days after `start` (before it when negative), `start` not counted.
  ///
  /// Adding 0 gives `start` itself. Received on a Monday, 7 working days later is the next
  /// week's Wednesday when no holiday falls between.
  public func adding(workingDays count: Int, to start: LocalDate) -> CalendarAnswer<LocalDate> {
    var date = start
    var remaining = abs(count)
    let step = count >= 0 ? 1 : -1
    var estimated = Set<Int>()
    while remaining > 0 {
      date = date.adding(days: step)
      if !knows(year: date.year) { estimated.insert(date.year) }
      if isWorkingDay(date) { remaining -= 1 }
    }
    return CalendarAnswer(value: date, estimatedYears: estimated.sorted())
  }

  /// The working days after `start` up to and including `end`; negative when `end` is earlier.
  ///
  /// This is how late a request is: due on Monday and not replied to by Wednesday is 2 working
  /// days overdue.
  public func workingDays(from start: LocalDate, to end: LocalDate) -> CalendarAnswer<Int> {
    guard start != end else { return CalendarAnswer(value: 0, estimatedYears: []) }
    let (low, high, sign) = start < end ? (start, end, 1) : (end, start, -1)
    // Weekdays in (low, high] by whole weeks, then the official exceptions in that range.
    let span = low.days(to: high)
    var count = span / 7 * 5
    var date = low.adding(days: span / 7 * 7)
    while date < high {
      date = date.adding(days: 1)
      if !date.isWeekend { count += 1 }
    }
    var estimated: [Int] = []
    for year in low.adding(days: 1).year...high.year {
      guard let arrangement = years[year] else {
        estimated.append(year)
        continue
      }
      for day in arrangement.daysOff.keys where day > low && day <= high && !day.isWeekend {
        if arrangement.makeUpWorkdays[day] == nil { count -= 1 }
      }
      for day in arrangement.makeUpWorkdays.keys where day > low && day <= high && day.isWeekend {
        count += 1
      }
    }
    return CalendarAnswer(value: sign * count, estimatedYears: estimated)
  }
}
