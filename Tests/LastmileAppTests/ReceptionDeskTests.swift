import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Reception mode")
struct ReceptionDeskTests {
  /// The small ledger seen at 15:10 on the test day, with a member who has a phone.
  func desk(
    _ folder: TemporaryFolder, language: Language = .zh, size: Size = Size(width: 80, height: 24)
  ) throws
    -> (LastmileStore, AppHarness)
  {
    let ledger = try Fixtures.smallLedger(in: folder)
    try ledger.saveMember(
      Member(householdId: Fixtures.uuid(10), name: "李秀英", relation: .spouse, phone: "13812345678"))
    let store = try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-25 15:10")!)
    ).acting(as: "王主任")
    return (store, try AppHarness(store: store, folder: folder, size: size, language: language))
  }

  @Test("the reception form at 80x24, in both languages", arguments: [Language.zh, .en])
  func frame(language: Language) throws {
    let folder = TemporaryFolder()
    let (_, app) = try desk(folder, language: language)
    app.press(.character("R"))
    try expectFrame(app.styledFrame, named: "reception-\(language.rawValue)")
  }

  @Test("a walk-in who is in the roster is logged with at most 12 keys besides the text typed")
  func rosterWalkIn() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    var keys = 0
    func key(_ pressed: Key...) {
      keys += pressed.count
      for one in pressed { app.press(one) }
    }
    key(.character("R"))
    app.type("lxy")
    #expect(app.frame.contains("李秀英  配偶"))
    #expect(app.frame.contains("  01010001 石桥村 一组"))
    key(.enter)
    #expect(app.runner.state.reception?.linked?.name == "李秀英")
    key(.character("4"))
    app.type("孩子上学补助怎么申请")
    key(.tab, .character("1"))
    app.type("当场讲解政策")
    key(.control("s"))
    #expect(keys <= 12)
    #expect(keys == 6)
    let logged = try #require(
      try store.requestPage(sort: ListingSort(), anchor: .first, limit: 10).first {
        $0.model.requester == "李秀英"
      })
    let request = try #require(try store.request(id: logged.model.id))
    #expect(request.requester.householdId == Fixtures.uuid(10))
    #expect(request.requester.phone == "13812345678")
    #expect(request.channel == .walkIn)
    #expect(request.category == "health")
    #expect(request.receivedAt == LocalDateTime(parsing: "2026-11-25 15:10"))
    #expect(request.decision == .solvedOnSpot)
    #expect(request.status == .replied)
    #expect(request.areaId == Fixtures.uuid(2))
    // The form starts again for the next person, and the day's count went up.
    #expect(app.runner.state.reception?.walkInsToday == 1)
    #expect(app.runner.state.reception?.form["requester"] == "")
    #expect(app.frame.contains("今日来访 1 人"))
  }

  @Test(
    "a newcomer is registered in the same form with a phone and a village; a transfer picks its receiver by digit"
  )
  func newcomer() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    var keys = 0
    func key(_ pressed: Key...) {
      keys += pressed.count
      for one in pressed { app.press(one) }
    }
    app.press(.character("R"))
    app.type("孙悟空")
    #expect(app.frame.contains("户籍中没有找到"))
    key(.tab)
    app.type("13900001111")
    key(.tab)
    app.type("石桥")
    // Enter picks the village and moves on to the category.
    key(.enter)
    #expect(app.runner.state.reception?.form.focusedID == "category")
    key(.character("8"))
    app.type("村口路灯坏了")
    key(.tab, .character("2"))
    #expect(app.runner.state.reception?.form.focusedID == "target")
    // Name, phone, village, category, matter and decision: at most 7 keys with the save.
    #expect(keys + 1 <= 7)
    key(.character("-"), .control("s"))
    let logged = try #require(
      try store.requestPage(sort: ListingSort(), anchor: .first, limit: 10).first {
        $0.model.requester == "孙悟空"
      })
    let request = try #require(try store.request(id: logged.model.id))
    #expect(request.requester.householdId == nil)
    #expect(request.requester.phone == "13900001111")
    #expect(request.requester.place == "石桥村")
    #expect(request.areaId == Fixtures.uuid(2))
    #expect(request.status == .inProgress)
    #expect(request.assignee == LocalitySettings.defaultTransferTargets[10])
    #expect(request.dueOn == LocalDate(parsing: "2026-12-02"))
  }

  @Test("a form missing what it needs is refused field by field and nothing is saved")
  func refused() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    let before = try store.requestCount()
    app.press(.character("R"))
    app.type("孙悟空")
    app.press(.tab, .tab, .tab, .tab, .tab, .character("4"), .control("s"))
    #expect(try store.requestCount() == before)
    let form = try #require(app.runner.state.reception?.form)
    #expect(form.fields.first { $0.id == "category" }?.message == "必填")
    #expect(form.fields.first { $0.id == "content" }?.message == "必填")
    #expect(form.fields.first { $0.id == "detail" }?.message == "必填")
    #expect(form.focusedID == "category")
  }

  @Test("Esc leaves reception mode; the record book opens from it and is handed over once")
  func bookFromReception() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-25 15:01")!, channel: .walkIn,
        requester: Requester(name: "张三丰", phone: "13812341234"),
        category: "housing", content: "房屋漏雨"), handling: .transfer(to: "镇住建环保站", note: ""))
    app.press(.character("R"), .function(4))
    #expect(app.runner.state.book?.book.entries.map(\.requester) == ["张三丰"])
    #expect(app.frame.contains("接待日记录簿（2026-11-25）"))
    #expect(app.frame.contains("138****1234"))
    #expect(app.frame.contains("尚未移交"))
    app.press(.character("h"))
    app.type("党政办")
    app.press(.control("s"))
    #expect(app.frame.contains("已于 2026-11-25 15:10 由 王主任 移交给 党政办"))
    app.press(.character("h"))
    #expect(app.frame.contains("已于 2026-11-25 15:10 由 王主任 移交"))
    // [ and ] step between reception days, not calendar days; d opens a day typed.
    app.press(.character("["))
    #expect(app.runner.state.book?.book.day == LocalDate(parsing: "2026-11-11"))
    app.press(.character("["))
    #expect(app.frame.contains("没有更早的接待日"))
    app.press(.character("]"))
    #expect(app.runner.state.book?.book.day == LocalDate(parsing: "2026-11-25"))
    app.press(.character("d"), .control("u"))
    app.type("2026-11-2x")
    app.press(.control("s"))
    #expect(app.runner.state.form != nil, "a date that is not one is refused")
    app.press(.backspace)
    app.type("0")
    app.press(.control("s"))
    #expect(app.runner.state.book?.book.day == LocalDate(parsing: "2026-11-20"))
    #expect(app.frame.contains("接待日记录簿（2026-11-20）"))
    app.press(.escape)
    #expect(app.runner.state.book == nil)
    #expect(app.runner.state.reception != nil)
    app.press(.escape)
    #expect(app.runner.state.reception == nil)
  }

  @Test(
    "a walk-in saved while the queue is under the desk is in the queue and its counts when the desk is left"
  )
  func queueAfterWalkIn() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    app.press(.character("3"))
    let before = app.runner.state.queue.table.total
    let open = app.runner.state.counts.openRequests
    app.press(.character("R"))
    app.type("lxy")
    app.press(.enter, .character("4"))
    app.type("孩子上学补助怎么申请")
    app.press(.control("s"))
    #expect(app.runner.state.counts.openRequests == open + 1)
    app.press(.escape)
    #expect(app.runner.state.queue.table.total == before + 1)
    #expect(
      app.runner.state.queue.table.rows.contains {
        $0.model.requester == "李秀英" && $0.model.status == .registered
      })
    #expect(app.frame.contains("李秀英"))
    #expect(try store.requestCount() == before + 1)
  }

  @Test("an urgent walk-in is marked by digit at the desk, and the queue and its view say so")
  func urgentWalkIn() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    app.press(.character("R"))
    app.type("lxy")
    app.press(.enter, .character("4"))
    app.type("老人突发疾病，需要送医")
    // Decision and its detail left empty: on to the urgency.
    app.press(.tab, .tab, .tab)
    #expect(app.runner.state.reception?.form.focusedID == "urgency")
    app.press(.character("3"), .control("s"))
    let logged = try #require(
      try store.requestPage(sort: ListingSort(), anchor: .first, limit: 10).first {
        $0.model.requester == "李秀英"
      })
    #expect(logged.model.urgency == .critical)
    #expect(try store.request(id: logged.model.id)?.urgency == .critical)
    // The next person's form starts again at the usual urgency.
    #expect(app.runner.state.reception?.form["urgency"] == "normal")
    app.press(.escape, .character("3"))
    // Before the category (cut to its column at 80 wide).
    #expect(app.frame.split(separator: "\n").contains { $0.contains("李秀英") && $0.contains("特急 医") })
    let row = try #require(
      app.runner.state.queue.table.rows.firstIndex { $0.model.id == logged.model.id })
    app.press(.home)
    for _ in 0..<row { app.press(.down) }
    app.press(.enter)
    #expect(app.frame.contains("紧急程度 特急 · 登记"))
  }

  @Test(
    "the record book at 80x24 shows the selected walk-in in full under the table; Down selects the next"
  )
  func bookFrame() throws {
    let folder = TemporaryFolder()
    let (store, app) = try desk(folder)
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-25 15:01")!, channel: .walkIn,
        requester: Requester(name: "张三丰", phone: "13812341234", place: "石桥村一组"),
        category: "housing",
        content: "房屋墙体开裂，雨天漏雨严重，家中老人行动不便，希望尽快鉴定危房并申请改造补助"),
      handling: .transfer(to: "镇住建环保站", note: "请三个工作日内上门鉴定"))
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-25 15:05")!, channel: .walkIn,
        requester: Requester(name: "李秀英"),
        category: "policy", content: "询问城乡居民养老保险补缴政策"),
      handling: .solveOnSpot(how: "当场讲解补缴条件和办理地点"))
    app.press(.character("R"), .function(4))
    try expectFrame(app.styledFrame, named: "book-zh")
    app.press(.down)
    #expect(app.runner.state.book?.selected == 1)
    #expect(app.frame.contains("当场讲解补缴条件和办理地点"))
  }

  @Test("R over a contact card starts the walk-in with the household's head linked")
  func fromCard() throws {
    let folder = TemporaryFolder()
    let (_, app) = try desk(folder)
    app.press(.home, .enter)
    let household = try #require(app.runner.state.card?.card.household)
    app.press(.character("R"))
    let desk = try #require(app.runner.state.reception)
    #expect(desk.linked?.householdId == household.id)
    #expect(desk.linked?.name == household.headName)
    #expect(desk.form.focusedID == "category")
    #expect(app.frame.contains("已选定户籍中的人"))
  }

  @Test("Esc puts the people found away without calling the visitor a newcomer; typing looks again")
  func escapeFromMatches() throws {
    let folder = TemporaryFolder()
    let (_, app) = try desk(folder)
    app.press(.character("R"))
    app.type("lxy")
    #expect(app.frame.contains("李秀英  配偶"))
    app.press(.escape)
    #expect(app.runner.state.reception != nil)
    #expect(!app.frame.contains("户籍中没有找到"))
    #expect(app.frame.contains("找到的人已收起"))
    app.press(.backspace)
    app.type("y")
    #expect(app.frame.contains("李秀英  配偶"))
  }
}

