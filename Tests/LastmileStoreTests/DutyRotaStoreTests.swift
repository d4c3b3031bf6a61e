import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("The duty rota in the store")
struct DutyRotaStoreTests {
  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  private func storeWithLeaders(_ folder: TemporaryFolder) throws -> LastmileStore {
    let store = try Fixtures.store(in: folder)
    var settings = try store.localitySettings()
    settings.dutyLeaders = ["王主任", " 李书记 ", "", "张镇长", "王主任"]
    try store.saveLocalitySettings(settings)
    return store
  }

  @Test("generating a month gives the reception days from today on to the leaders in turn, once")
  func generateMonth() throws {
    let folder = TemporaryFolder()
    let store = try storeWithLeaders(folder)
    #expect(try store.localitySettings().dutyLeaders == ["王主任", "李书记", "张镇长", "王主任"])
    // Today is Wednesday 2026-11-25: the 4th, 11th and 18th are past and stay without a leader.
    #expect(try store.generateDutyRota(from: date("2026-11-01"), through: date("2026-11-30")) == 1)
    #expect(try store.generateDutyRota(from: date("2026-12-01"), through: date("2026-12-31")) == 5)
    let december = try store.dutyRota(from: date("2026-12-01"), through: date("2026-12-31"))
    #expect(
      december.map(\.day.description) == [
        "2026-12-02", "2026-12-09", "2026-12-16", "2026-12-23", "2026-12-30",
      ])
    // 王主任 took the 25th: the others first, the names listed twice counted once.
    #expect(december.map(\.leader) == ["李书记", "张镇长", "王主任", "李书记", "张镇长"])
    // Again: the days set stay.
    #expect(try store.generateDutyRota(from: date("2026-12-01"), through: date("2026-12-31")) == 0)
    #expect(try store.dutyLeader(on: date("2026-11-25")) == "王主任")
    #expect(try store.dutyLeader(on: date("2026-11-18")) == nil)
  }

  @Test(
    "swapping two days and replacing a day's leader are kept, audited, and a later fill leaves them"
  )
  func swapAndReplace() throws {
    let folder = TemporaryFolder()
    let store = try storeWithLeaders(folder)
    try store.generateDutyRota(from: date("2026-12-01"), through: date("2026-12-31"))
    try store.swapDuty(date("2026-12-02"), date("2026-12-09"))
    try store.setDutyLeader("赵副镇长", on: date("2026-12-16"))
    let days = try store.dutyRota(from: date("2026-12-01"), through: date("2026-12-16"))
    #expect(days.map(\.leader) == ["李书记", "王主任", "赵副镇长"])
    let actions = try store.read { db in
      try String.fetchAll(
        db, sql: "SELECT action FROM audit_log WHERE table_name = 'duty_day' ORDER BY seq")
    }
    #expect(actions.filter { $0 == "generate" }.count == 5)
    #expect(actions.suffix(3) == ["swap", "swap", "replace"])
    #expect(throws: StoreError.invalidRecord([FieldProblem(.dutyLeader, .required)])) {
      try store.setDutyLeader("  ", on: date("2026-12-23"))
    }
    #expect(throws: StoreError.noDutyLeader(date("2026-12-03"))) {
      try store.swapDuty(date("2026-12-03"), date("2026-12-04"))
    }
  }

  @Test("with no leaders listed the rota says so instead of generating nothing")
  func noLeaders() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    #expect(throws: StoreError.noDutyLeaders) {
      try store.generateDutyRota(from: date("2026-12-01"), through: date("2026-12-31"))
    }
  }

  @Test("the book names the leader on duty, and a handed-over book keeps the one of its handover")
  func bookRecordsDutyLeader() throws {
    let folder = TemporaryFolder()
    let store = try storeWithLeaders(folder)
    let day = date("2026-11-25")
    try store.setDutyLeader("王主任", on: day)
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-25 15:10")!, channel: .walkIn,
        requester: Requester(name: "张三"), category: "health", content: "看病难"))
    #expect(try store.receptionBook(on: day).dutyLeader == "王主任")
    try store.handOverReceptionBook(on: day, to: "党政办")
    try store.setDutyLeader("李书记", on: day)
    #expect(try store.receptionBook(on: day).dutyLeader == "王主任")
    #expect(try store.receptionBook(on: date("2026-11-18")).dutyLeader == nil)
  }

  @Test("an extra day opened is in the month's rota, marked as such")
  func extraDayInRota() throws {
    let folder = TemporaryFolder()
    let store = try storeWithLeaders(folder)
    try store.openExtraReceptionDay(date("2026-11-27"))
    let days = try store.dutyRota(from: date("2026-11-24"), through: date("2026-11-30"))
    #expect(days.map(\.day.description) == ["2026-11-25", "2026-11-27"])
    #expect(days[1].extra && days[1].reason == nil)
    #expect(days[0].reason == .scheduled)
  }
}
