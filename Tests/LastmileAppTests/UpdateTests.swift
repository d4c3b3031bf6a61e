import Foundation
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@testable import LastmileApp

/// `update` alone: an action in, the state and the effects out, with no store and no terminal.
@Suite("The update function")
struct UpdateTests {
  /// A fresh state at 80x24, in Chinese, with the default keymap, at ten on the test day.
  func state(now: LocalDateTime = Fixtures.now, measure: TextMeasure = TextMeasure()) throws
    -> AppState
  {
    let keymap = try Keymaps.load("default", configFolder: URL(fileURLWithPath: "/nonexistent"))
    return AppState(
      size: Size(width: 80, height: 24), measure: measure, language: .zh, keymap: keymap.keymap,
      operatorName: "王主任", now: now, databaseName: "lastmile.db")
  }

  func counts(empty: Bool) -> TableCounts {
    var counts = TableCounts()
    counts.isEmpty = empty
    counts.households = empty ? 0 : 3
    return counts
  }

  @Test(
    "the start asks for the roster's first page, and offers demo data only for an empty database")
  func start() throws {
    var empty = try state()
    let effects = empty.update(
      .started(StartInfo(counts: .success(counts(empty: true)), operatorKnown: true)))
    #expect(empty.top == .firstStart)
    guard case .loadPage(.roster, .top, .first, let limit, _, _, true)? = effects.first else {
      Issue.record("no first page asked for: \(effects)")
      return
    }
    #expect(limit == empty.pageSize)
    var full = try state()
    _ = full.update(
      .started(StartInfo(counts: .success(counts(empty: false)), operatorKnown: true)))
    #expect(full.top == nil)
  }

  @Test("a failed read at the start is said as what it is, and demo data is not offered")
  func startFailure() throws {
    var app = try state()
    let failure = Failure(
      StoreError.databaseRefused(detail: "SQLITE_CORRUPT"), detailLog: "/data/lastmile.log")
    _ = app.update(.started(StartInfo(counts: .failure(failure), operatorKnown: true)))
    #expect(app.top == nil)
    #expect(app.message?.kind == .error)
    #expect(app.message?.text.contains("/data/lastmile.log") == true)
    #expect(app.message?.text.contains("SQLITE") == false)
  }

  @Test("a tab's key switches pane and asks for its first page once")
  func switchTabs() throws {
    var app = try state()
    let first = app.update(.keyPressed(.character("3")))
    #expect(app.tab == .queue)
    guard case .loadPage(.queue, .top, _, _, let sort, .queue, true)? = first.first else {
      Issue.record("\(first)")
      return
    }
    #expect(sort == QueueColumn.workOrder.ascending)
    _ = app.update(.requestsLoaded(.top, [], total: 0))
    _ = app.update(.keyPressed(.character("1")))
    _ = app.update(.householdsLoaded(.top, [], total: 0))
    #expect(app.update(.keyPressed(.character("3"))).isEmpty)
  }

  @Test("help opened from a form lists the form's keys, and Esc closes only the help")
  func helpOverForm() throws {
    var app = try state()
    _ = app.update(.formDataLoaded(.settings, .settings(LocalitySettings()), draft: nil))
    #expect(app.keyContexts == [.form, .global])
    _ = app.update(.keyPressed(.function(1)))
    #expect(app.top == .help(scroll: 0))
    #expect(app.helpContexts == [.form, .global])
    let help = AppView.helpOverlay(for: app)
    #expect(help.sections.map(\.title).prefix(2) == ["填写时", "表单中"])
    // Typing goes to the field: no printable key is listed as a shortcut.
    let keys = help.sections.flatMap(\.entries).map(\.keys)
    #expect(!keys.contains("q"))
    #expect(!keys.contains { $0.split(separator: " ").contains("?") })
    #expect(!keys.contains("1"))
    #expect(keys.contains("F1"))
    _ = app.update(.keyPressed(.escape))
    #expect(app.form?.kind == .settings)
  }

  @Test("Esc closes a form nothing was typed into, and asks first when something was")
  func escapeAsksForTypedText() throws {
    var app = try state()
    _ = app.update(.formDataLoaded(.settings, .settings(LocalitySettings()), draft: nil))
    _ = app.update(.keyPressed(.escape))
    #expect(app.top == nil)
    _ = app.update(.formDataLoaded(.settings, .settings(LocalitySettings()), draft: nil))
    _ = app.update(.keyPressed(.character("镇")))
    _ = app.update(.keyPressed(.escape))
    #expect(app.top == .dialog(.closeUnsaved))
    _ = app.update(.keyPressed(.character("n")))
    #expect(app.form?.dirty == true)
    _ = app.update(.keyPressed(.escape))
    _ = app.update(.keyPressed(.character("y")))
    #expect(app.top == nil)
  }

  @Test(
    "the desk holding a half-typed walk-in asks before Esc closes it; Esc first closes the list")
  func deskAsks() throws {
    var app = try state()
    _ = app.update(
      .receptionLoaded(ReceptionData(villages: [], transferTargets: ["镇民政办"], walkInsToday: 2)))
    #expect(app.reception?.walkInsToday == 2)
    _ = app.update(.keyPressed(.character("张")))
    let effects = app.update(.peopleFound(query: "张", .none))
    #expect(effects == [.whenIdle(.keepDraft)], "what is typed at the desk is kept as a draft")
    _ = app.update(.keyPressed(.escape))
    #expect(app.top == .dialog(.closeUnsaved))
    _ = app.update(.keyPressed(.escape))
    #expect(app.reception?.form[.requester] == "张")
    _ = app.update(.keyPressed(.escape))
    _ = app.update(.keyPressed(.character("y")))
    #expect(app.reception == nil)
  }

