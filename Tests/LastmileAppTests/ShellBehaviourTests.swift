import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The shell's behaviour")
struct ShellBehaviourTests {
  @Test("paging through a listing holds no more rows than the screen shows and keeps its place")
  func paging() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 120)
    let app = try AppHarness(store: store, folder: folder)
    let pageSize = app.runner.state.pageSize
    #expect(app.runner.state.roster.table.rows.count == pageSize)
    #expect(app.runner.state.roster.table.total == 120)
    let firstPage = app.runner.state.roster.table.rows.map(\.model.householdNo)
    app.press(.pageDown)
    let secondPage = app.runner.state.roster.table.rows.map(\.model.householdNo)
    #expect(Set(firstPage).isDisjoint(with: secondPage))
    #expect(app.runner.state.roster.table.firstRowNumber == pageSize)
    #expect(app.runner.state.roster.table.rows.count == pageSize)
    #expect(app.frame.contains("第 \(pageSize + 1)–\(2 * pageSize) 条，共 120 条"))
    app.press(.end)
    #expect(app.runner.state.roster.table.firstRowNumber == 120 - pageSize)
    #expect(
      app.runner.state.roster.table.selectedModel?.householdNo
        == app.runner.state.roster.table.rows.last?.model.householdNo)
    app.press(.down)
    #expect(app.runner.state.roster.table.firstRowNumber == 120 - pageSize)
    app.press(.home)
    #expect(app.runner.state.roster.table.firstRowNumber == 0)
    for _ in 0..<pageSize { app.press(.down) }
    #expect(app.runner.state.roster.table.firstRowNumber == 1)
    #expect(app.runner.state.roster.table.selected == pageSize - 1)
    app.press(.up)
    #expect(app.runner.state.roster.table.selected == pageSize - 2)
    #expect(app.runner.state.roster.table.rows.first?.model.householdNo == firstPage[1])
  }

  @Test("sorting by the next column and reversing reads the listing again from the top")
  func sorting() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.character("s"), .character("s"))
    #expect(
      app.runner.state.roster.table.sort
        == ListingSort(key: RosterColumn.head.rawValue, ascending: true))
    // Heads sort by pinyin: ouyangnana, smith, zhangsanfeng.
    #expect(app.runner.state.roster.table.rows.map(\.model.headName) == ["欧阳娜娜", "Smith", "张三丰"])
    app.press(.character("r"))
    #expect(app.runner.state.roster.table.rows.map(\.model.headName) == ["张三丰", "Smith", "欧阳娜娜"])
    #expect(app.frame.contains("户主▼"))
  }

  @Test("Tab and the number keys switch tabs")
  func tabs() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.tab)
    #expect(app.runner.state.tab == .diary)
    #expect(app.frame.contains("老人独居"))
    app.press(.backTab, .backTab)
    #expect(app.runner.state.tab == .review)
    app.press(.character("1"))
    #expect(app.runner.state.tab == .roster)
  }

  @Test("q quits at once when nothing is unsaved, and asks first when a form has changes")
  func quitting() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.function(9))
    app.type("镇")
    app.press(.escape)
    #expect(app.frame.contains("放弃填写的内容吗"))
    app.press(.character("n"))
    #expect(app.frame.contains("设置"))
    app.press(.escape, .character("y"))
    #expect(app.overlays.isEmpty)
    app.press(.function(9))
    app.type("x")
    app.press(.control("s"))
    #expect(app.frame.contains("设置已保存"))
    #expect(try store.localitySettings().officeName == "x")
    app.press(.character("q"))
    #expect(app.runner.state.quitting)
  }

  @Test("a signal while a form is open keeps it as a draft, offered back on the next start")
  func draftOnSignal() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.function(9))
    app.type("龙潭镇人民政府")
    app.runner.dispatch(.stopRequested)
    #expect(app.runner.state.quitting)
    let draft = try #require(try store.pendingDrafts().first)
    #expect(draft.kind == "settings")
    #expect(draft.payload.contains("龙潭镇人民政府"))
    let next = try AppHarness(store: store, folder: folder)
    #expect(next.frame.contains("恢复草稿"))
    next.press(.character("r"))
    #expect(next.frame.contains("龙潭镇人民政府"))
    // The draft stays until the form is saved.
    #expect(try store.pendingDrafts().count == 1)
    next.press(.control("s"))
    #expect(try store.localitySettings().officeName.hasSuffix("龙潭镇人民政府"))
    #expect(try store.pendingDrafts().isEmpty)
  }

  @Test("the emergency quit ends at once, keeping the draft")
  func emergencyQuit() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.function(2))
    app.press(.control("u"))
    app.type("赵文书")
    app.press(.control("q"))
    #expect(app.runner.state.quitting)
    #expect(try store.pendingDrafts().first?.kind == "operator")
  }

  @Test("on an empty database it asks who is operating, then offers demo data")
  func firstStart() throws {
    let folder = TemporaryFolder()
    let store = try LastmileStore.open(at: folder.file("empty.db"), clock: .fixed(Fixtures.today))
    let app = try AppHarness(store: store, folder: folder)
    #expect(app.frame.contains("谁在操作"))
    app.press(.control("s"))
    #expect(app.frame.contains("必填"))
    app.type("李文书")
    app.press(.control("s"))
    #expect(app.frame.contains("数据库 empty.db 还是空的"))
    app.press(.character("1"))
    #expect(app.frame.contains("已载入演示数据：2000 户"))
    #expect(app.runner.state.roster.table.total == 2000)
    #expect(app.runner.store.operatorName == "李文书")
  }

  @Test(
    "with --demo an empty database asks who is operating by the same form, then loads demo data")
  func demoAsksTheSame() throws {
    let folder = TemporaryFolder()
    let store = try LastmileStore.open(at: folder.file("empty.db"), clock: .fixed(Fixtures.today))
    let app = try AppHarness(store: store, folder: folder, demo: true)
    #expect(app.frame.contains("谁在操作"))
    app.type("李文书")
    app.press(.control("s"))
    #expect(app.frame.contains("已载入演示数据：2000 户"))
    #expect(app.runner.store.operatorName == "李文书")
    #expect(!app.overlays.contains(.firstStart))
  }

  @Test("a start with the last session's operator says whose name it records and the key to change")
  func operatorCarriedOver() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder, operatorGiven: false)
    #expect(app.frame.contains("修改将记在 王主任 名下（上次的操作人）；不是本人请按 F2"))
    app.press(.function(2))
    #expect(app.frame.contains("谁在操作"))
  }

  @Test("Esc backs out of the help and of the first-start choice")
  func escapeBacksOut() throws {
    let folder = TemporaryFolder()
    let store = try LastmileStore.open(
      at: folder.file("empty.db"), operatorName: "王", clock: .fixed(Fixtures.today))
    let app = try AppHarness(store: store, folder: folder)
    #expect(app.overlays == [.firstStart])
    app.press(.escape)
    #expect(app.overlays.isEmpty)
    app.press(.character("?"))
    app.press(.escape)
    #expect(app.overlays.isEmpty)
  }

  @Test(
    "overdue requests are drawn in the danger style and those due within two working days in the warning style, visible without colour"
  )
  func overdueStyle() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    // Received 2026-11-17: due 2026-11-26, one working day after today.
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-17 10:00")!, channel: .phone,
        requester: Requester(name: "赵六"),
        category: "other", content: "咨询"))
    let app = try AppHarness(store: store, folder: folder)
    // The selection goes to the third row, so that the first two show their own style.
    app.press(.character("3"), .down, .down)
    let frame = try #require(app.backend.lastFrame)
    let overdueRow = try #require(frame.lines.firstIndex { $0.contains("11-20") })
    #expect(frame[2, overdueRow].style == Theme.monochrome.danger)
    #expect(frame.lines[overdueRow].hasSuffix("-3"))
    #expect(Theme.monochrome.danger.attributes.contains(.reverse))
    let soonRow = try #require(frame.lines.firstIndex { $0.contains("赵六") })
    #expect(frame[2, soonRow].style == Theme.monochrome.warning)
    #expect(Theme.monochrome.warning.attributes.contains(.bold))
    // The working order: the overdue one first, then the one due soon.
    #expect(overdueRow < soonRow)
  }
}
