import GRDB
import LastmileCore

/// Days from `first` through `last` as the whole months in them, which a tally counts, and the
/// days at either end outside those months, which are read row by row. Both ends are always
/// given; an empty one matches no day (`'9'` to `'0'`).
struct MonthSplit: Sendable {
  /// The first and last whole month, as `2026-03`.
  let months: (first: String, last: String)
  /// The days before the first whole month, and after the last.
  let head: (first: String, last: String)
  let tail: (first: String, last: String)

  private static let none = (first: "9", last: "0")

  init(first: LocalDate, through last: LocalDate) {
    let wholeFirst =
      first.day == 1
      ? first
      : LocalDate(year: first.year, month: first.month, day: 1)!.adding(
        months: 1)
    let wholeLast =
      last == last.lastOfMonth
      ? last : LocalDate(year: last.year, month: last.month, day: 1)!.adding(days: -1)
    guard wholeFirst <= wholeLast else {
      months = Self.none
      head = (first.description, last.description)
      tail = Self.none
      return
    }
    months = (String(wholeFirst.description.prefix(7)), String(wholeLast.description.prefix(7)))
    head =
      first < wholeFirst ? (first.description, wholeFirst.adding(days: -1).description) : Self.none
    tail = wholeLast < last ? (wholeLast.adding(days: 1).description, last.description) : Self.none
  }

  /// The six values in order: months, head, tail.
  var values: [String] {
    [months.first, months.last, head.first, head.last, tail.first, tail.last]
  }
}
