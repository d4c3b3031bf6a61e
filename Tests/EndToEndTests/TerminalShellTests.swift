import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("The full-screen application in tmux", .serialized)
struct TerminalShellTests {

  /// The terminal's settings as `stty -a` prints them in the shell, word by word.
  func terminalFlags(_ tmux: TmuxSession, _ folder: TemporaryFolder) throws -> [String] {
    let file = folder.file("stty.txt").path
    try tmux.run("stty -a > \(file); echo STTY=$?")
    try tmux.waitFor("STTY=0")
    return try String(contentsOfFile: file, encoding: .utf8)
      .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
  }

  @Test(
    "switching tabs, the help, a resize, typing Chinese into a field and quitting work as a person sees them"
  )
  func shell() throws {
    let ledger = try DemoLedger()
    let (db, tmux) = (ledger.path, try ledger.tmux())
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    var screen = try tmux.waitFor("户籍台账")
    #expect(screen.contains("第 1–20 条，共 200 条"))
    // The operator carried over from the last session is said plainly, with the key to change.
    #expect(screen.contains("修改将记在 王主任 名下（上次的操作人）；不是本人请按 F2"))
    try tmux.press("2")
    try tmux.waitFor("民情日记")
    try tmux.press("3")
    try tmux.waitFor("群众诉求")
    try tmux.press("4")
    try tmux.waitFor("台账数量")
    try tmux.press("1")
    try tmux.waitFor("户籍台账")
    try tmux.press("?")
    try tmux.waitFor("按键帮助")
    try tmux.press("Escape")
    try tmux.waitForGone("按键帮助")
    try tmux.resize(width: 60, height: 20)
    try tmux.waitFor("终端太小")
    try tmux.resize(width: 100, height: 30)
    screen = try tmux.waitFor("户籍台账")
    #expect(screen.contains("第 1–26 条，共 200 条"))
    try tmux.press("F9")
    try tmux.waitFor("单位名称")
    try tmux.press("C-u")
    try tmux.type("青山镇人民政府")
    try tmux.press("C-s")
    try tmux.waitFor("设置已保存")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")
    let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
    #expect(try store.localitySettings().officeName == "青山镇人民政府")
  }

  @Test("after SIGHUP the terminal is sane and the form being filled in comes back as a draft")
  func hangup() throws {
    let ledger = try DemoLedger()
    let (folder, db, tmux) = (ledger.folder, ledger.path, try ledger.tmux())
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("F9")
    try tmux.waitFor("单位名称")
    try tmux.press("C-u")
    try tmux.type("龙潭镇人民政府")
    let pid = try #require(try tmux.childPID(named: "lastmile"))
    kill(pid, SIGHUP)
    try tmux.waitFor("EXIT=129")
    let flags = try terminalFlags(tmux, folder)
    #expect(flags.contains("icanon"))
    #expect(flags.contains("echo"))
    #expect(!flags.contains("-icanon"))
    try tmux.run("clear; lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("恢复草稿")
    try tmux.press("r")
    try tmux.waitFor("龙潭镇人民政府")
    try tmux.press("C-q")
    try tmux.waitFor("EXIT=0")
  }

  @Test(
    "a crash (SIGSEGV, SIGABRT) still gives the terminal back sane", arguments: [SIGSEGV, SIGABRT])
  func crash(signal: Int32) throws {
    let ledger = try DemoLedger()
    let (folder, db, tmux) = (ledger.folder, ledger.path, try ledger.tmux())
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    let pid = try #require(try tmux.childPID(named: "lastmile"))
    kill(pid, signal)
    try tmux.waitFor("EXIT=\(128 + signal)")
    let flags = try terminalFlags(tmux, folder)
    #expect(flags.contains("icanon") && flags.contains("echo") && flags.contains("isig"))
  }

  @Test("in English, with NO_COLOR, the shell still shows the selection and quits on q")
  func englishWithoutColour() throws {
    let ledger = try DemoLedger(language: "en_US.UTF-8")
    let (db, tmux) = (ledger.path, try ledger.tmux())
    try tmux.run("NO_COLOR=1 lastmile --db \(db) --today 2026-11-25 --ascii; echo EXIT=$?")
    let screen = try tmux.waitFor("Household roster")
    #expect(screen.contains("1–20 of 200"))
    #expect(screen.contains("Village/group^") && screen.contains("~"))
    // The selected row: a mark beside it, reversed and underlined.
    #expect(screen.split(separator: "\n").contains { $0.hasPrefix(">") })
    let styled = try tmux.tmux(["capture-pane", "-p", "-e"])
    #expect(styled.range(of: "\u{1B}\\[[0-9;]*4[0-9;]*m", options: .regularExpression) != nil)
    #expect(styled.range(of: "\u{1B}\\[[0-9;]*7[0-9;]*m", options: .regularExpression) != nil)
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")
  }
}
