import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Handling forms")
struct HandlingFormTests {
  /// Opens the handling form of `action` on the request `id`, as the request's view does.
  func open(
    _ action: RequestAction, on id: UUID, _ app: AppHarness, _ store: LastmileStore,
    targets: [String] = LocalitySettings.defaultTransferTargets
  ) throws {
    let detail = try #require(try store.requestDetail(id: id))
    app.runner.dispatch(
      .formDataLoaded(
        .handleRequest(id, action),
        .handling(detail, targets: targets, cadres: try store.cadreChoices()), draft: nil))
    app.runner.runUntilIdle()
  }

  @Test("改派 offers the cadres and the transfer list by key and by search, and takes a name typed")
  func reassign() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    try open(.reassigned, on: Fixtures.uuid(41), app, store)
    #expect(app.runner.state.form?.form.focusedID == "assignee")
    app.press(.enter)
    #expect(app.frame.contains("1 李干部"))
    app.press(.escape, .character("1"))
    #expect(app.runner.state.form?.form["assignee"] == "李干部")
    #expect(app.runner.state.form?.form.focusedID != "assignee")
    app.press(.control("s"))
    #expect(try store.request(id: Fixtures.uuid(41))?.assignee == "李干部")
    try open(.reassigned, on: Fixtures.uuid(41), app, store)
    app.type("mzb")
    app.press(.enter)
    #expect(app.runner.state.form?.form["assignee"] == "镇民政办")
    app.press(.backTab)
    app.type("王五")
    app.press(.enter, .control("s"))
    #expect(try store.request(id: Fixtures.uuid(41))?.assignee == "王五")
  }

  @Test("a transfer list longer than the keys is searched, the first twelve still by key")
  func longTransferList() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    let targets = (1...15).map { "第\($0)工作组" } + ["镇水利站"]
    try open(.transferred, on: Fixtures.uuid(41), app, store, targets: targets)
    app.type("slz")
    app.press(.enter)
    #expect(app.runner.state.form?.form["target"] == "镇水利站")
    app.press(.backTab, .character("="))
    #expect(app.runner.state.form?.form["target"] == "第12工作组")
  }

  @Test("并单 proposes the requester's earlier request only when it is on the same matter")
  func mergeProposal() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    func request(_ n: Int, _ at: String, _ category: String) throws {
      try store.registerRequest(
        HelpRequest(
          id: Fixtures.uuid(n), receivedAt: LocalDateTime(parsing: at)!, channel: .walkIn,
          requester: Requester(name: "张三丰", householdId: Fixtures.uuid(10)),
          areaId: Fixtures.uuid(2), category: category, content: "房屋漏雨"))
    }
    try request(50, "2026-11-24 09:00", "housing")
    try open(.merged, on: Fixtures.uuid(50), app, store)
    #expect(app.runner.state.form?.form["into"] == "", "the earlier one is about health")
    app.press(.escape)
    try request(51, "2026-11-23 09:00", "housing")
    try open(.merged, on: Fixtures.uuid(50), app, store)
    #expect(app.runner.state.form?.form["into"] == Fixtures.uuid(51).uuidString)
  }

  @Test(
    "F6 offers the phrase book in a field that takes text; the phrase chosen follows what was typed"
  )
  func phraseBook() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    try open(.explained, on: Fixtures.uuid(41), app, store)
    app.type("经核实，")
    app.press(.function(6))
    #expect(app.frame.contains("常用语"))
    #expect(app.frame.contains("3 经核实，不符合政策规定，已向群众耐心解释。"))
    app.press(.character("3"))
    #expect(app.runner.state.form?.form["text"] == "经核实，经核实，不符合政策规定，已向群众耐心解释。")
    #expect(app.runner.state.form?.dirty == true)
    app.press(.control("s"))
    #expect(try store.request(id: Fixtures.uuid(41))?.reply.hasSuffix("已向群众耐心解释。") == true)
  }

  @Test("a reply proposes the kind its category calls for: housing in writing")
  func replyKindProposed() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    let request = try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-24 09:30")!, channel: .phone,
        requester: Requester(name: "张三"), category: "housing", content: "漏雨"),
      handling: .transfer(to: "镇住建环保站", note: ""))
    try open(.replied, on: request.id, app, store)
    #expect(app.runner.state.form?.form["kind"] == "written")
  }
}
