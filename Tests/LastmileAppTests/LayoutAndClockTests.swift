import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("Layout facts and the clock")
struct LayoutAndClockTests {
  /// The caret's place on the frame, as the terminal's cursor shows it.
  func caret(_ app: AppHarness) throws -> Point {
    try #require(app.backend.lastFrame?.cursor)
  }

  @Test(
    "with wide ambiguous characters, Down in a wrapped text area moves to the line drawn below",
    arguments: [false, true])
  func wrappedAreaMovesByDrawnLines(wide: Bool) throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder,
      measure: TextMeasure(ambiguousWide: wide))
    // The settings form: its labels are wider than the shell's others, and the last field is
    // a text area of several lines.
    app.press(.function(9))
    app.press(.tab)
    app.press(.control("u"))
    app.press(.end)
    app.type(String(repeating: "①②③④⑤⑥⑦⑧⑨⑩", count: 5))
    app.press(.home)
    for _ in 0..<2 { app.press(.right) }
    let before = try caret(app)
    app.press(.down)
    let after = try caret(app)
    #expect(after.y == before.y + 1)
    #expect(after.x == before.x)
    app.press(.up)
    #expect(try caret(app) == before)
  }

  @Test("a desk left open past midnight works on the new day: its date, count and time of receipt")
  func deskPastMidnight() throws {
    let folder = TemporaryFolder()
    _ = try Fixtures.smallLedger(in: folder)
    let time = ManualTime(LocalDateTime(parsing: "2026-11-25 23:58")!)
    let store = try LastmileStore.open(at: folder.file("lastmile.db"), clock: .manual(time))
      .acting(as: "王主任")
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("R"))
    app.type("张三丰")
    app.press(.enter, .character("1"))
    app.type("夜里来电咨询")
    app.press(.control("s"))
    #expect(app.runner.state.reception?.walkInsToday == 1)
    #expect(app.frame.contains("2026-11-25"))
    time.advance(minutes: 5)
    app.runner.runUntilIdle()
    #expect(app.runner.state.today == LocalDate(parsing: "2026-11-26"))
    #expect(app.runner.state.reception?.walkInsToday == 0)
    #expect(app.runner.state.reception?.form["received"] == "2026-11-26 00:03")
    #expect(app.frame.contains("2026-11-26"))
    app.type("李秀英")
    app.press(.tab, .tab, .tab, .character("2"))
    app.type("清晨咨询")
    app.press(.control("s"))
    let requests = try store.requestPage(
      sort: QueueColumn.received.ascending, anchor: .first, limit: 10
    ).map(\.model)
    #expect(
      requests.contains { $0.requester == "李秀英" && $0.receivedAt.date.description == "2026-11-26" })
    #expect(app.runner.state.reception?.walkInsToday == 1)
  }
}
