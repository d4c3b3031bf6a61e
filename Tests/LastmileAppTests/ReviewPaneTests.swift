import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The review pane: panels, opening what a row counts, and coming back")
struct ReviewPaneTests {
  /// The review of October on the hand-made ledger.
  func october(
    _ folder: TemporaryFolder, size: Size = Size(width: 80, height: 24), language: Language = .zh,
    theme: Theme = .monochrome, glyphs: Glyphs = .unicode
  ) throws -> AppHarness {
    let app = try AppHarness(
      store: try Fixtures.reviewLedger(in: folder), folder: folder, size: size, language: language,
      theme: theme, glyphs: glyphs)
    app.press(.character("4"))
    app.press(.character("["))
    return app
  }

  @Test(
    "October's review at 80x24 and 160x48, in Chinese and English, in colour and without",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func frames(language: Language, size: Size) throws {
    for (theme, name) in [(Theme.monochrome, "plain"), (.color, "colour")] {
      let folder = TemporaryFolder()
      let app = try october(folder, size: size, language: language, theme: theme)
      #expect(app.frame.contains("2026-10"))
      try expectFrame(
        app.styledFrame,
        named: "review-october-\(language.rawValue)-\(size.width)x\(size.height)-\(name)")
    }
  }

  @Test("under --ascii the bars and the sparkline are drawn with ASCII characters")
  func ascii() throws {
    let folder = TemporaryFolder()
    let app = try october(folder, size: Size(width: 160, height: 48), language: .en, glyphs: .ascii)
    #expect(!app.frame.contains("█") && !app.frame.contains("▸"))
    #expect(app.frame.contains("###"))
    try expectFrame(app.styledFrame, named: "review-october-ascii")
  }

  @Test("every row that opens a list opens one of as many rows as the row counts")
  func drillsCountWhatTheyOpen() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder)
    let app = try AppHarness(store: store, folder: folder, size: Size(width: 160, height: 48))
    app.press(.character("4"))
    var checked = 0
    for step in 0..<200 {
      let state = app.runner.state
      guard state.tab == .review else { break }
      let before = state.review.selected
      app.press(.enter)
      let opened = app.runner.state
      if opened.tab == .queue {
        #expect(
          app.frame.contains("共 \(opened.queue.table.total) 条") || opened.queue.table.total < 40)
        checked += 1
      } else if opened.tab == .roster {
        checked += 1
      }
      app.press(.escape)
      #expect(app.runner.state.tab == .review, "step \(step)")
      #expect(app.runner.state.review.selected == before, "step \(step)")
      app.press(.down)
      if app.runner.state.review.selected == before { break }
    }
    #expect(checked > 20)
  }

  @Test(
    "Enter on a category's bar opens the queue of that category's October requests; Esc comes back to the same row"
  )
  func drillIntoCategory() throws {
    let folder = TemporaryFolder()
    let app = try october(folder)
    // Down to 医疗健康 (health), the first category bar.
    var steps = 0
    while !app.frame.contains("▸ 医疗健康"), steps < 40 {
      app.press(.down)
      steps += 1
    }
    #expect(app.frame.contains("▸ 医疗健康"))
    let scroll = app.runner.state.review.scroll
    app.press(.enter)
    #expect(app.runner.state.tab == .queue)
    #expect(app.frame.contains("筛选：2026-10 受理 · 医疗健康"))
    #expect(app.frame.contains("〈Esc 返回统计〉"))
    #expect(app.runner.state.queue.table.total == 2)
    app.press(.escape)
    #expect(app.runner.state.tab == .review)
    #expect(app.frame.contains("▸ 医疗健康"))
    #expect(app.runner.state.review.scroll == scroll)
    // The queue is as it was before.
    app.press(.character("3"))
    #expect(app.runner.state.queue.filter.isEmpty)
  }

  @Test(
    "a cadre's visits open the cadre's calendar over the review, and a day of it the diary; Esc comes back"
  )
  func drillIntoCalendar() throws {
    let folder = TemporaryFolder()
    let app = try october(folder)
    var steps = 0
    while !app.frame.contains("▸ 李干部"), steps < 60 {
      app.press(.down)
      steps += 1
    }
    app.press(.enter)
    guard case .calendar(let calendar) = app.runner.state.navigation.top else {
      Issue.record("no calendar opened")
      return
    }
    #expect(calendar.month.month == 10)
    app.press(.enter)
    #expect(app.runner.state.tab == .diary)
    app.press(.escape)
    #expect(app.runner.state.tab == .review)
    #expect(app.frame.contains("▸ 李干部"))
  }

  @Test(
    "the period and the area are typed in a form; a period not yet begun is refused in the form")
  func scope() throws {
    let folder = TemporaryFolder()
    let app = try october(folder, language: .en)
    app.press(.character("f"))
    app.press(.control("u"))
    app.type("2027-02")
    app.press(.control("s"))
    #expect(app.frame.contains("The period 2027-02 has not begun"))
    #expect(app.runner.state.form != nil)
    app.press(.control("u"))
    app.type("2026-Q3")
    app.press(.control("s"))
    #expect(app.runner.state.form == nil)
    #expect(app.frame.contains("Review · 2026-Q3 · all areas"))
    // [ steps back by the period's length.
    app.press(.character("["))
    #expect(app.frame.contains("Review · 2026-04…2026-06"))
    app.press(.character("F"))
    #expect(app.frame.contains("Review · 2026-11 · all areas"))
  }

  @Test("x writes a panel's table as CSV or JSON, with every row, not only those shown")
  func exportPanel() throws {
    let folder = TemporaryFolder()
    let app = try october(folder, language: .en)
    app.press(.character("x"))
    #expect(app.frame.contains("Export a table of the review"))
    // The rates panel, second in the list.
    app.press(.down)
    app.press(.down)
    app.press(.enter)
    // The file proposed is in the home folder, named for the review and its period.
    let path = folder.file("lastmile-Review-2026-10.csv").path
    app.press(.control("s"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline)
    #expect(lines.count == 5)
    #expect(lines[1].hasPrefix("Replied in time,50%,2,4,0%,0,1"))
    #expect(app.frame.contains("4 rows written"))
  }
}
