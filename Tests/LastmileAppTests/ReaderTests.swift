import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Reading long texts")
struct ReaderTests {
  /// A matter of some 3,000 characters, its last words known.
  static let longMatter =
    String(repeating: "村里的排水沟年久失修，雨季积水倒灌进院子，", count: 140) + "请尽快派人查看。"

  @Test(
    "a long matter uses the room of the request's view, cut with the mark; Enter reads it whole, PgDn pages, Esc closes"
  )
  func longMatter() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.registerRequest(
      HelpRequest(
        id: Fixtures.uuid(60), receivedAt: LocalDateTime(parsing: "2026-11-25 09:00")!,
        channel: .walkIn, requester: Requester(name: "王大爷"), areaId: Fixtures.uuid(2),
        category: "infrastructure", content: Self.longMatter))
    let app = try AppHarness(store: store, folder: folder)
    app.runner.dispatch(.requestLoaded(try store.requestDetail(id: Fixtures.uuid(60))))
    app.runner.runUntilIdle()
    app.press(.character("3"))
    app.runner.dispatch(.requestLoaded(try store.requestDetail(id: Fixtures.uuid(60))))
    app.runner.runUntilIdle()
    let lines = app.frame.split(separator: "\n")
    let matterLines = lines.filter { $0.contains("排水沟") || $0.contains("积水") }
    #expect(matterLines.count > 3, "the matter takes the room there is")
    #expect(lines.contains { $0.hasSuffix("…") })
    #expect(!app.frame.contains("请尽快派人"))
    app.press(.enter)
    #expect(app.frame.contains("诉求全文：王大爷"))
    #expect(app.frame.contains("第 1–"))
    app.press(.end)
    #expect(app.frame.contains("请尽快派人"))
    app.press(.home, .pageDown)
    #expect(!app.frame.contains("第 1–"))
    app.press(.escape)
    #expect(app.runner.state.requestView?.request.id == Fixtures.uuid(60))
  }

  @Test(
    "on the card, Right moves to the visits and Enter reads one whole; on the requests Enter opens the request's view"
  )
  func cardParts() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.enter, .right)
    #expect(app.runner.state.card?.section == .visits)
    app.press(.enter)
    #expect(app.frame.contains("老人独居，血压偏高，按时服药。"))
    #expect(app.frame.contains("走访记录：2026-11-20"))
    app.press(.escape, .right, .enter)
    #expect(app.runner.state.tab == .queue)
    #expect(app.runner.state.requestView?.request.id == Fixtures.uuid(40))
    // The card waits in the roster.
    app.press(.escape, .character("1"))
    #expect(app.runner.state.card?.section == .requests)
  }

  @Test("Enter in the record book reads the selected entry whole")
  func bookEntry() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-25 09:00")!, channel: .walkIn,
        requester: Requester(name: "王大爷"), category: "infrastructure",
        content: Self.longMatter))
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("R"), .function(4))
    app.press(.enter)
    #expect(app.frame.contains("记录簿 2026-11-25 第 1 条"))
    app.press(.end)
    #expect(app.frame.contains("请尽快派人"))
  }
}
