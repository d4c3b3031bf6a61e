import Foundation
import LastmileCore
import LastmileStore

extension DemoGenerator {
  /// A problem heard on a visit that became a help request.
  struct RaisedProblem {
    let visitId: UUID
    let household: Int
    let date: LocalDate
    let category: String
    let text: String
  }

  static let householdVisitKinds = WeightedTable<VisitKind>([
    (.homeVisit, 80), (.phone, 13), (.condolence, 7),
  ])

  mutating func writeVisits(
    _ writer: inout BulkLoader, _ villages: [Village], _ households: [PlannedHousehold]
  ) throws -> [RaisedProblem] {
    var raised: [RaisedProblem] = []
    for (index, household) in households.enumerated() {
      let count: Int
      if household.isKey {
        count = random.int(16...26)
      } else if household.isPoor {
        count = random.int(11...18)
      } else if household.isElderlyOnly {
        count = random.int(9...14)
      } else {
        count = random.int(4...10)
      }
      for _ in 0..<count {
        let date = pastDate(within: 365)
        let kind = DemoGenerator.householdVisitKinds.pick(&random)
        var cadres = [household.contactCadres[random.below(household.contactCadres.count)]]
        let village = villages[household.villageIndex]
        if kind == .homeVisit, random.chance(0.1) {
          let other = village.contactCadres[random.below(village.contactCadres.count)]
          if other != cadres[0] { cadres.append(other) }
        }
        var visit = Visit(
          id: random.uuid(), date: date, kind: kind, cadreIds: cadres, householdIds: [household.id],
          areaId: village.id, content: visitContent(kind, household))
        switch kind {
        case .phone: visit.hours = Double(random.int(1...3)) / 10
        case .condolence: visit.hours = 0.5
        default: visit.hours = Double(random.int(1...4)) / 2
        }
        if kind == .homeVisit, random.chance(0.14) {
          let (category, text) = random.pick(DemoTexts.problemsFound)
          visit.problems = text
          if random.chance(0.6) {
            raised.append(
              RaisedProblem(
                visitId: visit.id, household: index, date: date, category: category, text: text))
          }
        }
        if random.chance(0.12) { visit.followUpOn = date.adding(days: random.int(7...30)) }
        try writer.visit(visit, created: stamp(officeTime(on: date)))
        summary.visits += 1
      }
      if index % 2000 == 0 {
        report(0.35 + 0.25 * Double(index) / Double(max(households.count, 1)))
      }
    }
    try writeAreaVisits(&writer, villages)
    return raised
  }

  /// Leaders' stationed days (at least three a month), surveys and forums.
  private mutating func writeAreaVisits(_ writer: inout BulkLoader, _ villages: [Village]) throws {
    let leaders = Set(villages.flatMap(\.leaders)).sorted { $0.uuidString < $1.uuidString }
    let leaderVillages = Dictionary(
      grouping: villages.flatMap { village in village.leaders.map { ($0, village.id) } }, by: \.0)
    for leader in leaders {
      let places = leaderVillages[leader]!.map(\.1)
      for month in 0..<12 {
        for _ in 0..<random.int(3...4) {
          var date = today.adding(days: -(month * 30 + random.int(1...30)))
          if date.isWeekend { date = date.adding(days: date.weekday == 6 ? -1 : -2) }
          try writeAreaVisit(
            &writer, kind: .stationed, cadres: [leader], area: random.pick(places), date: date,
            hours: 8,
            texts: DemoTexts.stationedVisit)
        }
      }
    }
    for village in villages {
      for _ in 0..<4 {
        let cadres =
          village.sectionHeads.isEmpty
          ? [village.contactCadres[0]] : [random.pick(village.sectionHeads)]
        try writeAreaVisit(
          &writer, kind: .survey, cadres: cadres, area: village.id, date: pastDate(within: 365),
          hours: 3,
          texts: DemoTexts.surveyVisit)
      }
      for _ in 0..<2 {
        try writeAreaVisit(
          &writer, kind: .forum, cadres: Array(village.contactCadres.prefix(2)), area: village.id,
          date: pastDate(within: 365), hours: 2, texts: DemoTexts.forumVisit)
      }
    }
  }

  private mutating func writeAreaVisit(
    _ writer: inout BulkLoader, kind: VisitKind, cadres: [UUID], area: UUID, date: LocalDate,
    hours: Double,
    texts: [String]
  ) throws {
    let visit = Visit(
      id: random.uuid(), date: date, kind: kind, cadreIds: cadres, areaId: area, hours: hours,
      content: random.pick(texts))
    try writer.visit(visit, created: stamp(officeTime(on: date)))
    summary.visits += 1
  }

  private mutating func visitContent(_ kind: VisitKind, _ household: PlannedHousehold) -> String {
    switch kind {
    case .phone: return random.pick(DemoTexts.phoneVisit)
    case .condolence: return random.pick(DemoTexts.condolenceVisit)
    default:
      if household.isElderlyOnly { return random.pick(DemoTexts.elderlyVisit) }
      if household.isPoor { return random.pick(DemoTexts.poorVisit) }
      return random.pick(DemoTexts.ordinaryVisit)
    }
  }
}
