import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Transfer slips, frame by frame")
struct TransferSlipFrameTests {
  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  /// The small ledger with a walk-in transferred to a department that signed for its slip.
  private func ledger(_ folder: TemporaryFolder) throws -> (LastmileStore, HelpRequest) {
    let store = try Fixtures.smallLedger(in: folder)
    var settings = try store.localitySettings()
    settings.officeName = "青山镇人民政府"
    try store.saveLocalitySettings(settings)
    let request = try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-25 09:30")!, channel: .walkIn,
        requester: Requester(name: "石宇航", phone: "13712349291", place: "石桥村"),
        category: "housing", content: "屋顶西北角漏雨，院墙有一道裂缝，请帮助修缮。"),
      handling: .transfer(to: "镇住建环保站", note: "请于一周内上门查看并答复"))
    return (store, request)
  }

  @Test("the printed slip, masked and whole, in both languages", arguments: [Language.zh, .en])
  func printedSlip(language: Language) throws {
    let folder = TemporaryFolder()
    let (store, request) = try ledger(folder)
    let document = try store.issueTransferSlip(request: request.id)
    try expectFrame(
      document.rendered(.text, language: language), named: "slip-\(language.rawValue)")
    let html = document.rendered(.html, language: language)
    #expect(html.contains("@page { size: A4 portrait"))
    #expect(html.contains(language == .zh ? "石*航" : "石*航"))
    #expect(!html.contains("13712349291") && !html.contains("石宇航"))
    let whole = document.rendered(.html, language: language, unmask: true)
    #expect(whole.contains("13712349291") && whole.contains("石宇航"))
  }

  @Test(
    "a request's view with its slip signed for, then sent back, at 80x24 in both languages",
    arguments: [Language.zh, .en])
  func requestView(language: Language) throws {
    let folder = TemporaryFolder()
    let (store, request) = try ledger(folder)
    let app = try AppHarness(store: store, folder: folder, language: language)
    app.press(.character("3"), .character("/"), .control("u"))
    app.type(request.number)
    app.press(.control("s"))
    app.press(.enter)
    // Printed from the view: the slip's file is its owner's only.
    app.press(.character("p"))
    app.press(.control("s"))
    let file = folder.file("\(language == .zh ? "交办单" : "transfer-slip")-\(request.number).html")
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    app.press(.character("i"))
    app.press(.tab)
    app.type("刘站长")
    app.press(.control("s"))
    try expectFrame(app.styledFrame, named: "slip-signed-\(language.rawValue)")
    app.press(.character("b"))
    app.press(.tab)
    app.type("不属本站职责")
    app.press(.control("s"))
    try expectFrame(app.styledFrame, named: "slip-returned-\(language.rawValue)")
    #expect(try store.request(id: request.id)?.status == .registered)
  }
}

@Suite("The status line's flags follow what is done")
struct StatusFlagTests {
  @Test(
    "handing the late book over takes it off the status line; deciding the undecided walk-in takes 未定 off"
  )
  func flagsFollowChanges() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder, size: Size(width: 160, height: 48))
    #expect(app.frame.contains("记录簿 11-11 未移交（自 11-13）"))
    #expect(app.frame.contains("未定 1（自 11-12）"))
    // The undecided walk-in, explained from its view.
    app.press(.character("3"), .character("/"), .control("u"))
    let number = try #require(try store.request(id: Fixtures.uuid(40))?.number)
    app.type(number)
    app.press(.control("s"))
    app.press(.enter, .character("x"))
    app.type("政策不允许，已解释")
    app.press(.control("s"))
    app.runner.runUntilIdle()
    #expect(!app.frame.contains("未定 1"))
    // The book of 11-11 handed over.
    app.press(.escape)
    app.press(.character("b"), .character("d"), .control("u"))
    app.type("2026-11-11")
    app.press(.control("s"))
    #expect(app.frame.contains("接待日记录簿（2026-11-11）"))
    app.press(.character("h"))
    app.type("党政办")
    app.press(.control("s"))
    #expect(!app.frame.contains("记录簿 11-11 未移交"))
  }
}
