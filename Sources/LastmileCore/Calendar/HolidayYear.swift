/// One year of the official holiday arrangement: the days off and the make-up working days.
public struct HolidayYear: Sendable, Equatable {
  /// The calendar year.
  public let year: Int
  /// Where the arrangement comes from (the notice's number), or empty.
  public var source: String
  /// Days off, each with the holiday's name (weekend days of a break may be listed too).
  public var daysOff: [LocalDate: String]
  /// Make-up working days on a Saturday or Sunday, each with the holiday it makes up for.
  public var makeUpWorkdays: [LocalDate: String]

  /// An arrangement for `year` with no days listed yet.
  public init(year: Int, source: String = "") {
    self.year = year
    self.source = source
    self.daysOff = [:]
    self.makeUpWorkdays = [:]
  }
}