@Suite("The reception schedule in the settings and at the desk")
struct ReceptionScheduleDeskTests {
  @Test(
    "the settings keep the reception's weekdays and hours (a wrong span refused under its field), and the desk says when the next reception day is"
  )
  func scheduleSettings() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("R"))
    // 2026-11-25 is a Wednesday: the default schedule's day.
    #expect(app.frame.contains("今天是接待日 15:00–17:40"))
    app.press(.escape, .function(9))
    while app.runner.state.form?.form.focusedID != "receptionDays" { app.press(.tab) }
    app.press(.control("u"))
    app.type("1 5")
    app.press(.tab, .control("u"))
    app.type("17:40-15:00")
    app.press(.tab)
    #expect(app.frame.contains("“17:40-15:00”不是接待时间：写成 15:00-17:40"))
    app.press(.backTab, .control("u"))
    app.type("09:00-11:30")
    app.press(.control("s"))
    #expect(app.overlays.isEmpty)
    let saved = try store.localitySettings().schedule
    #expect(saved == ReceptionSchedule(weekdays: [1, 5], opens: 9 * 60, closes: 11 * 60 + 30))
    app.press(.character("R"))
    #expect(app.frame.contains("今天不是接待日"))
    #expect(app.frame.contains("11-27 五"))
  }
}

