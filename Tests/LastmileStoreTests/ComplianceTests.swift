import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

@Suite("Quotas worked out on a small ledger")
struct ComplianceTests {
  let cadre = Fixtures.uuid(5)

  func results(_ store: LastmileStore, _ role: RoleRules, _ period: String) throws
    -> [QuotaKind: QuotaResult]
  {
    let list = try store.compliance(cadre: cadre, role: role, period: Period(parsing: period)!)
    return Dictionary(uniqueKeysWithValues: list.map { ($0.kind, $0) })
  }

  @Test(
    "a staff cadre with three contact households: one short of four, one household not visited this month"
  )
  func staffInNovember() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let staff = RoleRules(
      id: "staff", chinese: "机关干部", english: "staff",
      quotas: [.contactAreas: 1, .contactHouseholds: 4, .visitsPerContactPerMonth: 1])
    let found = try results(store, staff, "2026-11")
    #expect(found[.contactAreas].map { [$0.required, $0.done, $0.short] } == [1, 0, 1])
    #expect(found[.contactHouseholds].map { [$0.required, $0.done, $0.short] } == [4, 3, 1])
    // 张三丰 visited on the 20th, 欧阳娜娜 called on the 18th, Smith not at all.
    #expect(found[.visitsPerContactPerMonth].map { [$0.required, $0.done] } == [3, 2])
    #expect(
      found[.visitsPerContactPerMonth]?.evidence.contains("2026-11 01010003 Smith: 0") == true)
  }

  @Test("stationed days: consecutive across a weekend and across the month's start, each day once")
  func stationedRuns() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    // Friday, Saturday and Sunday: consecutive because a day in the village is a day.
    for day in ["2026-11-06", "2026-11-07", "2026-11-07", "2026-11-08", "2026-10-31", "2026-11-01"]
    {
      try store.recordVisit(
        Visit(
          date: date(day), kind: .stationed, cadreIds: [cadre], areaId: Fixtures.uuid(2),
          content: "蹲点"))
    }
    let leader = RoleRules(
      id: "township_leader", chinese: "乡镇(街道)党政班子", english: "township leader",
      quotas: [.stationedDaysPerMonth: 3, .consecutiveStationedDaysPerMonth: 3])
    let november = try results(store, leader, "2026-11")
    #expect(november[.stationedDaysPerMonth].map { [$0.required, $0.done] } == [3, 3])
    #expect(november[.consecutiveStationedDaysPerMonth]?.isMet == true)
    // October has one stationed day, and a run of two that goes on into November: short.
    let october = try results(store, leader, "2026-10")
    #expect(october[.stationedDaysPerMonth].map { [$0.required, $0.done, $0.short] } == [3, 1, 2])
    #expect(october[.consecutiveStationedDaysPerMonth].map { [$0.required, $0.done] } == [1, 0])
    // The quarter up to today: October and November, November alone meets the run.
    let quarter = try results(store, leader, "2026-Q4")
    #expect(quarter[.consecutiveStationedDaysPerMonth].map { [$0.required, $0.done] } == [2, 1])
  }

  @Test(
    "a contact point taken up mid-year owes the share of its months; a yearly quota is judged over the year up to the period's end"
  )
  func midYearContact() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.assignContact(
      ContactAssignment(
        cadreId: cadre, target: .area(Fixtures.uuid(2)), startsOn: date("2026-07-01")))
    for day in ["2026-07-10", "2026-09-10", "2026-11-03"] {
      try store.recordVisit(
        Visit(
          date: date(day), kind: .forum, cadreIds: [cadre], areaId: Fixtures.uuid(2), content: "座谈")
      )
    }
    try store.recordVisit(
      Visit(date: date("2026-11-04"), kind: .surveyReport, cadreIds: [cadre], content: "调研报告"))
    let bureau = RoleRules(
      id: "bureau_leader", chinese: "局领导", english: "bureau leader",
      quotas: [
        .visitsPerContactPerYear: 6, .grassrootsDaysPerYear: 100, .surveyReportsPerYear: 1,
        .stationedSurveyDaysPerYear: 4,
      ])
    let year = try results(store, bureau, "2026")
    // The year up to today (the 25th of November): the point held five months of them owes 2 of
    // 6 visits (the whole of the months gone), and 3 were made (the forums).
    #expect(year[.visitsPerContactPerYear].map { [$0.required, $0.done] } == [2, 2])
    // Days out: the three forums and the ledger's two visits to households, of 91 owed by the
    // end of November (100 a year).
    #expect(year[.grassrootsDaysPerYear].map { [$0.required, $0.done] } == [91, 5])
    #expect(year[.surveyReportsPerYear].map { [$0.required, $0.done] } == [0, 1])
    #expect(year[.stationedSurveyDaysPerYear].map { [$0.required, $0.done] } == [3, 0])
    // A month is judged by the year up to its end, as the year is: the same figures.
    let month = try results(store, bureau, "2026-11")
    #expect(month[.grassrootsDaysPerYear].map { [$0.required, $0.done] } == [91, 5])
    #expect(month[.surveyReportsPerYear]?.isMet == true)
    // December has not begun: nothing is judged.
    #expect(try results(store, bureau, "2026-12").isEmpty)
  }
}
