import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

/// The optional screen lock: after the idle time the screen shows nothing but the lock, and the
/// PIN brings back everything as it was.
@Suite("The screen lock")
struct ScreenLockTests {
  @Test(
    "after the idle time the screen locks and hides the form; keys and a wrong PIN reach nothing; the PIN brings the form back as typed"
  )
  func locksAndUnlocks() throws {
    let folder = TemporaryFolder()
    let ledger = try Fixtures.smallLedger(in: folder)
    let time = ManualTime(Fixtures.now)
    let store = try LastmileStore.open(at: ledger.url, create: false, clock: .manual(time))
      .acting(as: "测试员")
    let app = try AppHarness(
      store: store, folder: folder, lock: try ScreenLockFile(pin: "2468", idleMinutes: 5))
    app.press(.character("a"))
    app.type("01010009")
    app.press(.tab)
    app.type("李四海")
    let typed = app.frame
    time.advance(minutes: 4)
    app.runner.runUntilIdle()
    #expect(app.frame.contains("李四海"))
    time.advance(minutes: 1)
    app.runner.runUntilIdle()
    #expect(app.frame.contains("lastmile 已锁定"))
    #expect(!app.frame.contains("李四海") && !app.frame.contains("01010009"))
    #expect(!app.frame.contains("张三丰"))
    app.type("1111")
    #expect(app.frame.contains("••••") && !app.frame.contains("1111"))
    app.press(.enter)
    #expect(app.frame.contains("PIN 不对（第 1 次）"))
    app.press(.character("q"), .escape)
    #expect(!app.runner.state.quitting)
    app.type("2468")
    app.press(.enter)
    #expect(app.frame == typed)
    app.type("文")
    #expect(app.frame.contains("李四海文"))
  }

  @Test("the setting holds a salted slow hash, never the PIN, and is its owner's only")
  func settingFile() throws {
    let folder = TemporaryFolder()
    let url = ScreenLockFile.url(in: folder.file("config"))
    try ScreenLockFile(pin: "135790", idleMinutes: 3).save(to: url)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(!text.contains("135790"))
    #expect(text.hasPrefix("pbkdf2-sha256 \(ScreenLockFile.newRounds) "))
    let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
    let loaded = try #require(ScreenLockFile.load(from: url))
    #expect(loaded.idleMinutes == 3)
    #expect(loaded.accepts("135790"))
    #expect(!loaded.accepts("135791"))
    // Two settings of one PIN differ: each has its own salt.
    try ScreenLockFile(pin: "135790", idleMinutes: 3).save(to: folder.file("other"))
    #expect(try String(contentsOf: folder.file("other"), encoding: .utf8) != text)
  }

  @Test("F12 locks at once, a form being typed included; without a PIN it says how to set one")
  func lockKey() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(
      store: store, folder: folder, lock: try ScreenLockFile(pin: "2468", idleMinutes: 30))
    app.press(.character("a"))
    app.type("01010009")
    app.press(.function(12))
    #expect(app.frame.contains("lastmile 已锁定") && !app.frame.contains("01010009"))
    app.type("2468")
    app.press(.enter)
    #expect(app.frame.contains("01010009"))
    let other = TemporaryFolder()
    let plain = try AppHarness(store: try Fixtures.smallLedger(in: other), folder: other)
    plain.press(.function(12))
    #expect(plain.frame.contains("还没有设定锁屏 PIN：在命令行用 lastmile lock set 设定"))
  }

  @Test("a lock setting that cannot be read is said at the start, never passed over")
  func unreadableSettingSaid() throws {
    let folder = TemporaryFolder()
    let url = ScreenLockFile.url(in: folder.file("config"))
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "pbkdf2-sha256 12 garbage".write(to: url, atomically: true, encoding: .utf8)
    #expect(ScreenLockFile.isUnreadable(at: url))
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder, language: .en,
      lockUnreadable: url.path)
    #expect(app.frame.contains("The screen will not lock: its setting cannot be read"))
  }
}
