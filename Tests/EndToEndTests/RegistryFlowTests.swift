import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("The cadre registry in tmux", .serialized)
struct RegistryFlowTests {
  @Test(
    "a cadre is added as a township leader, given a contact household, writes a stationed visit in the diary, and their quotas change"
  )
  func cadreQuotasChange() throws {
    let ledger = try DemoLedger()
    let db = ledger.path
    let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
    let household = try #require(try store.household(number: "01010011"))
    try store.close()
    let tmux = try ledger.tmux(width: 80, height: 24)
    try tmux.run("lastmile --db \(db) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("4")
    try tmux.waitFor("c 干部名册")
    try tmux.press("c")
    try tmux.waitFor("干部名册 ·")
    try tmux.press("a")
    try tmux.waitFor("新干部")
    try tmux.type("测试员")
    try tmux.press("Tab")
    try tmux.type("zhen")
    try tmux.waitFor("▸乡镇(街道)党政班子")
    try tmux.press("Enter")
    try tmux.press("C-s")
    try tmux.waitFor("已保存干部 测试员")
    try tmux.press("Enter")
    try tmux.waitFor("干部 · 测试员")
    try tmux.waitFor("每月蹲点天数  应 3  实 0  差 3")
    try tmux.waitFor("联系户  应 5  实 0  差 5")

    // A contact household, by its number.
    try tmux.press("h")
    try tmux.waitFor("加联系户")
    try tmux.type("01010011")
    try tmux.press("C-s")
    try tmux.waitFor("已加联系：01010011 \(household.headName)")
    try tmux.waitFor("联系户  应 5  实 1  差 4")

    // A stationed day at that household, written in the diary as the new cadre.
    try tmux.press("2")
    try tmux.waitFor("民情日记")
    try tmux.press("a")
    try tmux.waitFor("写走访记录")
    try tmux.type("蹲点了解道路修缮情况", chunk: 2)
    for _ in 0..<4 { try tmux.press("BTab") }
    try tmux.press("C-u")
    try tmux.type("测试员")
    for _ in 0..<3 { try tmux.press("BTab") }
    try tmux.press("5")
    try tmux.type("01010011")
    try tmux.press("C-s")
    try tmux.waitFor("已记下走访")

    // Back at the review, the cadre's view is read again: one stationed day.
    try tmux.press("4")
    try tmux.waitFor("每月蹲点天数  应 3  实 1  差 2")
    try tmux.press("C-q")
    try tmux.waitFor("EXIT=0")
  }
}
