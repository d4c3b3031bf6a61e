import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The request rates worked out on a small ledger")
struct RatesReportTests {
  @Test(
    "each rate counts what it should of the requests received, and the requests that lowered one are listed with the reason"
  )
  func rates() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    // The small ledger's two requests: 40 (received the 11th) and 41. The first is transferred,
    // replied, closed 不满意 and followed up; what the second is stays as the ledger has it.
    let first = Fixtures.uuid(40)
    try store.handleRequest(first, .transfer(to: "镇卫生院", note: ""))
    try store.handleRequest(first, .reply(.oral, text: "已办理"))
    try store.handleRequest(first, .close(.dissatisfied, note: ""))
    try store.handleRequest(first, .followUp(.call, answer: .dissatisfied, note: "仍不满意"))
    let report = try store.ratesReport(
      from: LocalDate(parsing: "2026-11-01")!, through: LocalDate(parsing: "2026-11-30")!,
      by: .category)
    #expect(report.total.received == 2)
    #expect(report.total.resolution == .init(numerator: 1, denominator: 2))
    #expect(report.total.satisfaction == .init(numerator: 0, denominator: 1))
    #expect(report.total.followUp == .init(numerator: 1, denominator: 1))
    #expect(report.lowered.contains { $0.id == first && $0.why == .dissatisfied })
    #expect(report.groups.map(\.name).contains("health"))
    let before = try store.ratesReport(
      from: LocalDate(parsing: "2026-10-01")!, through: LocalDate(parsing: "2026-10-31")!, by: nil)
    #expect(before.total.received == 0)
  }
}

@Suite("The work summary worked out on a small ledger")
struct WorkSummaryTests {
  @Test(
    "a cadre's work summary counts days out, stationed days and nights, groups and households, written work and problems"
  )
  func summary() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let cadre = Fixtures.uuid(5)
    var stationed = Visit(
      date: LocalDate(parsing: "2026-11-10")!, kind: .stationed, cadreIds: [cadre],
      householdIds: [Fixtures.uuid(12)], areaId: Fixtures.uuid(4), content: "蹲点")
    stationed.overnight = true
    try store.recordVisit(stationed)
    try store.recordVisit(
      Visit(
        date: LocalDate(parsing: "2026-11-10")!, kind: .diary, cadreIds: [cadre], content: "日记"))
    let summary = try store.workSummary(
      from: LocalDate(parsing: "2026-11-01")!, through: LocalDate(parsing: "2026-11-30")!,
      cadre: "李干部")
    let row = try #require(summary.cadres.first)
    // The ledger's home visit (11-20) and phone call (11-18) in group one, and the stationed day
    // in group two; the diary is written work, on a day already counted.
    #expect(row.grassrootsDays == 3)
    #expect(row.stationedDays == 1)
    #expect(row.nights == 1)
    #expect(row.groups == 2 && row.groupVisits == 3)
    #expect(row.households == 3)
    #expect(row.diaries == 1)
    #expect(summary.cadres.count == 1)
  }
}