@Suite("An extra reception day (加开)")
struct ExtraReceptionDayTests {
  private func store(on moment: String, in folder: TemporaryFolder) throws -> LastmileStore {
    try LastmileStore.open(
      at: folder.file("lastmile.db"), clock: .stopped(at: LocalDateTime(parsing: moment)!)
    ).acting(as: "王主任")
  }

  @Test(
    "the desk opened outside the schedule asks whether the day is an extra one: yes records it for the book, no just logs walk-ins, and it asks once a day"
  )
  func extraDay() throws {
    let folder = TemporaryFolder()
    _ = try Fixtures.smallLedger(in: folder)
    // Thursday 2026-11-26: not a reception day under the default schedule.
    let thursday = try store(on: "2026-11-26 09:30", in: folder)
    let app = try AppHarness(store: thursday, folder: folder)
    app.press(.character("R"))
    #expect(app.frame.contains("加开接待日？"))
    #expect(app.frame.contains("今天不是接待日"))
    app.press(.character("y"))
    #expect(app.frame.contains("今天加开接待日"))
    #expect(app.frame.contains("记为加开接待日"))
    let day = LocalDate(parsing: "2026-11-26")!
    #expect(try thursday.isExtraReceptionDay(day))
    #expect(try thursday.receptionBook(on: day).extraDayOpenedBy == "王主任")
    // Opened again the same day, the desk does not ask.
    app.press(.escape, .character("R"))
    #expect(!app.frame.contains("加开接待日？"))
    // Friday: "no" logs walk-ins without making the day a reception day.
    let friday = try store(on: "2026-11-27 10:00", in: folder)
    let next = try AppHarness(store: friday, folder: folder)
    next.press(.character("R"))
    #expect(next.frame.contains("加开接待日？"))
    next.press(.character("n"))
    #expect(next.runner.state.reception != nil)
    #expect(next.frame.contains("今天不是接待日"))
    #expect(try !friday.isExtraReceptionDay(LocalDate(parsing: "2026-11-27")!))
  }
}
