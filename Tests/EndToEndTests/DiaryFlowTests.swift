import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("The visit diary in tmux", .serialized)
struct DiaryFlowTests {
  @Test(
    "from a card a visit with one problem is logged; a second, half typed, survives SIGKILL as a draft and is saved; the queue has the request and the card both visits"
  )
  func visitSurvivesKill() throws {
    let ledger = try DemoLedger()
    let db = ledger.path
    let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
    let household = try #require(try store.household(number: "01010011"))
    try store.close()
    let tmux = try ledger.tmux(width: 100, height: 30)
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    // The roster's first household: its card, then a visit written from it.
    try tmux.press("Enter")
    try tmux.waitFor("民情联系卡 · 户号 01010011")
    try tmux.press("w")
    try tmux.waitFor("写走访记录")
    try tmux.waitFor("01010011 \(household.headName)")
    try tmux.type("老人腿脚不便，屋顶漏雨。", chunk: 2)
    try tmux.press("Tab")
    try tmux.type("屋顶漏雨需要维修", chunk: 2)
    try tmux.press("Tab", "0", "C-s")
    // The operator is not yet among the cadres: registered on yes.
    try tmux.waitFor("不在干部名单中")
    try tmux.press("y")
    try tmux.waitFor("生成诉求 1 件")

    // The second visit, half typed, when the program is killed outright.
    try tmux.press("w")
    try tmux.waitFor("写走访记录")
    try tmux.type("第二次走访，院墙", chunk: 2)
    let offered = try waitForDraft(db, holding: "第二次走访，院墙")
    #expect(offered.title.contains("写走访记录"))
    let pid = try #require(try tmux.childPID(named: "lastmile"))
    kill(pid, SIGKILL)
    try tmux.waitFor("EXIT=")
    try tmux.run("clear; lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("恢复草稿")
    try tmux.press("r")
    try tmux.waitFor("第二次走访，院墙")
    try tmux.type("开裂，已提醒注意安全。", chunk: 2)
    try tmux.press("C-s")
    try tmux.waitFor("已记下走访")

    // The card shows both visits, the newest on top.
    try tmux.press("Enter")
    try tmux.waitFor("民情联系卡 · 户号 01010011")
    var screen = try tmux.waitFor("第二次走访，院墙开裂")
    #expect(screen.contains("老人腿脚不便，屋顶漏雨"), "\(screen)")
    // The diary reads the first visit whole, and its request opens in the queue.
    try tmux.press("2")
    try tmux.waitFor("民情日记")
    try tmux.press("Down", "Enter")
    try tmux.waitFor("走访记录：2026-11-25 入户走访")
    try tmux.waitFor("屋顶漏雨需要维修")
    try tmux.press("2")
    screen = try tmux.waitFor("入户走访")
    #expect(screen.contains("屋顶漏雨需要维修"), "\(screen)")
    #expect(screen.contains(household.headName), "\(screen)")
    try tmux.press("C-q")
    try tmux.waitFor("EXIT=0")
  }

  /// Polls the database until the visit form's draft holds `text` (it is written at a pause).
  private func waitForDraft(_ db: String, holding text: String, timeout: TimeInterval = 15) throws
    -> Draft
  {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
      let drafts = try store.pendingDrafts()
      try store.close()
      if let draft = drafts.first(where: {
        $0.kind.hasPrefix("visit:") && $0.payload.contains(text)
      }) {
        return draft
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
    throw DraftNotKept()
  }

  struct DraftNotKept: Error {}
}
