import Foundation
import LastmileCore
import LastmileStore

/// Builds a realistic township (or, for many households, a county of townships) into an empty
/// database: villages and groups, households with members whose ID numbers are valid, cadres
/// with their contact duties, a year of visits and requests in every channel and state.
///
/// Everything is derived from the seed and `today`, so the same seed gives the same data.
struct DemoGenerator {
  /// The device id stamped on demo rows: they were written by the generator, not this laptop.
  static let device = "demo"

  let householdCount: Int
  let today: LocalDate
  let calendar: WorkingDayCalendar
  let policy: DeadlinePolicy
  let progress: ((Double) -> Void)?
  var random: SeededRandom
  /// A second stream for what the cadres' quotas add, so that the rest of the data stays
  /// what it was for a seed.
  var extra: SeededRandom
  /// How many more contact households a cadre of a role with a household quota takes.
  var householdRoom: [UUID: Int] = [:]
  /// Each cadre's role.
  var roles: [UUID: CadreRole] = [:]
  /// The county leaders with the villages of the township they contact.
  var countyLeaders: [(UUID, [UUID])] = []
  /// The households contacted by a cadre whose role has a household quota: cadre, household,
  /// village.
  var quotaContacts: [(UUID, UUID, UUID)] = []
  /// The bureau leaders with the village they contact.
  var bureauLeaders: [(UUID, UUID)] = []
  var summary = DemoSummary()
  var usedIdNumbers = Set<String>()
  var usedPhones = Set<String>()
  /// Cadre names by id, for assignees and the operators of request histories.
  var cadreNames: [UUID: String] = [:]
  /// The first township's leaders, who take its reception days in turn.
  var dutyLeaders: [String] = []
  /// This machine's offset from UTC in seconds, read once.
  let zoneOffset = TimeZone.current.secondsFromGMT()

  init(
    households: Int, seed: UInt64, today: LocalDate, calendar: WorkingDayCalendar,
    policy: DeadlinePolicy, progress: ((Double) -> Void)?
  ) {
    householdCount = households
    self.today = today
    self.calendar = calendar
    self.policy = policy
    self.progress = progress
    random = SeededRandom(seed: seed ^ 0x6C61_7374_6D69_6C65)
    extra = SeededRandom(seed: seed ^ 0x7175_6F74_6173_2121)
  }

  /// A village as the generator plans it.
  struct Village {
    let id: UUID
    let townshipIndex: Int
    let index: Int
    let name: String
    let township: String
    let groups: [(id: UUID, name: String)]
    var households: Int
    var contactCadres: [UUID] = []
    var leaders: [UUID] = []
    var sectionHeads: [UUID] = []
    /// The village committee members, who contact the households no quota'd cadre takes.
    var gridCadres: [UUID] = []
    var townshipId: UUID?
  }

  /// A household as the visits and requests need it.
  struct PlannedHousehold {
    let id: UUID
    let villageIndex: Int
    let categories: [HouseholdCategory]
    let contactCadres: [UUID]
    let adults: [(id: UUID, name: String, phone: String)]
    let isElderlyOnly: Bool
    let isPoor: Bool

    var isKey: Bool { categories.contains(.keyHousehold) }
  }

  /// Writes everything through the store's bulk loader, which builds the indexes and fills
  /// the roster's columns once the rows are in.
  mutating func run(_ writer: inout BulkLoader) throws -> DemoSummary {
    Pinyin.prepare(DemoNames.allCharacters)
    var villages = try planAreas(&writer)
    try planCadres(&writer, &villages)
    try planQuotaCadres(&writer, &villages)
    report(0.02)
    let households = try writeHouseholds(&writer, villages)
    let raised = try writeVisits(&writer, villages, households)
    try writeQuotaVisits(&writer, villages)
    try writeRequests(&writer, villages, households, raisedByVisits: raised)
    report(0.85)
    return summary
  }

  func report(_ fraction: Double) {
    progress?(fraction)
  }

  /// The row stamp for something written at `moment` (local time, this machine's zone).
  func stamp(_ moment: LocalDateTime) -> String {
    Timestamp.text(
      millisecondsSince1970: (moment.date.dayNumber * 86_400 + moment.minuteOfDay * 60 - zoneOffset)
        * 1000)
  }

  /// A random date in the last `days` days before today.
  mutating func pastDate(within days: Int, weekdaysMostly: Bool = true) -> LocalDate {
    var date = today.adding(days: -random.int(1...days))
    if weekdaysMostly, date.isWeekend, random.chance(0.8) {
      date = date.adding(days: date.weekday == 6 ? -1 : 1)
      if date >= today { date = date.adding(days: -3) }
    }
    return date
  }

  /// A local date-time on `date` within office hours.
  mutating func officeTime(on date: LocalDate) -> LocalDateTime {
    LocalDateTime(date: date, hour: random.int(8...17), minute: random.int(0...59))!
  }
}

