import Foundation
import LastmileCore
import LastmileStore

/// What makes the demo's quotas true to life: cadres of every role the rules name, contacts
/// within what each role takes, and the days out that the quotas count, most cadres meeting
/// them, some short by a little and some by a lot. Drawn from a stream of their own, so that
/// the households, visits and requests of a seed stay as they were.
extension DemoGenerator {
  /// How many contact households each role takes (its quota, or a few for a section head).
  static func householdRoom(_ role: CadreRole) -> Int? {
    switch role {
    case .townshipLeader: 5
    case .staff: 4
    case .villageSecretary: 5
    case .partyMember: 2
    case .sectionHead: 6
    default: nil
    }
  }

  /// A county leader and a bureau leader for each township, two village committee members
  /// and a volunteer for each village; the room each cadre of a household quota has.
  mutating func planQuotaCadres(_ writer: inout BulkLoader, _ villages: inout [Village]) throws {
    swap(&random, &extra)
    defer { swap(&random, &extra) }
    let created = stamp(LocalDateTime(startOf: today.adding(days: -1100)))
    func add(_ role: CadreRole, unit: String, since: Int) throws -> UUID {
      let id = random.uuid()
      let name = personName(bornIn: today.year - random.int(30...58), male: random.chance(0.6))
      cadreNames[id] = name
      roles[id] = role
      try writer.cadre(
        id: id, name: name, role: role, unit: unit, phone: mobile(),
        roleSince: today.adding(days: -random.int(since...(since + 400))), created: created)
      summary.cadres += 1
      return id
    }
    for village in villages.indices {
      for cadre in villages[village].contactCadres + villages[village].leaders {
        guard householdRoom[cadre] == nil, let role = roles[cadre],
          let room = Self.householdRoom(role)
        else { continue }
        householdRoom[cadre] = role == .partyMember ? random.int(1...2) : room
      }
      let name = villages[village].name
      for _ in 0..<2 {
        villages[village].gridCadres.append(
          try add(
            .villageCommittee, unit: name + (name.hasSuffix("社区") ? "居委会" : "村委会"), since: 900))
      }
      _ = try add(.volunteer, unit: name + "志愿服务队", since: 300)
    }
    let townships = Dictionary(grouping: villages.indices) { villages[$0].townshipIndex }
    for index in townships.keys.sorted() {
      let members = townships[index]!
      guard let township = villages[members[0]].townshipId else { continue }
      let county = try add(.countyLeader, unit: "县人民政府", since: 700)
      try writer.assignment(
        id: random.uuid(), cadre: county, household: nil, area: township,
        startsOn: today.adding(days: -random.int(400...800)), created: created)
      summary.assignments += 1
      countyLeaders.append((county, members.map { villages[$0].id }))
      let bureau = try add(.bureauLeader, unit: "县民政局", since: 700)
      let village = villages[random.pick(members)].id
      try writer.assignment(
        id: random.uuid(), cadre: bureau, household: nil, area: village,
        startsOn: today.adding(days: -random.int(400...800)), created: created)
      summary.assignments += 1
      bureauLeaders.append((bureau, village))
    }
  }

  /// A household's contact from the village committee.
  mutating func gridCadre(_ village: Village) -> UUID {
    village.gridCadres.isEmpty
      ? village.contactCadres[0] : village.gridCadres[extra.below(village.gridCadres.count)]
  }

  /// The cadre, when their role still has room for a contact household (taking it).
  mutating func takeRoom(_ cadre: UUID) -> UUID? {
    guard let room = householdRoom[cadre] else { return nil }
    guard room > 0 else { return nil }
    householdRoom[cadre] = room - 1
    return cadre
  }

  /// The days out the quotas count: the leaders' runs of stationed days, the county and bureau
  /// leaders' visits to their contact points, the section heads' surveys and reports. One cadre
  /// in four falls short somewhere, one in ten by a lot.
  mutating func writeQuotaVisits(_ writer: inout BulkLoader, _ villages: [Village]) throws {
    swap(&random, &extra)
    defer { swap(&random, &extra) }
    func visit(_ kind: VisitKind, _ cadre: UUID, _ area: UUID, _ date: LocalDate, _ text: [String])
      throws
    {
      let hours: Double? = kind.isWritten ? nil : (kind == .stationed ? 8 : 3)
      let visit = Visit(
        id: random.uuid(), date: date, kind: kind, cadreIds: [cadre], areaId: area, hours: hours,
        content: random.pick(text))
      try writer.visit(visit, created: stamp(officeTime(on: date)))
      summary.visits += 1
    }
    /// How diligent a cadre is: 0 meets every quota, 1 misses a little, 2 a lot.
    func diligence() -> Int { random.chance(0.1) ? 2 : random.chance(0.17) ? 1 : 0 }
    // The monthly visit to each contact household, by cadres of each diligence.
    var levels: [UUID: Int] = [:]
    for (cadre, household, village) in quotaContacts {
      let level = levels[cadre] ?? diligence()
      levels[cadre] = level
      for month in 0..<12 where level == 0 || random.chance([0, 0.85, 0.45][level]) {
        let first = today.adding(months: -month)
        let date = LocalDate(year: first.year, month: first.month, day: random.int(1...28))!
        guard date < today else { continue }
        let visit = Visit(
          id: random.uuid(), date: date, kind: random.chance(0.85) ? .homeVisit : .phone,
          cadreIds: [cadre], householdIds: [household], areaId: village, hours: 1,
          content: random.pick(DemoTexts.poorVisit))
        try writer.visit(visit, created: stamp(officeTime(on: date)))
        summary.visits += 1
      }
    }
    let leaders = Set(villages.flatMap(\.leaders)).sorted { $0.uuidString < $1.uuidString }
    for leader in leaders {
      let places = villages.filter { $0.leaders.contains(leader) }.map(\.id)
      let skips = [0, 2, 7][diligence()]
      for month in 0..<12 where !(month > 0 && month <= skips) {
        // Three days in a row, Monday to Wednesday of a week in the month.
        let first = today.adding(months: -month)
        var start = LocalDate(year: first.year, month: first.month, day: random.int(1...20))!
        while start.weekday != 1 { start = start.adding(days: 1) }
        guard start.adding(days: 2) < today else { continue }
        let place = random.pick(places)
        for day in 0..<3 {
          try visit(.stationed, leader, place, start.adding(days: day), DemoTexts.stationedVisit)
        }
      }
    }
    for (cadre, places) in countyLeaders {
      for _ in 0..<[7, 4, 1][diligence()] {
        try visit(.forum, cadre, random.pick(places), pastDate(within: 360), DemoTexts.forumVisit)
      }
    }
    for (cadre, village) in bureauLeaders {
      let level = diligence()
      for _ in 0..<[108, 90, 40][level] {
        try visit(
          random.chance(0.7) ? .survey : .forum, cadre, village, pastDate(within: 360),
          DemoTexts.surveyVisit)
      }
      if level < 2 {
        try visit(.surveyReport, cadre, village, pastDate(within: 200), DemoTexts.surveyReport)
      }
    }
    for village in villages {
      for head in village.sectionHeads {
        let level = diligence()
        for _ in 0..<[5, 3, 1][level] {
          try visit(.survey, head, village.id, pastDate(within: 360), DemoTexts.surveyVisit)
        }
        if level == 0 {
          try visit(.surveyReport, head, village.id, pastDate(within: 200), DemoTexts.surveyReport)
        }
      }
    }
  }
}
