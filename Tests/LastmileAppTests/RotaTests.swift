import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The duty rota")
struct RotaTests {
  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  /// The small ledger with three leaders listed, seen at 15:10 on the test day (a Wednesday).
  private func ledger(_ folder: TemporaryFolder) throws -> LastmileStore {
    let ledger = try Fixtures.smallLedger(in: folder)
    var settings = try ledger.localitySettings()
    settings.dutyLeaders = ["王主任", "李书记", "张镇长"]
    try ledger.saveLocalitySettings(settings)
    return try LastmileStore.open(
      at: folder.file("lastmile.db"),
      clock: .stopped(at: LocalDateTime(parsing: "2026-11-25 15:10")!)
    ).acting(as: "王主任")
  }

  @Test(
    "the rota of a month filled in turn, a day marked for a swap, at 80x24 and 160x48 in both languages",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func frame(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    try store.setDutyLeader("王主任", on: date("2026-11-25"))
    try store.openExtraReceptionDay(date("2026-12-31"))
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    app.press(.function(5), .character("]"), .character("p"), .down, .character("s"))
    try expectFrame(
      app.styledFrame, named: "rota-\(language.rawValue)-\(size.width)x\(size.height)")
  }

  @Test(
    "from the desk: the rota is filled, two days swapped, one leader replaced, and the desk names today's leader"
  )
  func editedFromTheDesk() throws {
    let folder = TemporaryFolder()
    let store = try ledger(folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("R"))
    #expect(app.frame.contains("今天未排值班领导"))
    app.press(.function(5), .character("p"))
    #expect(app.frame.contains("已排 1 个接待日"))
    app.press(.character("]"), .character("p"))
    #expect(try store.dutyLeader(on: date("2026-12-02")) == "李书记")
    app.press(.character("s"), .down, .character("s"))
    #expect(try store.dutyLeader(on: date("2026-12-02")) == "张镇长")
    #expect(try store.dutyLeader(on: date("2026-12-09")) == "李书记")
    // The leader of the 9th replaced by the third listed.
    app.press(.character("e"), .enter, .down, .down, .enter)
    #expect(try store.dutyLeader(on: date("2026-12-09")) == "张镇长")
    #expect(app.frame.contains("2026-12-09 改由 张镇长 值班"))
    // Back at the desk: today's leader is named.
    app.press(.escape)
    app.press(.escape)
    app.press(.character("R"))
    #expect(app.frame.contains("值班领导：王主任"))
  }

  @Test(
    "with no leaders listed the rota says where to list them, and filling it says why it cannot")
  func noLeaders() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder, language: .en)
    app.press(.function(5))
    #expect(app.frame.contains("No duty leaders listed"))
    app.press(.character("p"))
    #expect(app.frame.contains("no duty leaders are listed"))
  }
}
