import Foundation
import LastmileApp
import LastmileCore
import LastmileStore

/// Realistic queries for the search benchmark, taken from the database itself.
enum BenchQueries {
  /// Twenty queries: Chinese names, pinyin initials and full pinyin, runs of phone digits, ID
  /// number tails and household numbers, spread over the roster.
  static func make(_ store: LastmileStore) throws -> [String] {
    let total = try store.rosterCount()
    var queries: [String] = []
    for index in 0..<4 {
      let sample = try sampleMember(store, at: total * (index * 2 + 1) / 9)
      queries.append(sample.name)
      queries.append(Pinyin.initials(sample.name))
      queries.append(Pinyin.full(sample.name))
      if let phone = sample.phone { queries.append(String(phone.filter(\.isNumber).suffix(6))) }
      if let id = sample.idNumber { queries.append(String(id.suffix(5 + index % 2))) }
      queries.append(sample.householdNo)
    }
    return Array(queries.prefix(20))
  }

  /// The names of `count` people spread over the roster, for walk-ins at the reception desk.
  static func names(_ store: LastmileStore, count: Int) throws -> [String] {
    let total = try store.rosterCount()
    return try (0..<count).map {
      try sampleMember(store, at: total * ($0 * 2 + 1) / (count * 2)).name
    }
  }

  /// The household number of the household in the middle of the roster's default order.
  static func middleHouseholdNumber(_ store: LastmileStore) throws -> String {
    let total = try store.rosterCount()
    return try sampleMember(store, at: total / 2).householdNo
  }

  private static func sampleMember(_ store: LastmileStore, at position: Int) throws -> (
    name: String, phone: String?, idNumber: String?, householdNo: String
  ) {
    var anchor = PageAnchor.first
    var skipped = 0
    while skipped + 500 < position {
      let page = try store.rosterPage(sort: ListingSort(), anchor: anchor, limit: 500)
      guard let last = page.last else { break }
      anchor = .after(last.key)
      skipped += page.count
    }
    let row = try store.rosterPage(
      sort: ListingSort(), anchor: anchor, limit: max(1, position - skipped + 1)
    ).last!
    let members = try store.members(ofHousehold: row.model.id)
    let person = members.first { !$0.phone.isEmpty && !$0.idNumber.isEmpty } ?? members.first
    return (
      person?.name ?? row.model.headName, person?.phone.isEmpty == false ? person?.phone : nil,
      person?.idNumber.isEmpty == false ? person?.idNumber : nil, row.model.householdNo
    )
  }
}

extension BenchQueries {
  /// The date of the visit `position` places from the newest (the oldest's, past the end).
  static func visitDate(_ store: LastmileStore, at position: Int) throws -> LocalDate {
    var anchor = PageAnchor.first
    var skipped = 0
    var seen: LocalDate?
    let sort = ListingSort(key: DiaryColumn.date.rawValue, ascending: false)
    while skipped + 5_000 < position {
      let page = try store.visitPage(sort: sort, anchor: anchor, limit: 5_000)
      guard let last = page.last else { break }
      anchor = .after(last.key)
      skipped += page.count
      seen = last.model.date
    }
    let page = try store.visitPage(
      sort: sort, anchor: anchor, limit: max(1, position - skipped + 1))
    guard let date = page.last?.model.date ?? seen else { throw BenchError.noVisits }
    return date
  }

  /// Rewrites the visits file's dates `years` earlier, keeping its first `limit` rows;
  /// returns how many rows it holds.
  static func shiftDates(in file: URL, years: Int, limit: Int) throws -> Int {
    let text = try String(contentsOf: file, encoding: .utf8)
    var lines: [Substring] = []
    var rows = 0
    for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
      guard let date = LocalDate(parsing: String(line.prefix(10))), line.dropFirst(10).first == ","
      else {
        if rows <= limit { lines.append(line) }
        continue
      }
      rows += 1
      guard rows <= limit else { continue }
      lines.append(Substring(date.adding(months: 12 * years).description) + line.dropFirst(10))
    }
    try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
    return min(rows, limit)
  }
}
