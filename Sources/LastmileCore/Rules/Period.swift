/// A period quotas are judged over: a month (`2026-11`), a quarter (`2026-Q4`) or a year
/// (`2026`).
public struct Period: Sendable, Hashable, CustomStringConvertible {
  public let first: LocalDate
  public let last: LocalDate
  public let description: String

  /// The period a text names, or nil.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-").map(String.init)
    guard let year = parts.first.flatMap(Int.init), (2000...2100).contains(year) else { return nil }
    switch parts.count {
    case 1:
      first = LocalDate(year: year, month: 1, day: 1)!
      last = LocalDate(year: year, month: 12, day: 31)!
    case 2 where parts[1].uppercased().hasPrefix("Q"):
      guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
      first = LocalDate(year: year, month: quarter * 3 - 2, day: 1)!
      last = first.adding(months: 3).adding(days: -1)
    case 2:
      guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
      first = LocalDate(year: year, month: month, day: 1)!
      last = first.lastOfMonth
    default:
      return nil
    }
    description = text.uppercased()
  }

  /// The months the period spans (1, 3 or 12).
  public var months: Int { (last.year - first.year) * 12 + last.month - first.month + 1 }

  /// Each month of the period, from its first day to its last.
  public var monthRanges: [ClosedRange<LocalDate>] {
    (0..<months).map { first.adding(months: $0) }.map { $0...$0.lastOfMonth }
  }

  /// A yearly quota's share of the period, rounded up (100 days a year: 9 in a month).
  public func share(ofYearly quota: Int) -> Int { (quota * months + 11) / 12 }
}
