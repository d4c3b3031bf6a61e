import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Writing and reading the visit diary")
struct DiaryTests {
  /// The live visits of a household and the requests raised by visits.
  func visits(_ store: LastmileStore, household: Int = 10) throws -> [Visit] {
    try store.visits(ofHousehold: Fixtures.uuid(household))
  }

  /// The form on top, if any (a failed expectation prints only it).
  func openForm(_ app: AppHarness) -> FormLayer? { app.runner.state.form }

  @Test(
    "from a card, w opens the visit form on the text, the household and the operator filled in; a problem and Ctrl-S record the visit and its request"
  )
  func visitFromCard() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveCadre(Cadre(name: "王主任", role: .townshipLeader))
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .character("w"))
    let form = try #require(openForm(app))
    #expect(form.form.focusedID == "content")
    #expect(form.form["households"] == "01010001 张三丰")
    #expect(form.form["cadres"] == "王主任")
    #expect(form.form["date"] == "2026-11-25")
    #expect(form.form["kind"] == VisitKind.homeVisit.rawValue)
    app.type("老人腿脚不便，屋顶漏雨。")
    app.press(.tab)
    app.type("屋顶漏雨需要维修")
    #expect(app.runner.state.form?.form.fields.contains { $0.id == "problem.2" } == true)
    app.press(.tab, .character("0"), .control("s"))
    #expect(openForm(app) == nil)
    #expect(app.frame.contains("已记下走访"))
    let saved = try #require(try visits(store).first)
    #expect(saved.content == "老人腿脚不便，屋顶漏雨。")
    #expect(saved.date == Fixtures.today)
    let request = try #require(try store.visitDetail(id: saved.id)?.requests.first)
    let raised = try #require(try store.request(id: request.id))
    #expect(raised.category == "housing")
    #expect(raised.channel == .visit)
    // The card shows the new visit on top, and when it was.
    #expect(app.runner.state.card?.card.visits.first?.id == saved.id)
    #expect(app.frame.contains("上次走访 2026-11-25，距今 0 天"))
  }

  @Test("a name that is not among the cadres is asked about, and registered only on yes")
  func newCadreAsked() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .character("w"))
    app.type("电话里说一切都好。")
    app.press(.control("s"))
    #expect(app.frame.contains("王主任 不在干部名单中"))
    app.press(.character("n"))
    #expect(openForm(app) != nil)
    #expect(try store.resolveCadres("王主任").first == .notFound("王主任"))
    app.press(.control("s"), .character("y"))
    #expect(openForm(app) == nil)
    #expect(try store.resolveCadres("王主任").first?.value != nil)
    #expect(try visits(store).count == 2)
  }

  @Test(
    "households are looked up as the field is left: a pinyin that fits one becomes its number and name"
  )
  func householdsLookedUp() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("2"), .character("a"))
    for _ in 0..<6 { app.press(.backTab) }
    #expect(app.runner.state.form?.form.focusedID == "households")
    app.type("oynn、王五")
    app.press(.tab)
    #expect(app.frame.contains("找不到：王五"))
    app.press(.backTab)
    for _ in 0..<3 { app.press(.control("w")) }
    app.type("oynn")
    app.press(.tab)
    #expect(app.runner.state.form?.form["households"] == "01010002 欧阳娜娜")
  }

  @Test(
    "in the diary Enter reads a visit whole and a digit opens its household's card; d deletes after asking, u brings it back"
  )
  func readDeleteUndo() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("2"), .enter)
    #expect(app.frame.contains("走访记录：2026-11-20 入户走访"))
    #expect(app.frame.contains("1  户 01010001 张三丰"))
    app.press(.character("1"))
    #expect(app.runner.state.tab == .roster)
    #expect(app.runner.state.card?.card.household.id == Fixtures.uuid(10))
    app.press(.character("2"), .escape)
    app.press(.character("d"))
    #expect(app.frame.contains("删除走访记录 2026-11-20 张三丰"))
    app.press(.character("y"))
    #expect(try visits(store).isEmpty)
    app.press(.character("u"))
    #expect(try visits(store).count == 1)
  }

  @Test("a visit half written survives a signal: offered back with its problems, then saved")
  func visitDraft() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveCadre(Cadre(name: "王主任", role: .townshipLeader))
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .character("w"))
    app.type("院墙开裂。")
    app.press(.tab)
    app.type("院墙开裂")
    app.press(.tab, .character("8"))
    app.type("门前路灯不亮")
    app.runner.dispatch(.stopRequested)
    let next = try AppHarness(store: store, folder: folder)
    #expect(next.frame.contains("写走访记录"))
    next.press(.character("r"))
    let form = try #require(openForm(next))
    #expect(form.form["content"] == "院墙开裂。")
    #expect(form.form["problem.1"] == "院墙开裂")
    #expect(form.form["problem_category.1"] == "infrastructure")
    #expect(form.form["problem.2"] == "门前路灯不亮")
    next.press(.tab, .character("8"), .control("s"))
    #expect(openForm(next) == nil)
    #expect(try store.pendingDrafts().isEmpty)
    let saved = try #require(try visits(store).first)
    #expect(try store.visitDetail(id: saved.id)?.requests.count == 2)
  }

  @Test(
    "/ searches the diary's text and names, f filters it by kind, F clears; the header says what is kept"
  )
  func searchAndFilter() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("2"))
    #expect(app.runner.state.diary.table.total == 2)
    app.press(.character("/"))
    app.type("血压")
    app.press(.enter)
    #expect(app.runner.state.diary.table.rows.map(\.model.id) == [Fixtures.uuid(30)])
    #expect(app.frame.contains("筛选：“血压”"))
    app.press(.character("/"), .control("u"))
    app.type("oynn")
    app.press(.enter)
    #expect(app.runner.state.diary.table.rows.map(\.model.id) == [Fixtures.uuid(31)])
    app.press(.character("F"), .character("f"), .tab)
    app.type("电话")
    app.press(.enter, .control("s"))
    #expect(app.runner.state.diary.table.rows.map(\.model.id) == [Fixtures.uuid(31)])
    #expect(app.frame.contains("筛选：电话联系"))
    app.press(.character("F"))
    #expect(app.runner.state.diary.table.total == 2)
  }

  @Test(
    "a follow-up due is counted on the status line for the cadre at the keyboard until m marks it done"
  )
  func followUpOnStatusLine() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let cadre = Cadre(name: "王主任", role: .townshipLeader)
    try store.saveCadre(cadre)
    try store.recordVisit(
      Visit(
        date: Fixtures.today.adding(days: -3), kind: .homeVisit, cadreIds: [cadre.id],
        householdIds: [Fixtures.uuid(11)], content: "答应下周带表格来", followUpOn: Fixtures.today))
    let app = try AppHarness(store: store, folder: folder, size: Size(width: 100, height: 24))
    #expect(app.frame.contains("跟进到期 1"))
    app.press(.character("2"), .character("m"))
    #expect(app.frame.contains("跟进已完成"))
    #expect(!app.frame.contains("跟进到期 1"))
    // u takes the mark back, and only the mark.
    let visits = app.runner.state.diary.table.total
    app.press(.character("u"))
    #expect(app.frame.contains("跟进到期 1"))
    #expect(app.runner.state.diary.table.total == visits)
    app.press(.character("m"))
    app.press(.down, .character("m"))
    #expect(app.frame.contains("没有待跟进的事项"))
  }

  @Test(
    "c opens the selected visit's cadre's month; ] moves a month and Enter on a day lists its entries in the diary"
  )
  func calendarKeys() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("2"), .character("c"))
    #expect(app.frame.contains("李干部 · 2026 年 11 月"))
    #expect(app.frame.contains("走访 2 户"))
    app.press(.character("]"))
    #expect(app.frame.contains("2026 年 12 月"))
    app.press(.character("["))
    for _ in 0..<5 { app.press(.left) }
    app.press(.enter)
    #expect(app.runner.state.diary.table.rows.map(\.model.id) == [Fixtures.uuid(30)])
    #expect(app.frame.contains("李干部 · 2026-11-20"))
  }

  @Test(
    "a name two households share opens the choice between them, each with the person found; a digit names one"
  )
  func chooseBetweenHouseholds() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let other = Household(householdNo: "01010009", headName: "张三丰", areaId: Fixtures.uuid(4))
    try store.saveHousehold(other)
    try store.saveMember(
      Member(
        householdId: other.id, name: "张三丰", relation: .head,
        birthDate: LocalDate(parsing: "1980-01-01")))
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("2"), .character("a"))
    for _ in 0..<6 { app.press(.backTab) }
    app.type("张三丰")
    app.press(.tab)
    #expect(app.frame.contains("“张三丰”是哪一户？"))
    // The choice opens listing them.
    #expect(app.frame.contains("01010009 张三丰  石桥村 二组 · 张三丰 户主 46岁"))
    let second = app.frame.contains("2 01010009") ? "2" : "1"
    app.press(.character(Character(second)))
    #expect(openForm(app)?.kind == .visit(nil, household: nil))
    #expect(openForm(app)?.form["households"] == "01010009 张三丰")
  }

  @Test(
    "letters typed on an empty problem's category go to the problem, never to the date at the top")
  func textOnCategoryStaysWithItsProblem() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("2"), .character("a"))
    app.type("院墙开裂")
    app.press(.tab, .tab)
    #expect(openForm(app)?.form.focusedID == "problem_category.1")
    app.type("Road floods")
    #expect(openForm(app)?.form["date"] == "2026-11-25")
    #expect(openForm(app)?.form["problem.1"] == "Road floods")
  }

  @Test("a visit dated before 2000 is refused as a slip of the keys")
  func tooEarlyRefused() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    #expect(throws: StoreError.self) {
      try store.recordVisit(
        Visit(
          date: LocalDate(parsing: "1900-01-01")!, kind: .homeVisit, cadreIds: [Fixtures.uuid(5)],
          householdIds: [Fixtures.uuid(10)], content: "很早以前"))
    }
  }
}
