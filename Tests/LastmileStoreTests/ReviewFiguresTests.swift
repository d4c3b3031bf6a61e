import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The review's figures worked out on a hand-made ledger")
struct ReviewFiguresTests {
  let october = Period(parsing: "2026-10")!
  let octoberDays = LocalDate(parsing: "2026-10-01")!...LocalDate(parsing: "2026-10-31")!

  @Test(
    "deadlines across 国庆 count working days only, and a reply on the deadline's last working day is in time"
  )
  func deadlinesAcrossTheHoliday() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    // Seven working days after 09-30 and after 10-01: 10-08, 09, 10 (made up), 12, 13, 14, 15.
    #expect(try store.request(id: Fixtures.uuid(50))?.dueOn == LocalDate(parsing: "2026-10-15"))
    #expect(try store.request(id: Fixtures.uuid(51))?.dueOn == LocalDate(parsing: "2026-10-15"))
    // After 10-09: 10-10, 12, 13, 14, 15, 16, 19.
    #expect(try store.request(id: Fixtures.uuid(52))?.dueOn == LocalDate(parsing: "2026-10-19"))
    let report = try store.ratesReport(
      from: octoberDays.lowerBound, through: octoberDays.upperBound, by: nil)
    // 51 replied on its last day counts; 52 a day late, and 不满意, is listed once as 不满意;
    // 53 unanswered past its deadline is listed as not replied.
    #expect(report.lowered.map(\.id) == [Fixtures.uuid(52), Fixtures.uuid(53)])
    #expect(report.lowered.map(\.why) == [.dissatisfied, .unreplied])
  }

  @Test("the month's rates, and the month before's, count each request where it belongs")
  func rates() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    let figures = try store.reviewFigures(period: october)
    #expect(figures.previousPeriod.description == "2026-09")
    // October: 51, 52, 53, 54 received; 51 and 54 answered in time of the four that count (53
    // past its deadline unanswered); 51, 52, 54 closed; 满意 and 基本满意 of three rated; 51
    // followed up of the three closed.
    #expect(figures.rates.received == 4)
    #expect(figures.rates.response == .init(numerator: 2, denominator: 4))
    #expect(figures.rates.resolution == .init(numerator: 3, denominator: 4))
    #expect(figures.rates.satisfaction == .init(numerator: 2, denominator: 3))
    #expect(figures.rates.followUp == .init(numerator: 1, denominator: 3))
    // September: 50 alone, unanswered past its deadline.
    #expect(figures.previousRates.received == 1)
    #expect(figures.previousRates.response == .init(numerator: 0, denominator: 1))
    #expect(figures.previousRates.resolution == .init(numerator: 0, denominator: 1))
    #expect(figures.previousRates.satisfaction == .init(numerator: 0, denominator: 0))
  }

  @Test("requests are counted by category, channel and status, with the month before's beside")
  func requestCounts() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    let figures = try store.reviewFigures(period: october)
    #expect(figures.byCategory.map(\.key) == ["health", "housing", "infrastructure"])
    #expect(figures.byCategory.map(\.count) == [2, 1, 1])
    #expect(figures.byChannel.map(\.key) == ["phone", "letter", "walk_in"])
    #expect(figures.byChannel.map(\.count) == [2, 1, 1])
    #expect(figures.byChannel.first?.before == 1)
    let status = Dictionary(uniqueKeysWithValues: figures.byStatus.map { ($0.key, $0.count) })
    #expect(status == ["registered": 1, "in_progress": 0, "replied": 0, "closed": 3])
    // Overdue today (11-25): 40 (due 11-20), 50 (10-15), 53 (10-29), none with an assignee.
    #expect(figures.overdueByAssignee.map(\.count) == [3])
    // Open: 41 (1 day), 40 (14 days), 53 (36 days), 50 (56 days).
    #expect(figures.openByAge == [1, 1, 2, 0])
    // The twelve months to October: 50 in September; four received and two closed in October.
    #expect(figures.months.count == 12)
    #expect(figures.months.last?.month == LocalDate(parsing: "2026-10-01"))
    #expect(figures.months.suffix(2).map(\.received) == [1, 4])
    #expect(figures.months.suffix(2).map(\.closed) == [0, 2])
  }

  @Test("visits per cadre, households not visited by village, and key households not visited")
  func visits() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    let figures = try store.reviewFigures(period: october)
    #expect(figures.visitsByCadre.map(\.name) == ["李干部"])
    #expect(figures.visitsByCadre.map(\.count) == [2])
    #expect(figures.visitsByCadre.map(\.before) == [1])
    // As of 11-25: household 12 last visited 10-12 (44 days); 10 and 11 this month.
    let village = try #require(figures.notVisited.first)
    #expect(village.name == "石桥村" && village.households == 3)
    #expect(village.over == [1, 0, 0])
    // Household 11 is the one key household; its only visit is in November.
    #expect(figures.keyNotVisited.map(\.count) == [1, 0])
    #expect(figures.keyNotVisited.map(\.of) == [1, 0])
    let november = try store.reviewFigures(period: Period(parsing: "2026-11")!)
    #expect(november.keyNotVisited.map(\.count) == [0, 0])
    // A deleted visit counts no more, in all areas or in one.
    try store.deleteVisit(id: Fixtures.uuid(61))
    #expect(try store.reviewFigures(period: october).visitsByCadre.map(\.count) == [1])
    #expect(
      try store.reviewFigures(period: october, area: Fixtures.uuid(2)).visitsByCadre.map(\.count)
        == [1])
  }

  @Test("the data's health counts the households its lists show")
  func health() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    try store.saveMember(
      Member(id: Fixtures.uuid(70), householdId: Fixtures.uuid(12), name: "Smith", relation: .head))
    try store.saveHousehold(
      Household(
        id: Fixtures.uuid(71), householdNo: "01010009", headName: "张三丰", areaId: Fixtures.uuid(3)))
    let figures = try store.reviewFigures(period: october)
    // 71 shares its head's name with 10 in 石桥村; 12's member has no ID number; 71 has no
    // contact cadre.
    #expect(figures.possibleDuplicates == 2)
    #expect(figures.membersWithoutID == 1)
    #expect(figures.householdsWithoutContact == 1)
    #expect(
      figures.possibleDuplicates
        == (try store.rosterCount(filter: RosterFilter(possibleDuplicates: true))))
  }

  @Test("an area counts its own requests and visits, and those of the areas in it")
  func area() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    let township = try store.reviewFigures(period: october, area: Fixtures.uuid(1))
    #expect(township.rates.received == 4)
    #expect(township.visitsByCadre.map(\.count) == [2])
    let group = try store.reviewFigures(period: october, area: Fixtures.uuid(4))
    #expect(group.rates.received == 0)
    #expect(group.visitsByCadre.isEmpty)
    // 二组 holds household 12 alone.
    #expect(group.notVisited.map(\.over) == [[1, 0, 0]])
    #expect(group.notVisited.map(\.households) == [1])
  }

  @Test("each figure and the list it opens agree: the queue and the roster count the same rows")
  func drillsAgree() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.reviewLedger(in: folder)
    let figures = try store.reviewFigures(period: october)
    for count in figures.byCategory {
      let filter = RequestFilter(category: count.key, receivedIn: octoberDays)
      #expect(try store.requestCount(filter: filter) == count.count)
    }
    for count in figures.byStatus {
      let filter = RequestFilter(
        status: RequestStatus(rawValue: count.key), receivedIn: octoberDays)
      #expect(try store.requestCount(filter: filter) == count.count)
    }
    #expect(try store.requestCount(filter: RequestFilter(assignee: "", overdue: true)) == 3)
    var open = RequestFilter(
      receivedIn: LocalDate(parsing: "2026-08-27")!...LocalDate(parsing: "2026-10-25")!)
    open.stillOpen = true
    #expect(try store.requestCount(filter: open) == figures.openByAge[2])
    #expect(try store.rosterCount(filter: RosterFilter(notVisitedForDays: 30)) == 1)
    var key = RosterFilter(category: .keyHousehold)
    key.notVisitedIn = octoberDays
    #expect(try store.rosterCount(filter: key) == 1)
  }
}
