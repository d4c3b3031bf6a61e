import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

@Suite("The visit diary in the store")
struct VisitDiaryTests {
  let cadre = Fixtures.uuid(5)

  func homeVisit(on day: String = "2026-11-24", followUp: String? = nil) -> Visit {
    Visit(
      date: date(day), kind: .homeVisit, cadreIds: [cadre], householdIds: [Fixtures.uuid(10)],
      content: "老人腿脚不便，屋顶漏雨。", followUpOn: followUp.map(date))
  }

  func lastVisit(_ store: LastmileStore) throws -> LocalDate? {
    try store.read { db in
      try String.fetchOne(
        db, sql: "SELECT last_visit_on FROM household WHERE id = ?",
        arguments: [Fixtures.uuid(10).databaseText]
      ).flatMap(LocalDate.init(parsing:))
    }
  }

  func requestCount(_ store: LastmileStore) throws -> Int {
    try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM help_request") ?? 0 }
  }

  @Test("a visit with two problems creates two requests linked to the visit and the household")
  func problemsBecomeLinkedRequests() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let recorded = try store.recordVisit(
      homeVisit(),
      problems: [
        VisitProblem(category: "housing", content: "屋顶漏雨"),
        VisitProblem(category: "health", content: "想办慢病卡"),
      ])
    #expect(recorded.requests.count == 2)
    for request in recorded.requests {
      let stored = try #require(try store.request(id: request.id))
      #expect(stored.channel == .visit)
      #expect(stored.visitId == recorded.visit.id)
      #expect(stored.requester.householdId == Fixtures.uuid(10))
      #expect(stored.requester.name == "张三丰")
      #expect(stored.receivedAt.date == date("2026-11-24"))
      // The desk's rule: a reply within seven working days of receipt.
      #expect(stored.dueOn == date("2026-12-03"))
    }
    #expect(try store.visit(id: recorded.visit.id) != nil)
    #expect(try lastVisit(store) == date("2026-11-24"))
  }

  @Test("a problem refused leaves neither the visit nor the other problem's request")
  func visitAndRequestsAreOneTransaction() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let before = try requestCount(store)
    let visit = homeVisit()
    #expect(throws: StoreError.self) {
      try store.recordVisit(
        visit,
        problems: [
          VisitProblem(category: "housing", content: "屋顶漏雨"),
          VisitProblem(category: "", content: "没有类别的问题"),
        ])
    }
    #expect(try store.visit(id: visit.id) == nil)
    #expect(try requestCount(store) == before)
  }

  @Test(
    "a visit in the future, without text or with a follow-up before it is refused field by field")
  func badVisitsAreRefused() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    var visit = homeVisit(on: "2026-11-26", followUp: "2026-11-20")
    visit.content = "  "
    visit.hours = 30
    do {
      try store.recordVisit(visit)
      Issue.record("a bad visit was saved")
    } catch StoreError.invalidRecord(let problems) {
      #expect(problems.map(\.field) == [.date, .content, .hours, .followUpOn])
    }
    var stationed = Visit(
      date: date("2026-11-24"), kind: .stationed, cadreIds: [cadre], content: "蹲点")
    #expect(throws: StoreError.self) { try store.recordVisit(stationed) }
    stationed.areaId = Fixtures.uuid(2)
    try store.recordVisit(stationed)
  }

  @Test(
    "households are found by number, by name and by pinyin; a name two households share is asked about"
  )
  func householdsResolve() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let found = try store.resolveHouseholds("01010001、欧阳娜娜，oynn")
    #expect(found.map(\.value?.id) == [Fixtures.uuid(10), Fixtures.uuid(11), Fixtures.uuid(11)])
    #expect(found[0].value?.label == "01010001 张三丰")
    // The label the form writes back resolves to the same household.
    #expect(try store.resolveHouseholds("01010001 张三丰").first?.value?.id == Fixtures.uuid(10))
    #expect(try store.resolveHouseholds("王五").first == .notFound("王五"))
    let other = Household(householdNo: "01010009", headName: "张三丰", areaId: Fixtures.uuid(4))
    try store.saveHousehold(other)
    try store.saveMember(Member(householdId: other.id, name: "张三丰", relation: .head))
    guard case .ambiguous(let typed, let candidates) = try store.resolveHouseholds("张三丰").first
    else {
      Issue.record("two households of one name were not asked about")
      return
    }
    #expect(typed == "张三丰")
    #expect(candidates.count == 2)
    #expect(candidates.contains { $0.hasPrefix("01010009 张三丰") })
  }

  @Test("cadres are found by name, pinyin or initials; an unknown name is said to be unknown")
  func cadresResolve() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let found = try store.resolveCadres("李干部、liganbu、lgb、赵六")
    #expect(found.prefix(3).map(\.value?.id) == [cadre, cadre, cadre])
    #expect(found[3] == .notFound("赵六"))
    let added = Cadre(name: "赵六", role: .staff)
    try store.saveCadre(added)
    #expect(try store.resolveCadres("赵六").first?.value == CadreRef(id: added.id, name: "赵六"))
  }

  @Test(
    "a stationed day counts once per cadre, and a run goes on across a month's end and a holiday")
  func stationedDaysAndRuns() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    for day in ["2026-09-29", "2026-09-30", "2026-09-30", "2026-10-01", "2026-10-02", "2026-10-08"]
    {
      try store.recordVisit(
        Visit(
          date: date(day), kind: .stationed, cadreIds: [cadre], areaId: Fixtures.uuid(2),
          content: "蹲点"))
    }
    let october = try store.stationedDays(
      cadre: cadre, from: date("2026-10-01"), through: date("2026-10-31"))
    #expect(october.count(from: date("2026-10-01"), through: date("2026-10-31")) == 3)
    #expect(october.count(from: date("2026-09-01"), through: date("2026-09-30")) == 2)
    #expect(
      october.runs(touching: date("2026-10-01"), date("2026-10-31")) == [
        date("2026-09-29")...date("2026-10-02"), date("2026-10-08")...date("2026-10-08"),
      ])
    #expect(october.longestRun == 4)
  }

  @Test("a cadre's month counts each day's visits, stationed days, written work and reception duty")
  func cadreMonth() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.recordVisit(
      Visit(
        date: date("2026-11-21"), kind: .stationed, cadreIds: [cadre], areaId: Fixtures.uuid(2),
        content: "蹲点"))
    try store.recordVisit(
      Visit(date: date("2026-11-22"), kind: .surveyReport, cadreIds: [cadre], content: "调研报告"))
    let month = try store.cadreMonth(CadreRef(id: cadre, name: "李干部"), year: 2026, month: 11)
    #expect(month.days[date("2026-11-20")]?.households == 1)
    #expect(month.days[date("2026-11-21")]?.stationed == true)
    #expect(month.householdsVisited == 2)
    #expect(month.stationedDays == 1)
    #expect(month.daysAtGrassroots == 3)
    #expect(month.written[.surveyReport] == 1)
    #expect(month.entries == 4)
  }

  @Test("a follow-up stays open until a later visit to the household or a mark of done")
  func followUpsDueAndCleared() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let first = try store.recordVisit(homeVisit(on: "2026-11-21", followUp: "2026-11-23")).visit
    let second = try store.recordVisit(
      Visit(
        date: date("2026-11-21"), kind: .homeVisit, cadreIds: [cadre],
        householdIds: [Fixtures.uuid(11)], content: "路灯", followUpOn: date("2026-12-01"))
    ).visit
    #expect(try store.openFollowUps().map(\.id) == [first.id, second.id])
    #expect(try store.openFollowUps(dueBy: date("2026-11-25")).map(\.id) == [first.id])
    try store.recordVisit(homeVisit(on: "2026-11-24"))
    #expect(try store.openFollowUps().map(\.id) == [second.id])
    try store.markFollowUpDone(visit: second.id)
    #expect(try store.openFollowUps().isEmpty)
  }

  @Test(
    "a deleted visit is a tombstone that undo brings back, and the household's last visit follows")
  func deleteAndRestore() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let visit = try store.recordVisit(homeVisit(on: "2026-11-24")).visit
    try store.deleteVisit(id: visit.id)
    #expect(try store.visit(id: visit.id) == nil)
    #expect(try lastVisit(store) == date("2026-11-20"))
    try store.restoreVisit(id: visit.id)
    #expect(try store.visit(id: visit.id) == visit)
    #expect(try lastVisit(store) == date("2026-11-24"))
  }
}

@Suite("Drafts and the sessions that write them")
struct DraftSessionTests {
  /// Marks every draft as written by process `pid` of this machine.
  func writtenBy(_ pid: Int32, _ store: LastmileStore) throws {
    try store.write { db, _ in
      try db.execute(
        sql: "UPDATE draft SET session = ?",
        arguments: [Session(host: Session.current.host, pid: pid).text])
    }
  }

  @Test(
    "a draft another running program is still typing is marked so; one whose program ended is left behind"
  )
  func liveDraftsAreMarked() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.saveDraft(Draft(kind: "reception", title: "接待日登记", payload: "{}", operatorName: "甲"))
    #expect(try store.pendingDrafts().first?.inUseElsewhere == false)
    let running = Process()
    running.executableURL = URL(fileURLWithPath: "/bin/sleep")
    running.arguments = ["30"]
    try running.run()
    defer { running.terminate() }
    try writtenBy(running.processIdentifier, store)
    #expect(try store.pendingDrafts().first?.inUseElsewhere == true)
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    try writtenBy(ended.processIdentifier, store)
    #expect(try store.pendingDrafts().first?.inUseElsewhere == false)
  }
}
