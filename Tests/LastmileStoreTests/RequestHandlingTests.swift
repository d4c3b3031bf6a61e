import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
private func time(_ text: String) -> LocalDateTime { LocalDateTime(parsing: text)! }

@Suite("Handling help requests")
struct RequestHandlingTests {
  /// A walk-in received at `received`.
  func walkIn(_ name: String, received: String = "2026-11-25 15:10", content: String = "房屋漏雨")
    -> HelpRequest
  {
    HelpRequest(
      receivedAt: time(received), channel: .walkIn,
      requester: Requester(name: name, phone: "13812345678", place: "石桥村"),
      category: "housing", content: content)
  }

  /// The same database seen on another day, by another operator.
  func store(_ folder: TemporaryFolder, on day: String, as name: String = "测试员") throws
    -> LastmileStore
  {
    try LastmileStore.open(at: folder.file("lastmile.db"), clock: .fixed(date(day))).acting(
      as: name)
  }

  @Test(
    "each action changes the request and adds to its history who did what, when, from which status to which"
  )
  func historyAfterEachAction() throws {
    let folder = TemporaryFolder()
    let desk = try store(folder, on: "2026-11-25", as: "值班员")
    let registered = try desk.registerRequest(walkIn("张三丰"))
    #expect(registered.dueOn == date("2026-12-04"))
    let transferred = try desk.handleRequest(registered.id, .transfer(to: "镇住建环保站", note: "尽快查看"))
    #expect(transferred.status == .inProgress)
    #expect(transferred.dueOn == date("2026-12-02"))
    let office = try store(folder, on: "2026-12-01", as: "办公室")
    try office.handleRequest(registered.id, .urge(note: "电话催办"))
    try office.handleRequest(registered.id, .extend(to: date("2026-12-09"), reason: "需现场勘查"))
    try office.handleRequest(registered.id, .reply(.written, text: "已维修"))
    try office.handleRequest(registered.id, .close(.satisfied, note: ""))
    let later = try store(folder, on: "2026-12-10", as: "回访员")
    try later.handleRequest(registered.id, .followUp(.call, answer: .mostlySatisfied, note: ""))
    let reopened = try later.handleRequest(registered.id, .reopen(reason: "又漏雨"))
    #expect(reopened.dueOn == date("2026-12-21"))
    #expect(try later.request(id: registered.id) == reopened)

    let history = try later.requestHistory(id: registered.id)
    #expect(
      history.map(\.action) == [
        .received, .transferred, .urged, .extended, .replied, .closed, .followedUp, .reopened,
      ])
    #expect(
      history.map(\.operatorName) == ["值班员", "值班员", "办公室", "办公室", "办公室", "办公室", "回访员", "回访员"])
    #expect(
      history.map(\.at.date) == [
        date("2026-11-25"), date("2026-11-25"), date("2026-12-01"), date("2026-12-01"),
        date("2026-12-01"),
        date("2026-12-01"), date("2026-12-10"), date("2026-12-10"),
      ])
    #expect(
      history.map(\.fromStatus) == [
        nil, .registered, .inProgress, .inProgress, .inProgress, .replied, .closed, .closed,
      ])
    #expect(
      history.map(\.toStatus) == [
        .registered, .inProgress, .inProgress, .inProgress, .replied, .closed, .closed, .inProgress,
      ])
    #expect(history[1].note == "镇住建环保站：尽快查看")
    #expect(history[3].note == "2026-12-09：需现场勘查")
    #expect(history[6].note == "电话回访：基本满意")
    #expect(try later.request(id: registered.id)?.extensions == 1)
  }

  @Test("a refused action says why and writes nothing")
  func refusals() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let request = try store.registerRequest(walkIn("李四"))
    let audits = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log")
    }
    #expect(throws: StoreError.refused(.closeWithoutReply)) {
      try store.handleRequest(request.id, .close(.satisfied, note: ""))
    }
    #expect(throws: StoreError.refused(.textRequired(.explained))) {
      try store.handleRequest(request.id, .explain(reason: ""))
    }
    #expect(try store.request(id: request.id) == request)
    #expect(
      try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") } == audits
    )
    #expect(StoreError.refused(.closeWithoutReply).text(.zh) == "诉求还没有答复，不能办结：先答复")
  }

  @Test(
    "registering with a decision hands the request on in the same transaction, and solved on the spot has no deadline"
  )
  func registerWithDecision() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let solved = try store.registerRequest(walkIn("王五"), handling: .solveOnSpot(how: "当场开具证明"))
    #expect(solved.status == .replied)
    #expect(solved.decision == .solvedOnSpot)
    #expect(try store.requestHistory(id: solved.id).map(\.action) == [.received, .solvedOnSpot])
    let transferred = try store.registerRequest(
      walkIn("赵六"), handling: .transfer(to: "镇民政办", note: ""))
    #expect(transferred.status == .inProgress)
    #expect(transferred.dueOn == date("2026-12-02"))
  }

  @Test(
    "a repeated request merged into the earlier one is closed and points to it; both histories say so"
  )
  func merging() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let earlier = try store.registerRequest(walkIn("张三丰", received: "2026-11-18 15:00"))
    let repeated = try store.registerRequest(walkIn("张三丰", received: "2026-11-25 15:20"))
    let merged = try store.handleRequest(
      repeated.id, .merge(into: earlier.id, label: "2026-11-18 张三丰"))
    #expect(merged.status == .closed)
    #expect(merged.mergedIntoId == earlier.id)
    #expect(try store.requestHistory(id: earlier.id).last?.action == .merged)
    #expect(try store.requestHistory(id: earlier.id).last?.note == "← 2026-11-25 15:20 张三丰")
    let third = try store.registerRequest(walkIn("张三丰", received: "2026-11-25 16:00"))
    #expect(throws: StoreError.refused(.mergeIntoMerged)) {
      try store.handleRequest(third.id, .merge(into: repeated.id, label: ""))
    }
    #expect(
      try store.requestPage(sort: ListingSort(), anchor: .first, limit: 10).contains {
        $0.model.isMerged
      })
  }

  @Test(
    "overdue as of a given today: the requests past their deadline and still open, with the working days"
  )
  func overdueAsOfToday() throws {
    let folder = TemporaryFolder()
    let desk = try store(folder, on: "2026-09-29")
    // Due 2026-10-14: 7 working days across National Day (10-01..10-07 off), make-up Saturday 10-10 counted.
    let forgotten = try desk.registerRequest(walkIn("甲", received: "2026-09-29 15:00"))
    #expect(forgotten.dueOn == date("2026-10-14"))
    let transferred = try desk.registerRequest(
      walkIn("乙", received: "2026-09-29 15:10"), handling: .transfer(to: "派出所", note: ""))
    // Seven days after the transfer is 10-06, in the holiday: moved to the next working day.
    #expect(transferred.dueOn == date("2026-10-08"))
    let replied = try desk.registerRequest(walkIn("丙", received: "2026-09-29 15:20"))
    try desk.handleRequest(replied.id, .reply(.oral, text: "已答复"))
    try desk.registerRequest(
      walkIn("丁", received: "2026-09-29 15:30"), handling: .solveOnSpot(how: "当场解决"))

    #expect(try store(folder, on: "2026-10-05").overdueRequests().requests.isEmpty)
    #expect(
      try store(folder, on: "2026-10-14").overdueRequests().requests.map(\.request.requester.name)
        == ["乙"])
    let report = try store(folder, on: "2026-10-16").overdueRequests()
    #expect(report.asOf == date("2026-10-16"))
    #expect(report.requests.map(\.request.requester.name) == ["乙", "甲"])
    #expect(report.requests.map(\.workingDaysOverdue) == [7, 2])
    #expect(report.estimatedYears.isEmpty)
    let later = try store(folder, on: "2026-10-16")
    #expect(try later.requestCount(filter: RequestFilter(overdue: true)) == 2)
    #expect(try later.headlineCounts().overdueRequests == 2)
  }

  @Test(
    "the queue's working order puts the requests waiting for a reply first, the overdue at the top")
  func workOrder() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let done = try store.registerRequest(
      walkIn("已办", received: "2026-11-01 09:00"), handling: .solveOnSpot(how: "好"))
    let overdue = try store.registerRequest(walkIn("逾期", received: "2026-11-02 09:00"))
    let fresh = try store.registerRequest(walkIn("新来", received: "2026-11-25 09:00"))
    let order = try store.requestPage(sort: ListingSort(), anchor: .first, limit: 10).map(
      \.model.id)
    #expect(order == [overdue.id, fresh.id, done.id])
    let filtered = try store.requestPage(
      filter: RequestFilter(status: .replied), sort: ListingSort(), anchor: .first, limit: 10)
    #expect(filtered.map(\.model.id) == [done.id])
    let day = try store.requestPage(
      filter: RequestFilter(receptionDay: date("2026-11-25")), sort: ListingSort(), anchor: .first,
      limit: 10)
    #expect(day.map(\.model.id) == [fresh.id])
  }

  @Test(
    "the record book lists a day's walk-ins in order with the paper book's columns, and is handed over once"
  )
  func receptionBook() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.registerRequest(
      walkIn("张三丰", received: "2026-11-25 15:05"), handling: .transfer(to: "镇住建环保站", note: ""))
    try store.registerRequest(
      walkIn("李四", received: "2026-11-25 15:30", content: "低保咨询"),
      handling: .solveOnSpot(how: "当场讲解政策"))
    try store.registerRequest(walkIn("王五", received: "2026-11-24 15:30"))
    var phone = walkIn("电话来的", received: "2026-11-25 16:00")
    phone.channel = .phone
    try store.registerRequest(phone)
    let book = try store.receptionBook(on: date("2026-11-25"))
    #expect(book.entries.map(\.number) == [1, 2])
    #expect(book.entries.map(\.requester) == ["张三丰", "李四"])
    #expect(book.entries[0].address == "石桥村")
    #expect(book.entries[0].assignee == "镇住建环保站")
    #expect(book.entries[0].dueOn == date("2026-12-02"))
    #expect(book.entries[1].decision == .solvedOnSpot)
    #expect(book.entries[1].dueOn == nil)
    #expect(book.handover == nil)
    #expect(try store.walkInCount(on: date("2026-11-25")) == 2)
    let handover = try store.handOverReceptionBook(on: date("2026-11-25"), to: "党政办 刘主任")
    #expect(handover.by == "测试员")
    #expect(try store.receptionBook(on: date("2026-11-25")).handover == handover)
    #expect(throws: StoreError.self) {
      try store.handOverReceptionBook(on: date("2026-11-25"), to: "别人")
    }
    #expect(throws: StoreError.invalidRecord([FieldProblem(.receivedBy, .required)])) {
      try store.handOverReceptionBook(on: date("2026-11-24"), to: " ")
    }
  }

  @Test(
    "a handed-over book is a record: later handling leaves its lines as the desk wrote them, and a walk-in logged afterwards is a late entry"
  )
  func bookIsARecord() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let first = try store.registerRequest(
      walkIn("张三丰", received: "2026-11-25 09:05"), handling: .transfer(to: "镇住建环保站", note: ""))
    let day = date("2026-11-25")
    let before = try store.receptionBook(on: day)
    try store.handOverReceptionBook(on: day, to: "党政办 刘主任")
    try store.handleRequest(first.id, .reassign(to: "张静", note: "涉及水利设施"))
    try store.handleRequest(first.id, .urge(note: "请尽快"))
    let after = try store.acting(as: "补录员").registerRequest(
      walkIn("赵六", received: "2026-11-25 09:40"), handling: .explain(reason: "不属于本镇"))
    let book = try store.receptionBook(on: day)
    #expect(book.entries.count == 2)
    #expect(book.entries[0] == before.entries[0])
    #expect(book.entries[0].assignee == "镇住建环保站")
    #expect(book.entries[0].decision == .transferred)
    #expect(book.entries[0].late == nil)
    #expect(book.entries[1].requestId == after.id)
    #expect(book.entries[1].number == 2)
    #expect(book.entries[1].late?.by == "补录员")
    #expect(book.lateEntries.count == 1)
    // The request itself moved on.
    #expect(try store.request(id: first.id)?.assignee == "张静")
  }

  @Test(
    "people are found for the reception desk by name, initials, phone digits or household number")
  func findPeople() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveMember(
      Member(householdId: Fixtures.uuid(10), name: "李秀英", relation: .spouse, phone: "13812345678"))
    let byName = try store.findPeople("李秀英").people
    #expect(byName.map(\.name) == ["李秀英"])
    #expect(byName.first?.householdNo == "01010001")
    #expect(byName.first?.place == "石桥村 一组")
    #expect(byName.first?.villageId == Fixtures.uuid(2))
    #expect(try store.findPeople("lxy").people.map(\.name) == ["李秀英"])
    #expect(try store.findPeople("5678").people.map(\.name) == ["李秀英"])
    #expect(Set(try store.findPeople("01010001").people.map(\.name)) == ["张三丰", "李秀英"])
    #expect(try store.findPeople("三丰").people.map(\.name) == ["张三丰"])
    #expect(try store.findPeople("王二麻子").people.isEmpty)
  }

  @Test(
    "a person found at the desk comes with relation, birth date and ID tail; the list stops at its limit and counts the rest"
  )
  func peopleFoundTellApart() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let head = try #require(try store.findPeople("张三丰").people.first)
    #expect(head.relation == .head)
    #expect(head.birthDate == LocalDate(parsing: "1950-04-05"))
    #expect(head.idTail.count == 4)
    #expect(head.birthDate?.years(to: LocalDate(parsing: "2026-04-04")!) == 75)
    #expect(head.birthDate?.years(to: LocalDate(parsing: "2026-04-05")!) == 76)
    for index in 0..<5 {
      try store.saveMember(
        Member(householdId: Fixtures.uuid(12), name: "王\(index)", relation: .other))
    }
    let some = try store.findPeople("01010003", limit: 2)
    #expect(some.people.count == 2)
    #expect(some.total == 5)
    #expect(some.more == 3)
    #expect(!some.capped)
    #expect(try store.person(member: Fixtures.uuid(21))?.name == "欧阳娜娜")
    #expect(try store.person(headOf: Fixtures.uuid(10))?.memberId == Fixtures.uuid(20))
    #expect(try store.person(member: UUID()) == nil)
  }

  @Test(
    "a request's detail has its history and the earlier requests of the same requester to merge into"
  )
  func detail() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    var repeated = HelpRequest(
      receivedAt: time("2026-11-25 15:00"), channel: .walkIn,
      requester: Requester(name: "张三丰", householdId: Fixtures.uuid(10)), category: "health",
      content: "慢病卡还没办好")
    repeated = try store.registerRequest(repeated)
    let detail = try #require(try store.requestDetail(id: repeated.id))
    #expect(detail.village == "")
    #expect(detail.householdNo == "01010001")
    #expect(detail.householdAddress == "石桥村一组1号")
    #expect(detail.history.map(\.action) == [.received])
    #expect(detail.mergeCandidates.map(\.id) == [Fixtures.uuid(40)])
    #expect(detail.mergeCandidates.first?.label == "2026-11-11 15:20 张三丰：办理慢病卡")
    try store.handleRequest(
      repeated.id, .merge(into: Fixtures.uuid(40), label: detail.mergeCandidates[0].label))
    let merged = try #require(try store.requestDetail(id: repeated.id))
    #expect(merged.mergedIntoLabel == "2026-11-11 15:20 张三丰：办理慢病卡")
    #expect(merged.mergeCandidates.isEmpty)
    #expect(try store.requestDetail(id: UUID()) == nil)
  }
}

