import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The shell, frame by frame")
struct ShellFrameTests {
  @Test(
    "each tab draws its real data at 80x24 and 120x40 in Chinese and English",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func tabs(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, size: size, language: language)
    let suffix = "\(language.rawValue)-\(size.width)x\(size.height)"
    try expectFrame(app.styledFrame, named: "roster-\(suffix)")
    app.press(.character("2"))
    try expectFrame(app.styledFrame, named: "diary-\(suffix)")
    app.press(.character("3"))
    try expectFrame(app.styledFrame, named: "queue-\(suffix)")
    app.press(.character("4"))
    try expectFrame(app.styledFrame, named: "review-\(suffix)")
  }

  @Test(
    "the help overlay lists the keys of the active keymap for where the keys are",
    arguments: [Language.zh, .en])
  func help(language: Language) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, language: language)
    app.press(.character("?"))
    try expectFrame(app.styledFrame, named: "help-\(language.rawValue)")
    app.press(.escape)
    #expect(!app.frame.contains("┌"))
  }

  @Test(
    "below 80x24 one message says the size needed, and q still quits",
    arguments: [Language.zh, .en])
  func tooSmall(language: Language) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder,
      size: Size(width: 60, height: 15), language: language)
    try expectFrame(app.styledFrame, named: "too-small-\(language.rawValue)")
    app.resize(Size(width: 80, height: 24))
    #expect(app.frame.contains("01010001"))
    app.resize(Size(width: 79, height: 24))
    app.press(.character("q"))
    #expect(app.runner.state.quitting)
  }

  @Test("in colour the queue draws an overdue request in red and the selection in its own colours")
  func colourQueue() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, theme: .color)
    app.press(.character("3"), .down)
    try expectFrame(app.styledFrame, named: "queue-colour-zh")
    #expect(app.styledFrame.contains("fg=red"))
  }

  @Test(
    "the settings form takes the office and its transfer targets, and says the deadlines are the rules file's"
  )
  func settingsForm() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.function(9))
    app.press(.control("u"))
    app.type("青山镇人民政府")
    try expectFrame(app.styledFrame, named: "settings-zh")
    // At its last field the form has scrolled to the deadlines' note under it.
    app.press(.backTab)
    #expect(app.frame.contains("办结须另一人审核"))
    #expect(app.frame.contains("期限由规则文件定"))
  }
}