extension DemoGenerator {
  mutating func planAreas(_ writer: inout BulkLoader) throws -> [Village] {
    let townshipCount = max(1, Int((Double(householdCount) / 4000).rounded()))
    summary.townships = townshipCount
    var villages: [Village] = []
    let created = stamp(LocalDateTime(startOf: today.adding(days: -1100)))
    for townshipIndex in 0..<townshipCount {
      let township =
        townshipIndex < DemoNames.townships.count
        ? DemoNames.townships[townshipIndex]
        : DemoNames.townships[townshipIndex % DemoNames.townships.count].replacingOccurrences(
          of: "镇", with: "\(townshipIndex / DemoNames.townships.count + 1)镇")
      let townshipId = random.uuid()
      try writer.area(
        id: townshipId, parent: nil, level: .township, name: township, position: townshipIndex,
        created: created)
      let villageCount = random.int(8...12)
      var stems = DemoNames.villageStems
      for villageIndex in 0..<villageCount {
        let isCommunity = villageIndex == 0
        let name: String
        if isCommunity {
          name = String(township.dropLast()) + "社区"
        } else {
          name = stems.remove(at: random.below(stems.count)) + "村"
        }
        let villageId = random.uuid()
        try writer.area(
          id: villageId, parent: townshipId, level: .village, name: name, position: villageIndex,
          created: created)
        var groups: [(UUID, String)] = []
        for groupIndex in 0..<random.int(5...10) {
          let groupName =
            isCommunity ? "第\(groupIndex + 1)网格" : DemoNames.groupNumbers[groupIndex] + "组"
          let groupId = random.uuid()
          try writer.area(
            id: groupId, parent: villageId, level: .group, name: groupName, position: groupIndex,
            created: created)
          groups.append((groupId, groupName))
          summary.groups += 1
        }
        villages.append(
          Village(
            id: villageId, townshipIndex: townshipIndex, index: villageIndex, name: name,
            township: township, groups: groups, households: 0, townshipId: townshipId))
      }
    }
    // Share the households among villages, some larger than others.
    let weights = villages.map { _ in 60 + random.below(80) }
    let total = weights.reduce(0, +)
    var assigned = 0
    for index in villages.indices {
      villages[index].households = householdCount * weights[index] / total
      assigned += villages[index].households
    }
    for index in 0..<(householdCount - assigned) {
      villages[index % villages.count].households += 1
    }
    summary.villages = villages.count
    return villages
  }

  mutating func planCadres(_ writer: inout BulkLoader, _ villages: inout [Village]) throws {
    let created = stamp(LocalDateTime(startOf: today.adding(days: -1100)))
    let byTownship = Dictionary(grouping: villages.indices, by: { villages[$0].townshipIndex })
    for townshipIndex in byTownship.keys.sorted() {
      let members = byTownship[townshipIndex]!
      let township = villages[members[0]].township
      func add(_ role: CadreRole, unit: String) throws -> UUID {
        let id = random.uuid()
        let born = today.year - random.int(28...56)
        let name = personName(bornIn: born, male: random.chance(0.7))
        cadreNames[id] = name
        roles[id] = role
        try writer.cadre(
          id: id, name: name, role: role, unit: unit, phone: mobile(),
          roleSince: today.adding(days: -extra.int(400...1300)),
          created: created)
        summary.cadres += 1
        return id
      }
      // Leaders contact two villages each and are stationed there.
      for index in 0..<random.int(6...8) {
        let leader = try add(.townshipLeader, unit: "\(township)党委政府")
        if townshipIndex == byTownship.keys.min(), dutyLeaders.count < 4 {
          dutyLeaders.append(cadreNames[leader] ?? "")
        }
        for offset in 0..<2 {
          let village = members[(index * 2 + offset) % members.count]
          villages[village].leaders.append(leader)
          try writer.assignment(
            id: random.uuid(), cadre: leader, household: nil, area: villages[village].id,
            startsOn: today.adding(days: -random.int(400...1000)), created: created)
          summary.assignments += 1
        }
      }
      // Section heads and staff contact one village each; secretaries and party members
      // their own.
      let offices = ["党政办", "社会事务办", "经济发展办", "综治办", "农业综合服务中心", "财政所"]
      for index in 0..<max(4, members.count * 3 / 4) {
        let head = try add(.sectionHead, unit: township + offices[index % offices.count])
        let village = members[index % members.count]
        villages[village].sectionHeads.append(head)
        villages[village].contactCadres.append(head)
      }
      for index in 0..<(members.count * 2) {
        let staff = try add(.staff, unit: township + offices[index % offices.count])
        villages[members[index % members.count]].contactCadres.append(staff)
      }
      for village in members {
        let name = villages[village].name
        let secretary = try add(
          .villageSecretary, unit: name + (name.hasSuffix("社区") ? "居委会" : "村委会"))
        villages[village].contactCadres.insert(secretary, at: 0)
        for _ in 0..<2 {
          villages[village].contactCadres.append(try add(.partyMember, unit: name + "党支部"))
        }
        for cadre in villages[village].contactCadres {
          try writer.assignment(
            id: random.uuid(), cadre: cadre, household: nil, area: villages[village].id,
            startsOn: today.adding(days: -random.int(400...1000)), created: created)
          summary.assignments += 1
        }
      }
    }
  }

  /// A full name for someone born in `year`.
  mutating func personName(bornIn year: Int, male: Bool, surname: String? = nil) -> String {
    (surname ?? DemoNames.surnames.pick(&random))
      + random.pick(DemoNames.givenNames(bornIn: year, male: male))
  }

  /// A mobile number not used before in this database.
  mutating func mobile() -> String {
    while true {
      let number =
        random.pick(DemoNames.mobilePrefixes) + String(random.int(10_000_000...99_999_999))
      if usedPhones.insert(number).inserted { return number }
    }
  }

  /// A landline of the demo county.
  mutating func landline() -> String {
    DemoNames.areaCode + "-" + String(random.int(5_100_000...5_899_999))
  }
}
