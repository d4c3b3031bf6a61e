import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The request queue and a request's view")
struct QueuePaneTests {
  @Test(
    "a request's view shows its fields, deadline, timeline and the keys of what it allows, in both languages",
    arguments: [Language.zh, .en])
  func requestView(language: Language) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.handleRequest(Fixtures.uuid(40), .transfer(to: "镇卫生院", note: "协助办理慢病卡"))
    try store.handleRequest(Fixtures.uuid(40), .urge(note: "电话催办"))
    let app = try AppHarness(store: store, folder: folder, language: language)
    app.press(.character("3"), .enter)
    try expectFrame(app.styledFrame, named: "request-\(language.rawValue)")
  }

  @Test(
    "/ in the queue finds a request by its number (in any case), by the requester and by a word of the matter; the header says the search"
  )
  func searchQueue() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"))
    #expect(app.runner.state.queue.table.rows.count == 2)
    func search(_ text: String) -> [String] {
      app.press(.character("/"), .control("u"))
      app.type(text)
      app.press(.control("s"))
      return app.runner.state.queue.table.rows.map(\.model.requester)
    }
    #expect(search("sq-20261124-b7") == ["欧阳娜娜"])
    #expect(app.frame.contains("“sq-20261124-b7”"))
    #expect(search("张三") == ["张三丰"])
    #expect(search("路灯") == ["欧阳娜娜"])
    #expect(search("SQ-20261201") == [])
    // An empty search lets every request back.
    #expect(search("").count == 2)
  }

  @Test(
    "handling from the request's view: the form asks what the action needs, the timeline gains the entry"
  )
  func handleFromView() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .enter)
    #expect(app.runner.state.requestView?.request.id == Fixtures.uuid(40))
    app.press(.character("t"))
    #expect(app.frame.contains("转给*"))
    app.press(.character("4"), .tab)
    app.type("请卫生院协助")
    app.press(.control("s"))
    #expect(app.overlays.isEmpty)
    #expect(try store.request(id: Fixtures.uuid(40))?.assignee == "镇卫生院")
    #expect(
      app.runner.state.requestView?.detail.history.map(\.action) == [.received, .transferred])
    #expect(app.frame.contains("登记→办理中"))
    #expect(app.frame.contains("已转办"))
  }

  @Test(
    "an action the status does not allow is refused at once with the reason; a refused save keeps the form"
  )
  func refusals() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .enter, .character("c"))
    #expect(app.overlays.isEmpty)
    #expect(app.frame.contains("诉求还没有答复，不能办结：先答复"))
    app.press(.character("x"), .control("s"))
    let form = try #require(app.overlays.last)
    guard case .form(let layer) = form, case .handleRequest(_, .explained) = layer.kind else {
      Issue.record("the explain form is not open")
      return
    }
    #expect(layer.form.fields.first?.message == "必填")
    #expect(try store.request(id: Fixtures.uuid(40))?.status == .registered)
  }

  @Test(
    "the handling menu of the queue lists what the selected request allows, and its keys open the forms"
  )
  func handlingMenu() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .character("h"))
    #expect(app.frame.contains("s  立即解决"))
    #expect(app.frame.contains("t  转办"))
    #expect(!app.frame.contains("c  办结"))
    app.press(.character("s"))
    app.type("当场开具证明")
    app.press(.control("s"))
    #expect(try store.request(id: Fixtures.uuid(40))?.status == .replied)
    #expect(app.frame.contains("已立即解决"))
  }

  @Test("the queue filters combine and say so in the header; F clears them")
  func filters() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"))
    #expect(app.runner.state.queue.table.total == 2)
    app.press(.character("f"))
    // Status, category, channel, decision, assignee: to "overdue only".
    app.press(.tab, .tab, .tab, .tab, .tab, .enter, .down, .enter, .control("s"))
    #expect(app.runner.state.queue.filter.overdue)
    #expect(app.runner.state.queue.table.total == 1)
    #expect(app.frame.contains("筛选：逾期"))
    app.press(.character("F"))
    #expect(app.runner.state.queue.table.total == 2)
  }

  @Test(
    "o keeps only the overdue requests on top of the other filters, and o again lets the rest back")
  func overdueKey() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .character("o"))
    #expect(app.runner.state.queue.filter == RequestFilter(overdue: true))
    #expect(app.runner.state.queue.table.total == 1)
    #expect(
      app.runner.state.queue.table.rows.allSatisfy {
        $0.model.dueOn.map { $0 < Fixtures.now.date } ?? false
      })
    #expect(app.frame.contains("筛选：逾期"))
    app.press(.character("o"))
    #expect(app.runner.state.queue.filter.isEmpty)
    #expect(app.runner.state.queue.table.total == 2)
    #expect(!app.frame.contains("筛选："))
  }

  @Test(
    "an overdue request's view says by how many working days in full, a long note in its history wraps, and a reply says whether it kept the deadline"
  )
  func overdueView() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .home, .enter)
    let lines = app.frame.split(separator: "\n")
    let due = try #require(lines.first { $0.contains("答复期限") })
    #expect(due.hasSuffix("2026-11-20（逾期 3 个工作日）"))
    app.press(.character("u"))
    app.type("电话联系镇卫生院值班领导，要求本周五前给出书面答复并抄送镇党政办")
    app.press(.control("s"))
    #expect(app.frame.contains("电话联系镇卫生院"))
    #expect(app.frame.contains("抄送镇党政办"))
    // Replied after the deadline: the view says how late; a reply in time says so too.
    app.press(.character("r"), .tab)
    app.type("慢病卡已办好")
    app.press(.control("s"))
    #expect(app.frame.contains("答复期限 2026-11-20（逾期 3 个工作日后答复）"))
    app.press(.escape, .home, .enter)
    #expect(app.runner.state.requestView?.request.requester.name == "欧阳娜娜")
    app.press(.character("r"), .tab)
    app.type("路灯已报修")
    app.press(.control("s"))
    #expect(app.frame.contains("答复期限 2026-12-03（按期答复）"))
  }

  @Test("a digit on a choice moves on to the next field, and what is typed there is kept")
  func digitMovesOn() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .home, .enter, .character("r"), .character("1"))
    app.type("已电话答复")
    #expect(app.runner.state.form?.form["text"] == "已电话答复")
    app.press(.control("s"))
    #expect(app.runner.state.form == nil)
    #expect(app.frame.contains("已电话答复"))
  }

  @Test(
    "x in the queue writes the list as shown: its filter and order, the file named for it and saying which filter"
  )
  func exportTheView() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .character("o"), .character("x"))
    let form = try #require(app.runner.state.form?.form)
    #expect(form["table"] == "view")
    #expect(form["file"].contains("群众诉求-逾期"))
    #expect(app.frame.contains("当前列表（1 行，筛选：逾期）"))
    // JSON chosen, the file's ending follows.
    app.press(.tab, .enter, .down, .enter)
    #expect(app.runner.state.form?.form["file"].hasSuffix(".json") == true)
    app.press(.backTab, .enter, .up, .enter)
    #expect(app.runner.state.form?.form["file"].hasSuffix(".csv") == true)
    app.press(.backTab, .backTab)
    let out = folder.file("queue.csv")
    app.press(.tab, .tab, .control("u"))
    app.type(out.path)
    app.press(.control("s"))
    #expect(app.frame.contains("已导出 1 行"))
    let text = try String(contentsOf: out, encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline)
    #expect(lines.first?.contains("# 群众诉求 · 筛选：逾期") == true)
    #expect(lines.count == 3, "the note, the header and the one overdue request")
    #expect(text.contains("张三丰"))
    #expect(!text.contains("欧阳娜娜"))
  }
}
