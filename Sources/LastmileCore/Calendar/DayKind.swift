/// What kind of day a date is under the working-day calendar.
public enum DayKind: Sendable, Equatable {
  /// An ordinary Monday to Friday.
  case workday
  /// An ordinary Saturday or Sunday.
  case weekend
  /// A day off for a public holiday, with the holiday's name.
  case holiday(String)
  /// A Saturday or Sunday worked to make up for a holiday (调休), with the holiday's name.
  case makeUpWorkday(String)

  /// Whether people work on this day.
  public var isWorkingDay: Bool {
    switch self {
    case .workday, .makeUpWorkday: return true
    case .weekend, .holiday: return false
    }
  }
}
