import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import LastmileSync
import TerminalKit
import TestSupport
import Testing

@Suite("Sync in the application")
struct SyncPaneTests {
  /// The small ledger (laptop B7) after a second laptop (C3) took it, and both changed one
  /// household's address apart: B7 merged C3's bundle and holds the conflict.
  private func ledgerWithConflict(_ folder: TemporaryFolder) throws -> LastmileStore {
    let office = try Fixtures.smallLedger(in: folder)
    let field = try LastmileStore.open(
      at: folder.file("field.db"), clock: .stopped(at: Fixtures.now),
      newDeviceId: "00000000-0000-4000-8000-0000000000c3"
    ).acting(as: "李干部")
    let toField = folder.file("to-field.lmsync")
    _ = try SyncExchange.export(office, to: "C3", url: toField, passphrase: nil)
    _ = try SyncExchange.import(field, data: try Data(contentsOf: toField), passphrase: nil)
    var there = try #require(try field.household(id: Fixtures.uuid(11)))
    there.address = "石桥村一组2号（老屋）"
    there.phone = "13912345678"
    try field.saveHousehold(there)
    var here = try #require(try office.household(id: Fixtures.uuid(11)))
    here.address = "石桥村一组2号（新房）"
    here.phone = "13887654321"
    try office.saveHousehold(here)
    let toOffice = folder.file("to-office.lmsync")
    _ = try SyncExchange.export(field, to: "B7", url: toOffice, passphrase: nil)
    _ = try SyncExchange.import(office, data: try Data(contentsOf: toOffice), passphrase: nil)
    return office
  }

  @Test(
    "the conflicts to settle, phones masked, at 80x24 and 160x48 in both languages",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func conflictsFrame(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try ledgerWithConflict(folder)
    let conflicts = try store.syncConflicts()
    #expect(conflicts.count == 2)
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    app.runner.dispatch(.formDataLoaded(.syncConflicts, .conflicts(conflicts), draft: nil))
    app.runner.runUntilIdle()
    #expect(!app.frame.contains("13912345678") && !app.frame.contains("13887654321"))
    try expectFrame(
      app.styledFrame, named: "sync-conflicts-\(language.rawValue)-\(size.width)x\(size.height)")
  }

  @Test("settling a conflict by typing a new value writes it and leaves the other to settle")
  func settleByTyping() throws {
    let folder = TemporaryFolder()
    let store = try ledgerWithConflict(folder)
    let app = try AppHarness(store: store, folder: folder, size: Size(width: 100, height: 30))
    app.runner.dispatch(
      .formDataLoaded(.syncConflicts, .conflicts(try store.syncConflicts()), draft: nil))
    app.runner.runUntilIdle()
    // The first conflict (the address), settled by a value typed.
    app.press(.tab, .down, .down, .down, .enter)
    app.type("石桥村一组2号")
    app.press(.control("s"))
    #expect(app.frame.contains("已处理；还有 1 处冲突"), "\(app.frame)")
    #expect(try store.household(id: Fixtures.uuid(11))?.address == "石桥村一组2号")
    #expect(try store.syncConflicts().map(\.field) == ["phone"])
  }

  @Test(
    "the sync form: this laptop's code, the peer proposed, the passphrase as dots",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func bundleFormFrame(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try ledgerWithConflict(folder)
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    app.press(.function(7))
    app.press(.tab, .tab, .control("u"))
    app.type("/media/usb/同步包.lmsync")
    app.press(.tab)
    app.type("秘密口令123")
    #expect(!app.frame.contains("秘密口令123"))
    try expectFrame(
      app.styledFrame, named: "sync-form-\(language.rawValue)-\(size.width)x\(size.height)")
  }
}
