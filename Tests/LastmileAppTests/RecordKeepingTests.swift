import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

/// What a trial of the desk, the book and the queue found, each kept from coming back.
@Suite("Records kept as written")
struct RecordKeepingTests {
  func deskOnly(_ app: AppHarness) -> ReceptionState? { app.runner.state.reception }
  func topForm(_ app: AppHarness) -> FormLayer? { app.runner.state.form }

  @Test(
    "saving with nobody named at the keyboard asks who first; the walk-in waits as typed and is recorded under that name"
  )
  func operatorAskedBeforeSaving() throws {
    let folder = TemporaryFolder()
    let store = try LastmileStore.open(
      at: folder.file("new.db"), clock: .stopped(at: Fixtures.now))
    let app = try AppHarness(store: store, folder: folder, operatorGiven: false)
    app.press(.escape, .escape)
    app.press(.character("R"))
    app.type("刘大妈")
    app.press(.tab, .tab, .tab, .character("2"))
    app.type("路灯不亮")
    app.press(.control("s"))
    #expect(topForm(app)?.kind == .changeOperator)
    #expect(app.frame.contains("保存前先填写操作人"))
    app.type("值班员甲")
    app.press(.control("s"))
    #expect(deskOnly(app)?.form["content"] == "路灯不亮")
    app.press(.control("s"))
    let book = try store.acting(as: "值班员甲").receptionBook(on: Fixtures.today)
    #expect(book.entries.map(\.requester) == ["刘大妈"])
    #expect(book.entries.first?.assignee != "?")
  }

  @Test(
    "a desk opened from a card closes with Esc while nothing was typed, and shows the phone masked")
  func deskFromCardUntouched() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let household = Household(householdNo: "01010009", headName: "李海波", areaId: Fixtures.uuid(4))
    try store.saveHousehold(household)
    try store.saveMember(
      Member(householdId: household.id, name: "李海波", relation: .head, phone: "13759896325"))
    let app = try AppHarness(store: store, folder: folder)
    app.press(.end, .enter, .character("R"))
    #expect(deskOnly(app)?.linked?.name == "李海波")
    #expect(app.frame.contains("137****6325"))
    #expect(!app.frame.contains("13759896325"))
    app.press(.escape)
    #expect(deskOnly(app) == nil)
    #expect(app.runner.state.card != nil)
  }

  @Test("a new deadline that is not a date, or months away, is said under the field")
  func extensionDateChecked() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    let detail = try #require(try store.requestDetail(id: Fixtures.uuid(41)))
    app.runner.dispatch(
      .formDataLoaded(
        .handleRequest(Fixtures.uuid(41), .extended),
        .handling(detail, targets: [], cadres: []), draft: nil))
    app.runner.runUntilIdle()
    app.type("2026-13-45")
    app.press(.tab)
    app.type("需要现场勘查")
    app.press(.control("s"))
    #expect(app.frame.contains("2026-13-45"))
    #expect(topForm(app)?.form.fields.first { $0.id == "due" }?.message != nil)
    // The whole date typed again replaces the one there.
    app.type("2099-12-31")
    app.press(.control("s"))
    #expect(app.frame.contains("延期最多到今天起 90 天内"))
  }

  @Test("a search's count follows a filter set on the roster")
  func searchCountFollowsFilter() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("/"))
    app.type("石桥")
    app.press(.enter)
    #expect(app.frame.contains("共 3 条"))
    app.runner.dispatch(
      .formDataLoaded(
        .rosterFilter, .places(areas: try store.areaChoices(), cadres: []), draft: nil))
    app.runner.runUntilIdle()
    app.press(.enter)
    app.type("二组")
    app.press(.enter, .control("s"))
    #expect(app.frame.contains("1 户"))
  }
}

@Suite("Reports as text")
struct ReportTextTests {
  @Test("a long matter wraps inside its column; no line of the text report grows with it")
  func longCellWraps() {
    let matter = String(repeating: "村里的排水沟年久失修，", count: 300)
    let table = ReportTable(
      title: "记录簿", columns: [.init("序号"), .init("来访人"), .init("反映问题")],
      rows: [["1", "王大爷", matter], ["2", "李四", "路灯"]], emptyText: "")
    let lines = table.rendered(.text).split(separator: "\n")
    let measure = TextMeasure()
    #expect(lines.allSatisfy { measure.width(of: String($0)) <= 60 })
    #expect(lines.contains { $0.hasPrefix("2") && $0.contains("李四") })
    #expect(lines.joined().replacingOccurrences(of: " ", with: "").contains("年久失修，村里的"))
  }
}

@Suite("The desk's people at 80x24")
struct DeskPeopleTests {
  @Test(
    "fourteen people of one name: those that fit are listed whole, and the last line says how many more"
  )
  func manyOfOneName() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    for n in 1...14 {
      let household = Household(
        householdNo: String(format: "0102%04d", n), headName: "张静", areaId: Fixtures.uuid(4))
      try store.saveHousehold(household)
      try store.saveMember(Member(householdId: household.id, name: "张静", relation: .head))
    }
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("R"))
    app.type("张静")
    let lines = app.frame.split(separator: "\n", omittingEmptySubsequences: false)
    let more = try #require(lines.firstIndex { $0.contains("还有") })
    #expect(more < lines.count - 2, "the count sits above the status line and the box's border")
    let listed = lines.filter { $0.contains("张静  户主") }.count
    #expect(listed >= 5)
    #expect(app.frame.contains("还有 \(14 - listed) 人"))
  }
}
