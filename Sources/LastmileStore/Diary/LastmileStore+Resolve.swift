import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The households a visit names, each as typed: a household number (alone or before the head's
  /// name, as the form writes them back), or a name found by the roster's search (pinyin and
  /// initials too) that fits one household.
  public func resolveHouseholds(_ text: String) throws -> [Resolution<HouseholdRef>] {
    try NameList.items(text).map { typed in
      let number = String(typed.split(whereSeparator: \.isWhitespace).first ?? "")
      if let found = try householdRef(where: "h.household_no = ?", [number]).first {
        return .found(found)
      }
      let people = try findPeople(typed, limit: Self.peopleSearchCap).people
      let exact = people.filter { $0.name == typed }
      var households: [UUID] = []
      for person in exact.isEmpty ? people : exact where !households.contains(person.householdId) {
        households.append(person.householdId)
      }
      switch households.count {
      case 0: return .notFound(typed)
      case 1:
        guard let found = try householdRefs([households[0]]).first else { return .notFound(typed) }
        return .found(found)
      default:
        let shown = try householdRefs(Array(households.prefix(4)))
        return .ambiguous(
          typed,
          candidates: shown.map { "\($0.number) \($0.head) \($0.place)".trimmed }
            + (households.count > shown.count ? ["…"] : []))
      }
    }
  }

  /// The households with these ids, in that order (the gone ones left out).
  public func householdRefs(_ ids: [UUID]) throws -> [HouseholdRef] {
    guard !ids.isEmpty else { return [] }
    // One query for them all, put back in the order asked.
    let found = try householdRef(
      where: "h.id IN (" + Array(repeating: "?", count: ids.count).joined(separator: ",") + ")",
      ids.map(\.databaseText))
    let byId = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return ids.compactMap { byId[$0] }
  }

  private func householdRef(where condition: String, _ arguments: [String]) throws
    -> [HouseholdRef]
  {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT h.id, h.household_no, h.head_name, h.village_id, v.name AS village_name,
            CASE WHEN g.level = 'group' THEN g.name END AS group_name
          FROM household h LEFT JOIN area g ON g.id = h.area_id LEFT JOIN area v ON v.id = h.village_id
          WHERE h.deleted_at IS NULL AND \(condition)
          """, arguments: StatementArguments(arguments)
      ).map { row in
        let table = Household.Columns.table
        return HouseholdRef(
          id: try row.id("id", in: table), number: row["household_no"], head: row["head_name"],
          place: [row["village_name"] as String?, row["group_name"] as String?].compactMap { $0 }
            .joined(separator: " "),
          villageId: try row.optionalId("village_id", in: table))
      }
    }
  }

  /// The cadres a visit names, each as typed: a name, or its pinyin or initials when they fit
  /// one cadre.
  public func resolveCadres(_ text: String) throws -> [Resolution<CadreRef>] {
    let cadres = try read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, name, unit, role FROM cadre WHERE deleted_at IS NULL ORDER BY name")
    }
    let table = Cadre.Columns.table
    return try NameList.items(text).map { typed in
      let key = typed.lowercased().filter { !$0.isWhitespace }
      var fits = cadres.filter { ($0["name"] as String) == typed }
      if fits.isEmpty {
        fits = cadres.filter {
          let name: String = $0["name"]
          return Pinyin.full(name).filter { !$0.isWhitespace } == key
            || Pinyin.initials(name) == key
        }
      }
      switch fits.count {
      case 0: return .notFound(typed)
      case 1: return .found(CadreRef(id: try fits[0].id("id", in: table), name: fits[0]["name"]))
      default:
        return .ambiguous(
          typed,
          candidates: fits.prefix(4).map { row in
            let unit: String = row["unit"]
            return (row["name"] as String) + (unit.isEmpty ? "" : "（\(unit)）")
          })
      }
    }
  }

  /// The cadres with these ids, in that order.
  public func cadreRefs(_ ids: [UUID]) throws -> [CadreRef] {
    try read { db in
      try ids.compactMap { id in
        try String.fetchOne(
          db, sql: "SELECT name FROM cadre WHERE id = ?", arguments: [id.databaseText]
        ).map { CadreRef(id: id, name: $0) }
      }
    }
  }
}

/// A household that answers to a name typed for a visit, with the person whose name it is.
public struct HouseholdCandidate: Sendable, Equatable {
  public let household: HouseholdRef
  public let person: String
  public let relation: Relation
  public let birthDate: LocalDate?
}

extension LastmileStore {
  /// The households whose people answer to `typed` (the roster's search: names, pinyin,
  /// initials), each once, with the person found in it, the closest first.
  public func householdCandidates(_ typed: String, limit: Int = 40) throws -> [HouseholdCandidate] {
    let people = try findPeople(typed, limit: Self.peopleSearchCap).people
    var seen: Set<UUID> = []
    let first = people.filter { seen.insert($0.householdId).inserted }.prefix(limit)
    let households = Dictionary(
      try householdRefs(first.map(\.householdId)).map { ($0.id, $0) },
      uniquingKeysWith: { one, _ in one })
    return first.compactMap { person in
      households[person.householdId].map {
        HouseholdCandidate(
          household: $0, person: person.name, relation: person.relation,
          birthDate: person.birthDate)
      }
    }
  }
}
