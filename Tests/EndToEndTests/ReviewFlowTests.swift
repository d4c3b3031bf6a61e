import Foundation
import TestSupport
import Testing

@Suite("The review in tmux", .serialized)
struct ReviewFlowTests {
  @Test(
    "the review opens on this month; Enter on a channel's bar lists its requests in the queue, and Esc comes back to the same bar"
  )
  func drillAndBack() throws {
    let ledger = try DemoLedger()
    let tmux = try ledger.tmux(width: 160, height: 48)
    try tmux.run("lastmile --db \(ledger.path) --today 2026-11-25; echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    try tmux.press("4")
    try tmux.waitFor("四率 · 2026-11（上期 2026-10）")
    // Down the rows that open a list, to the phone channel's bar.
    var screen = try tmux.screen()
    for _ in 0..<30 where !screen.contains("▸ 电话") {
      let before = try tmux.styledScreen()
      try tmux.press("Down")
      try tmux.waitForChange(from: before)
      screen = try tmux.screen()
    }
    let bar = try #require(screen.split(separator: "\n").first { $0.contains("▸ 电话") })
    let count = try #require(
      bar.split(separator: " ").compactMap { Int($0) }.first, "the bar says its number")
    try tmux.press("Enter")
    try tmux.waitFor("〈Esc 返回统计〉")
    try tmux.waitFor("筛选：2026-11 受理 · 电话")
    try tmux.waitFor("共 \(count) 条")
    try tmux.press("Escape")
    let back = try tmux.waitFor("▸ 电话")
    #expect(back.contains("四率 · 2026-11"))
    #expect(!back.contains("〈Esc 返回统计〉"))
    // The queue is as it was before it was opened from the review.
    try tmux.press("3")
    try tmux.waitForGone("筛选：")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")
  }
}
