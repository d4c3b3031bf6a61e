import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("Sync between two laptops in tmux", .serialized)
struct SyncFlowTests {
  @Test(
    "the office logs a walk-in, a new laptop joins by a bundle and logs a visit, a bundle back: both show both"
  )
  func walkInAndVisitBothWays() throws {
    let ledger = try DemoLedger(households: 60)
    let office = ledger.path
    let laptop = ledger.folder.file("laptop.db").path
    let toLaptop = ledger.folder.file("to-laptop.lmsync").path
    let toOffice = ledger.folder.file("to-office.lmsync").path
    let officeCode = try Self.code(of: office)

    // The new laptop starts empty; its code is made with its database.
    let field = try ledger.tmux(width: 100, height: 30)
    try field.run("lastmile --db \(laptop) --operator 李干部 --today 2026-11-25; echo EXIT=$?")
    try field.waitFor("数据库 laptop.db 还是空的")
    let laptopCode = try Self.code(of: laptop)

    // At the office: a walk-in at the desk, then a bundle for the laptop (F7).
    let desk = try ledger.tmux(width: 100, height: 30)
    try desk.run("lastmile --db \(office) --today 2026-11-25; echo EXIT=$?")
    try desk.waitFor("户籍台账")
    try desk.press("R")
    try desk.waitFor("今日来访 0 人")
    try desk.type("孙悟空", chunk: 1)
    try desk.waitFor("户籍中没有找到")
    try desk.press("Tab")
    try desk.type("13900001111")
    try desk.press("Tab")
    try desk.type("石桥", chunk: 1)
    try desk.press("Enter", "8")
    try desk.type("村口路灯坏了")
    try desk.press("C-s")
    try desk.waitFor("今日来访 1 人")
    try desk.press("Escape")
    try desk.waitFor("户籍台账")
    try desk.press("F7")
    try desk.waitFor("同步（本机代号 \(officeCode)）")
    try desk.press("Tab")
    try desk.type(laptopCode)
    try desk.press("Tab")
    try Self.finishBundleForm(desk, file: toLaptop, until: "给 \(laptopCode)：")

    // The laptop joins the office by the bundle: the first start offers it.
    try field.press("4")
    try field.waitFor("导入另一台电脑的同步包")
    try field.press("Tab", "Tab")
    try Self.finishBundleForm(field, file: toLaptop, until: "已导入")
    // The walk-in is in its queue.
    try field.press("3")
    try field.waitFor("孙悟空")
    // A visit from the roster's first household's card.
    try field.press("1")
    try field.waitFor("户籍台账")
    try field.press("Enter")
    try field.waitFor("民情联系卡")
    try field.press("w")
    try field.waitFor("写走访记录")
    try field.type("走访核实路灯位置，村民反映强烈。", chunk: 2)
    try field.press("C-s")
    try field.waitFor("不在干部名单中")
    try field.press("y")
    try field.waitFor("已记下走访")
    try field.waitFor("未同步")
    try field.press("Escape")
    try field.waitFor("户籍台账")
    try field.press("F7")
    try field.waitFor("同步（本机代号 \(laptopCode)）")
    // The office is a peer now: its code is proposed.
    try field.waitFor("对方代号 \(officeCode)")
    try field.press("Tab", "Tab")
    try Self.finishBundleForm(field, file: toOffice, until: "给 \(officeCode)：")

    // Back at the office: the visit arrives.
    try desk.press("F7")
    try desk.waitFor("同步（本机代号 \(officeCode)）")
    // Merging: chosen in the first field's list, Enter moves on to the peer.
    try desk.press("Down", "Down", "Enter")
    try desk.waitFor("做什么 导入另一台电脑的同步包")
    try desk.press("Tab")
    try Self.finishBundleForm(desk, file: toOffice, until: "已导入")
    try desk.press("2")
    try desk.waitFor("走访核实路灯位置")
    try desk.press("C-q")
    try desk.waitFor("EXIT=0")
    try field.press("C-q")
    try field.waitFor("EXIT=0")
  }

  /// The sync form from its file field on: the file (what is proposed cleared), the office's
  /// passphrase, Ctrl-S, and the status line's word that it is done.
  private static func finishBundleForm(_ tmux: TmuxSession, file: String, until done: String)
    throws
  {
    try tmux.press("C-u")
    try tmux.type(file, chunk: 20)
    try tmux.press("Tab")
    try tmux.typeSecret("县里统一口令2026")
    try tmux.press("C-s")
    try tmux.waitFor(done)
  }

  /// A database's laptop code, read from the file.
  private static func code(of path: String) throws -> String {
    let store = try LastmileStore.open(at: URL(fileURLWithPath: path), create: false)
    defer { try? store.close() }
    return store.deviceCode
  }
}