  @Test("past midnight the day's figures are read again and an untouched desk keeps to the clock")
  func midnight() throws {
    let late = LocalDateTime(parsing: "2026-11-25 23:58")!
    var app = try state(now: late)
    _ = app.update(
      .receptionLoaded(ReceptionData(villages: [], transferTargets: [], walkInsToday: 5)))
    #expect(app.reception?.form[.received] == "2026-11-25 23:58")
    #expect(app.update(.clockTicked(late.adding(minutes: 1))).isEmpty)
    let effects = app.update(.clockTicked(late.adding(minutes: 3)))
    #expect(app.today == LocalDate(parsing: "2026-11-26"))
    #expect(app.reception?.form[.received] == "2026-11-26 00:01")
    #expect(effects.contains(.countWalkIns(LocalDate(parsing: "2026-11-26")!)))
    #expect(effects.contains(.loadCounts(full: false)))
    _ = app.update(.walkInsCounted(0))
    #expect(app.reception?.walkInsToday == 0)
  }

  @Test("a form is built from what the store read, by update, in the state's language")
  func formFromData() throws {
    var app = try state()
    app.language = .en
    let household = Household(householdNo: "01010001", headName: "张三丰")
    _ = app.update(
      .formDataLoaded(
        .household(household.id), .household(household, cadre: nil, areas: [], cadres: []),
        draft: nil))
    #expect(app.form?.form.title == "Edit household 01010001")
    #expect(app.form?.form[.headName] == "张三丰")
    let effects = app.update(.keyPressed(.control("s")))
    guard case .saveHousehold(let saved, nil, false, false)? = effects.first else {
      Issue.record("\(effects)")
      return
    }
    #expect(saved.id == household.id)
  }

  @Test("the first start's choices are the dialog context's keys: demo, import and blank")
  func firstStartKeys() throws {
    var app = try state()
    _ = app.update(.started(StartInfo(counts: .success(counts(empty: true)), operatorKnown: true)))
    _ = app.update(.keyPressed(.character("2")))
    #expect(app.form?.kind == .importFile)
    #expect(app.tab == .roster)
  }

  @Test(
    "quitting with typed text in another pane asks: y keeps it as a draft, d drops it, n stays")
  func quitAsks() throws {
    func typedAtDesk() throws -> AppState {
      var app = try state()
      _ = app.update(
        .receptionLoaded(ReceptionData(villages: [], transferTargets: [], walkInsToday: 0)))
      _ = app.update(.keyPressed(.character("孙")))
      app.navigation.tab = .diary
      _ = app.update(.keyPressed(.character("q")))
      #expect(app.top == .dialog(.quitUnsaved))
      return app
    }
    var staying = try typedAtDesk()
    _ = staying.update(.keyPressed(.character("n")))
    #expect(!staying.quitting)
    #expect(staying.top == nil)
    var keeping = try typedAtDesk()
    let kept = keeping.update(.keyPressed(.character("y")))
    #expect(keeping.quitting)
    #expect(
      kept.contains {
        if case .saveDraft(let draft) = $0 { draft.kind == "reception" } else { false }
      })
    var dropping = try typedAtDesk()
    let dropped = dropping.update(.keyPressed(.character("d")))
    #expect(dropping.quitting)
    #expect(dropped == [.clearDraft(kind: "reception")])
  }

  @Test(
    "the help lists only keys that work where it was opened: no sorting over a card, no tab digits at the desk, only what a request's status allows"
  )
  func helpListsWhatWorks() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let harness = try AppHarness(store: store, folder: folder)
    harness.press(.enter)
    let overCard = AppView.helpOverlay(for: harness.runner.state).sections.flatMap(\.entries)
    let sortLabel = Localizer(.zh)(ActionName.tableSortNext.label)
    #expect(!overCard.contains { $0.label == sortLabel })
    #expect(overCard.contains { $0.keys == "v" })
    // A replied request: solving it on the spot is not listed, closing is.
    harness.press(.escape, .character("3"), .home, .enter, .character("r"), .tab)
    harness.type("已答复")
    harness.press(.control("s"))
    let overRequest = AppView.helpOverlay(for: harness.runner.state).sections.flatMap(\.entries)
    #expect(!overRequest.contains { $0.keys == "s" })
    #expect(overRequest.contains { $0.keys == "c" })
    var app = try state()
    _ = app.update(
      .receptionLoaded(ReceptionData(villages: [], transferTargets: [], walkInsToday: 0)))
    let atDesk = AppView.helpOverlay(for: app).sections.flatMap(\.entries)
    #expect(!atDesk.contains { $0.keys == "1" || $0.keys == "R" })
    #expect(atDesk.contains { $0.keys.hasPrefix("1…9") })
    #expect(app.shownKey(.help) == "F1")
    #expect(app.shownKey(.quit) == nil)
  }
}
