import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The meeting's agenda, frame by frame")
struct AgendaFrameTests {
  /// The small ledger with two matters referred to the office meeting and one to the branch.
  private func ledger(_ folder: TemporaryFolder) throws -> LastmileStore {
    let store = try Fixtures.smallLedger(in: folder)
    var settings = try store.localitySettings()
    settings.officeName = "青山镇人民政府"
    try store.saveLocalitySettings(settings)
    for (name, moment, meeting, content) in [
      ("石宇航", "2026-11-18 15:10", MeetingKind.office, "村道坑洼，雨天无法通行，请求硬化。"),
      ("李秀英", "2026-11-24 15:40", .office, "申请在村口安装路灯。"),
      ("王建国", "2026-11-24 16:00", .branch, "反映村务公开不及时。"),
    ] {
      try store.registerRequest(
        HelpRequest(
          receivedAt: LocalDateTime(parsing: moment)!, channel: .walkIn,
          requester: Requester(name: name), category: "infrastructure", content: content),
        handling: .referToMeeting(note: "是否纳入明年计划", meeting: meeting))
    }
    return store
  }

  @Test(
    "the agenda with one matter decided and not yet recorded, at 80x24 and 160x48 in both languages",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func agendaFrame(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    app.press(.character("3"), .character("m"))
    app.press(.enter)
    app.press(.tab)
    app.type("李书记")
    app.press(.tab)
    app.press(.control("s"))
    try expectFrame(
      app.styledFrame, named: "agenda-\(language.rawValue)-\(size.width)x\(size.height)")
  }

  @Test(
    "Ctrl-S records the decisions taken; Esc with decisions not recorded asks; Left shows the branch's"
  )
  func recordAndSwitch() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .character("m"))
    #expect(app.frame.contains("办公会议题 · 2 件"))
    app.press(.enter, .character("3"), .tab, .tab)
    app.type("资金不足，已向群众说明")
    app.press(.control("s"))
    app.press(.escape)
    #expect(app.frame.contains("放弃"))
    app.press(.character("n"))
    app.press(.left)
    #expect(app.frame.contains("先记录已定的决定"))
    app.press(.control("s"))
    #expect(app.frame.contains("已记录会议决定 1 件"))
    #expect(app.frame.contains("办公会议题 · 1 件"))
    app.press(.left)
    #expect(app.frame.contains("支委会议题 · 1 件"))
    #expect(app.frame.contains("王建国"))
  }

  @Test("the printed agenda: each matter, its requester and day, and room for the decision")
  func printed() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let agenda = try store.meetingAgenda(.office)
    try expectFrame(agenda.rendered(.text, language: .zh), named: "agenda-printed-zh")
    #expect(agenda.rendered(.html, language: .zh).contains("@page { size: A4 portrait"))
  }

  @Test("decisions taken and not recorded survive a signal: the agenda comes back with them")
  func decisionsKeptAsDraft() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("3"), .character("m"))
    app.press(.enter, .character("3"), .tab, .tab)
    app.type("资金不足，已向群众说明")
    app.press(.control("s"))
    #expect(app.frame.contains("已定 1 件未记录"))
    app.runner.dispatch(.stopRequested)
    let draft = try #require(try store.pendingDrafts().first)
    #expect(draft.kind == "agenda:office")
    let next = try AppHarness(store: store, folder: folder)
    #expect(next.frame.contains("恢复草稿"))
    next.press(.character("r"))
    #expect(next.frame.contains("已定 1 件未记录"))
    #expect(next.frame.contains("解释：资金不足"))
    next.press(.control("s"))
    #expect(next.frame.contains("已记录会议决定 1 件"))
    #expect(try store.pendingDrafts().isEmpty)
  }
}
