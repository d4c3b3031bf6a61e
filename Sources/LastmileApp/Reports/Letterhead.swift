import LastmileCore

/// What a printed report says of where it comes from: the office, the period it covers, the
/// database it was read from, and when it was made.
public struct Letterhead: Sendable {
  public let office: String
  public let period: String
  public let database: String
  public let made: LocalDateTime

  public init(office: String, period: String, database: String, made: LocalDateTime) {
    self.office = office
    self.period = period
    self.database = database
    self.made = made
  }

  /// The line printed under the title.
  func line(_ language: Language) -> String {
    let l = Localizer(language)
    return l(
      .reportLetterhead(
        office.isEmpty ? l(.reportNoOffice) : office, period, database, made.description))
  }
}
