import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Drafts")
struct DraftTests {
  @Test("what is typed in a form is kept as a draft while typed, and cleared once it is saved")
  func keptWhileTyped() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.function(9))
    app.type("龙潭镇")
    let draft = try #require(try store.pendingDrafts().first)
    #expect(draft.kind == "settings")
    #expect(draft.payload.contains("龙潭镇"))
    #expect(!draft.savedAt.isEmpty)
    app.press(.control("s"))
    #expect(try store.pendingDrafts().isEmpty)
  }

  @Test(
    "a half-typed walk-in at the desk survives a signal: offered back with its person, matter and decision"
  )
  func deskDraft() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("R"))
    app.type("张三丰")
    app.press(.enter, .character("4"))
    app.type("慢病卡续办")
    app.press(.tab, .character("2"))
    app.runner.dispatch(.stopRequested)
    let draft = try #require(try store.pendingDrafts().first)
    #expect(draft.kind == "reception")
    let next = try AppHarness(store: store, folder: folder)
    #expect(next.frame.contains("恢复草稿"))
    #expect(next.frame.contains("接待日登记"))
    next.press(.character("r"))
    let desk = try #require(next.runner.state.reception)
    #expect(desk.linked?.name == "张三丰")
    #expect(desk.form["category"] == "health")
    #expect(desk.form["content"] == "慢病卡续办")
    #expect(desk.form["decision"] == HandlingDecision.transferred.rawValue)
    #expect(desk.form.fields.contains { $0.id == "target" })
    next.press(.character("1"), .control("s"))
    #expect(try store.pendingDrafts().isEmpty)
    #expect(next.runner.state.reception?.walkInsToday == 1)
  }

  @Test("Esc on the offer keeps the draft for the next start; only the discard key drops it")
  func offerKeeps() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveDraft(
      Draft(
        kind: "settings", title: "设置", payload: #"{"office":"龙潭镇"}"#, operatorName: "王主任"))
    let app = try AppHarness(store: store, folder: folder)
    #expect(app.frame.contains("下次再说"))
    app.press(.escape)
    #expect(app.overlays.isEmpty)
    #expect(app.frame.contains("草稿《设置》留着"))
    #expect(try store.pendingDrafts().count == 1)
    let next = try AppHarness(store: store, folder: folder)
    next.press(.character("n"))
    #expect(try store.pendingDrafts().count == 1)
    let last = try AppHarness(store: store, folder: folder)
    last.press(.character("d"))
    #expect(try store.pendingDrafts().isEmpty)
  }

  @Test("drafts of several forms are offered one after another, each back at the pane")
  func severalDrafts() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    // The desk holds a walk-in; over it, the record book's handover form holds a receiver.
    app.press(.character("R"))
    app.type("孙悟空")
    app.press(.function(4), .character("h"))
    app.type("党政办")
    app.runner.dispatch(.stopRequested)
    #expect(Set(try store.pendingDrafts().map(\.kind)) == ["reception", "handover:2026-11-25"])
    let next = try AppHarness(store: store, folder: folder)
    next.press(.character("r"))
    #expect(next.runner.state.form != nil || next.runner.state.reception != nil)
    next.press(.escape, .character("y"))
    #expect(next.frame.contains("恢复草稿"))
    next.press(.character("r"))
    #expect(next.runner.state.form != nil || next.runner.state.reception != nil)
  }

  @Test(
    "a draft of the review's period restored over the roster shows every area chosen, and saving it shows the review of that period"
  )
  func reviewScopeDraft() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveDraft(
      Draft(
        kind: "review-scope", title: "统计的时段和地区", payload: #"{"period":"2026-Q3","area":""}"#,
        operatorName: "王主任"))
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("r"))
    let form = try #require(app.runner.state.form)
    #expect(form.form["area"] == "")
    #expect(app.frame.contains("全部地区"))
    app.press(.control("s"))
    #expect(app.runner.state.navigation.tab == .review)
    #expect(app.frame.contains("统计 · 2026-Q3 · 全部地区"))
  }

  @Test("every form names itself in a draft so that the draft opens the same form")
  func kindsRoundTrip() {
    let id = UUID()
    let kinds: [FormKind] = [
      .changeOperator, .settings, .household(nil), .household(id),
      .member(household: id, member: nil),
      .member(household: id, member: id), .rosterFilter, .importFile, .exportFile(.queue),
      .merge(source: id), .queueFilter, .queueSearch, .handleRequest(id, .replied),
      .handOver(Fixtures.now.date), .exportBook(Fixtures.now.date),
    ]
    for kind in kinds { #expect(FormKind(draftKind: kind.draftKind) == kind) }
  }
}
