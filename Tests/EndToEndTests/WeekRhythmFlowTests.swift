import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("The office's week in tmux", .serialized)
struct WeekRhythmFlowTests {
  @Test(
    "a reception day run by the duty leader: the desk and the book name them; the book not handed over is flagged after the next working day"
  )
  func receptionDayByTheDutyLeader() throws {
    let ledger = try DemoLedger()
    let (db, runner) = (ledger.path, ledger.runner)
    let store = try LastmileStore.open(at: URL(fileURLWithPath: db), create: false)
    let leader = try #require(try store.dutyLeader(on: LocalDate(parsing: "2026-11-25")!))
    let head = try #require(try store.household(number: "01010001")).headName
    try store.close()

    let tmux = try ledger.tmux(width: 100, height: 30)
    try tmux.run("lastmile --db \(db) --today 2026-11-25 --operator \(leader); echo EXIT=$?")
    try tmux.waitFor("户籍台账")
    // The rota names today's leader.
    try tmux.press("F5")
    try tmux.waitFor("值班表 2026年11月")
    try tmux.waitFor("2026-11-25 三       \(leader)")
    try tmux.press("Escape")
    try tmux.waitForGone("值班表 2026年11月")
    try tmux.waitFor("户籍台账")
    // At the desk: the leader on duty, then a walk-in of the roster solved on the spot.
    try tmux.press("R")
    try tmux.waitFor("值班领导：\(leader)")
    try tmux.type(head, chunk: 1)
    try tmux.waitFor("01010001")
    try tmux.press("Enter")
    try tmux.waitFor("已选定户籍中的人")
    try tmux.press("3")
    try tmux.type("医保报销材料怎么交")
    try tmux.press("Tab", "1")
    try tmux.type("当场讲解报销流程")
    try tmux.press("C-s")
    try tmux.waitFor("已登记")
    // The day's book names its leader; it is not handed over today.
    try tmux.press("F4")
    try tmux.waitFor("接待日记录簿（2026-11-25）")
    try tmux.waitFor("值班领导：\(leader)")
    try tmux.press("Escape")
    try tmux.waitForGone("接待日记录簿（2026-11-25）")
    try tmux.press("Escape")
    try tmux.waitForGone("接待日登记")
    try tmux.press("q")
    try tmux.waitFor("EXIT=0")

    // Thursday, the next working day: the book is due today, not late.
    try tmux.run("clear; lastmile --db \(db) --today 2026-11-26 --operator 王主任; echo DONE=$?")
    try tmux.waitFor("2026-11-26 · 200 户")
    try tmux.press("R")
    // Not a reception day: the desk asks whether it is an extra one first.
    try tmux.waitFor("加开接待日？")
    try tmux.press("n")
    let thursday = try tmux.waitForGone("加开接待日？")
    #expect(thursday.contains("今日来访"))
    #expect(!thursday.contains("记录簿 11-25 未移交"))
    try tmux.press("Escape")
    try tmux.waitForGone("今日来访")
    try tmux.press("q")
    try tmux.waitFor("DONE=0")

    // Friday: late since today, on the status line and in full at the desk.
    try tmux.run("clear; lastmile --db \(db) --today 2026-11-27 --operator 王主任; echo FRIDAY=$?")
    // At 100 columns the status line counts the flags in a word; the desk says them whole.
    try tmux.waitFor("台账提醒")
    try tmux.press("R")
    try tmux.waitFor("今天不是接待日")
    try tmux.waitFor("记录簿 11-25 未移交（自 11-27）")
    _ = runner
  }
}