@Suite("The record book keeps its numbers")
struct BookNumberTests {
  func walkIn(_ name: String, at time: String) -> HelpRequest {
    HelpRequest(
      receivedAt: LocalDateTime(parsing: time)!, channel: .walkIn,
      requester: Requester(name: name, place: "石桥村"), category: "housing", content: "房屋漏雨")
  }

  @Test(
    "late entries follow the handed-over book in the order they were written, whatever time they give"
  )
  func lateEntriesKeepNumbers() throws {
    let folder = TemporaryFolder()
    let store = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-25 18:00")!)
    ).acting(as: "值班员")
    try store.registerRequest(walkIn("甲", at: "2026-11-25 15:10"))
    try store.registerRequest(walkIn("乙", at: "2026-11-25 15:30"))
    try store.handOverReceptionBook(on: LocalDate(parsing: "2026-11-25")!, to: "办公室")
    try store.registerRequest(walkIn("刘大妈", at: "2026-11-25 16:00"))
    try store.registerRequest(walkIn("丙", at: "2026-11-25 09:00"))
    let book = try store.receptionBook(on: LocalDate(parsing: "2026-11-25")!)
    #expect(book.entries.map(\.requester) == ["甲", "乙", "刘大妈", "丙"])
    #expect(book.entries.map(\.number) == [1, 2, 3, 4])
    #expect(book.lateEntries.map(\.requester) == ["刘大妈", "丙"])
  }

  @Test(
    "a walk-in explained at the desk, like one solved there, awaits no reply and has no deadline")
  func explainedAtDeskHasNoDeadline() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let explained = try store.registerRequest(
      walkIn("甲", at: "2026-11-25 09:00"), handling: .explain(reason: "不属于本镇职责，已告知去向"))
    #expect(explained.status == .replied)
    #expect(explained.dueOn == nil)
  }

  @Test(
    "a book given late entries after its handover says so, and is handed over again; with nothing new, refused"
  )
  func handedOverAgain() throws {
    let folder = TemporaryFolder()
    let day = LocalDate(parsing: "2026-11-25")!
    let store = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-25 18:00")!)
    ).acting(as: "值班员")
    try store.registerRequest(walkIn("甲", at: "2026-11-25 15:10"))
    try store.handOverReceptionBook(on: day, to: "办公室")
    #expect(try store.receptionBook(on: day).changedSinceHandover == 0)
    try store.registerRequest(walkIn("乙", at: "2026-11-25 16:00"))
    #expect(try store.receptionBook(on: day).changedSinceHandover == 1)
    let later = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-26 09:00")!)
    ).acting(as: "值班员")
    try later.handOverReceptionBook(on: day, to: "党政办")
    let book = try later.receptionBook(on: day)
    #expect(book.changedSinceHandover == 0)
    #expect(book.handover?.to == "党政办")
    #expect(book.lateEntries.map(\.requester) == ["乙"])
    #expect(throws: StoreError.self) { try later.handOverReceptionBook(on: day, to: "党政办") }
  }
}
