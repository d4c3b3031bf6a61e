import Foundation

/// A period quotas are judged over: a month (`2026-11`), a quarter (`2026-Q4`), a year
/// (`2026`) or a year to date (`2026-YTD`, or `ytd` for this year).
public struct Period: Sendable, Hashable, CustomStringConvertible {
  public let first: LocalDate
  public let last: LocalDate
  public let description: String

  /// The period up to `today`: nil when it has not begun, else its days until then.
  public func clipped(to today: LocalDate) -> Period? {
    guard first <= today else { return nil }
    return last <= today ? self : Period(first: first, last: today, description: description)
  }

  private init(first: LocalDate, last: LocalDate, description: String) {
    self.first = first
    self.last = last
    self.description = description
  }

  /// A yearly quota's part of the period: floor of the months gone (50 days a year owe 45 by
  /// the end of November; a report a year is owed once the year is over).
  public func part(ofYearly quota: Int) -> Int { quota * months / 12 }

  /// The months from the one of `first` through the one of `last` (a part of a longer period).
  public init(months first: LocalDate, through last: LocalDate) {
    self.first = LocalDate(year: first.year, month: first.month, day: 1)!
    self.last = last.lastOfMonth
    let from = String(first.description.prefix(7))
    let to = String(last.description.prefix(7))
    description = from == to ? from : "\(from)…\(to)"
  }

  /// The period a text names, or nil; `today` is the end of a year to date.
  public init?(parsing text: String, today: LocalDate? = nil) {
    let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
    if upper == "YTD" || upper.hasSuffix("-YTD") {
      guard let today else { return nil }
      let year = upper == "YTD" ? today.year : Int(upper.dropLast(4)) ?? 0
      guard (2000...2100).contains(year), year <= today.year else { return nil }
      first = LocalDate(year: year, month: 1, day: 1)!
      last = year == today.year ? today : LocalDate(year: year, month: 12, day: 31)!
      description = "\(year)-YTD"
      return
    }
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
    description = upper
  }

  /// The months the period spans (1, 3 or 12).
  public var months: Int { (last.year - first.year) * 12 + last.month - first.month + 1 }

  /// Each month of the period, from its first day to its last.
  public var monthRanges: [ClosedRange<LocalDate>] {
    (0..<months).map { first.adding(months: $0) }.map { $0...min($0.lastOfMonth, last) }
  }

}
