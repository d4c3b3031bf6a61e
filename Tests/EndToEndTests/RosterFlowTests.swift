import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("The roster in tmux", .serialized)
struct RosterFlowTests {
  @Test(
    "search by pinyin initials, open the card, add a member refused for its check digit, fix it, save, and find it again after a restart"
  )
  func addMember() throws {
    let ledger = try DemoLedger()
    let db = ledger.path
    // The initials of the first household's head, to search by as a cadre would.
    let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
    let head = try #require(try store.household(number: "01010001")).headName
    try store.close()
    let initials = Pinyin.initials(head)
    let tmux = try ledger.tmux()
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("/")
    try tmux.waitFor("搜索：")
    try tmux.type(initials, chunk: 1)
    try tmux.waitFor("找到")
    try tmux.press("Enter")
    var found = false
    for _ in 0..<50 {
      try tmux.press("Enter")
      let screen = try tmux.waitFor("民情联系卡")
      if screen.contains("· \(head)") {
        found = true
        break
      }
      try tmux.press("Escape")
      try tmux.waitForGone("民情联系卡")
      let before = try tmux.styledScreen()
      try tmux.press("n")
      try tmux.waitForChange(from: before)
    }
    #expect(found, "the search never reached \(head)")
    try tmux.press("a")
    try tmux.waitFor("新增成员")
    try tmux.type("测试宝")
    try tmux.press("Tab", "Tab")
    try tmux.type("430523201501010011")
    try tmux.press("Tab")
    try tmux.waitFor("校验位错误：末位是 1，应为 6")
    // Saving is refused, and the focus goes back to the field that is wrong.
    let idLine = try #require(try tmux.line(of: "身份证号"))
    #expect(try tmux.cursor().y != idLine)
    try tmux.press("C-s")
    try tmux.waitForCursor(onLine: idLine)
    #expect(try tmux.screen().contains("新增成员"))
    try tmux.press("BSpace")
    try tmux.type("6")
    try tmux.press("Tab")
    try tmux.waitFor("2015-01-01")
    try tmux.press("C-s")
    try tmux.waitFor("已保存 测试宝")
    try tmux.press("Escape")
    try tmux.waitForGone("民情联系卡")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")
    try tmux.run("clear; lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("/")
    try tmux.type("测试宝", chunk: 1)
    try tmux.waitFor("找到 1 户")
    try tmux.press("Enter", "Enter")
    let card = try tmux.waitFor("2015-01-01")
    #expect(card.contains("测试宝"))
    #expect(card.contains("430523********0016"))
    try tmux.press("Escape")
    try tmux.waitForGone("民情联系卡")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")
  }
}
