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
