import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// Everything the screen shows, as one value: the screen is a function of it, and `update`
/// changes it for each thing that happens, asking for input and output as effects.
public struct AppState: Sendable {
  /// The smallest terminal the shell draws in.
  public static let minimumSize = Size(width: 80, height: 24)

  // What the program was started with, and what the runner tells it of the world.
  public var size: Size
  /// How text is measured: the same measure the view draws with, so that what `update` wraps
  /// is what the screen shows.
  public var measure: TextMeasure
  public var language: Language
  public var keymap: Keymap
  public var operatorName: String
  /// Now, as the clock last said: the runner tells the state when it moves on.
  public var now: LocalDateTime
  /// The working-day calendar deadlines are counted on.
  public var calendar: WorkingDayCalendar
  /// The rules in force: the roles cadres hold and their quotas, and the deadlines.
  public var rules = Rules(roles: [])
  /// The locality's deadline rules (due soon is drawn from them): the rules file's.
  public var policy = DeadlinePolicy()
  /// When the office holds its reception day.
  public var schedule = ReceptionSchedule()
  /// The locality's request categories, as the desk and the filters offer them.
  public var categories = RequestCategory.defaults
  /// The phrase book offered in the fields of decisions, replies and explanations.
  public var phrases = LocalitySettings.defaultPhrases
  /// Decisions of a meeting brought back by a draft, for its agenda when it opens.
  var restoredDecisions: [UUID: MeetingOutcome] = [:]
  /// The day the desk last asked whether it was an extra reception day.
  var askedExtraDay: LocalDate?
  /// The database's file name, for the status line.
  public var databaseName: String
  /// Whether the database can only be read (the status line says so; writes are refused).
  public var readOnly = false
  /// The screen lock, when a PIN is set (`lastmile lock set`).
  public var lock: ScreenLock?
  /// The user's home folder, where files are proposed to be written.
  public var homeFolder = "~"

  // Where the user is, and what each pane holds.
  public var navigation = Navigation()
  public var roster = RosterPane()
  public var diary = DiaryPane()
  public var queue = QueuePane()
  public var review = ReviewPane()
  /// The pane the review opened a list in, to come back from with Esc.
  public var drillReturn: DrillReturn?

  /// The changes of this session that `undo` takes back, the newest last.
  public var undoStack: [UndoEntry] = []
  public var counts = TableCounts()
  /// A message on the status line until the next key.
  public var message: StatusMessage?
  /// Work under way with a progress bar (a sync), if any.
  public var progress: BusyProgress?
  /// Set when the program should end.
  public var quitting = false
  /// The drafts this session wrote and the database holds, so that a draft is written only
  /// when what is typed changed, and cleared when its form closes.
  var keptDrafts: [DraftContent] = []
  /// Demo data asked for at the start, to load once who is recorded is known.
  var demoPending = false
  /// Drafts earlier sessions left, still to be offered (one at a time, back at a pane).
  public var pendingDrafts: [Draft] = []

  public init(
    size: Size, measure: TextMeasure = TextMeasure(), language: Language, keymap: Keymap,
    operatorName: String, now: LocalDateTime, calendar: WorkingDayCalendar = .builtIn,
    databaseName: String
  ) {
    self.size = size
    self.measure = measure
    self.language = language
    self.keymap = keymap
    self.operatorName = operatorName
    self.now = now
    self.calendar = calendar
    self.databaseName = databaseName
  }

  /// The date taken as today.
  public var today: LocalDate { now.date }

  /// A localizer in the state's language.
  public var l: Localizer { Localizer(language) }

  /// What the tables' rows are drawn with.
  var rowContext: RowContext {
    RowContext(
      l: l, today: today, calendar: calendar, policy: policy, categories: categories)
  }

  /// Whether the terminal is too small to draw the shell.
  public var isTooSmall: Bool {
    size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
  }

  /// Rows a table shows: the screen less the tab bar, the pane header, the table header and
  /// the status line.
  public var pageSize: Int { max(1, size.height - 4) }

  /// The active pane.
  public var tab: Tab { navigation.tab }
}

// Read-only views of what is open, for the view, the bench and the tests.
extension AppState {
  /// The reception desk, if open over the active pane.
  public var reception: ReceptionState? {
    for case .reception(let desk) in navigation.layers.reversed() { return desk }
    return nil
  }

  /// The record book, if open over the active pane.
  public var book: BookState? {
    for case .book(let book) in navigation.layers.reversed() { return book }
    return nil
  }

  /// The contact card, if open over the roster.
  public var card: CardState? {
    guard navigation.tab == .roster else { return nil }
    for case .card(let card) in navigation.layers.reversed() { return card }
    return nil
  }

  /// A request's view, if open over the queue.
  public var requestView: RequestViewState? {
    guard navigation.tab == .queue else { return nil }
    for case .request(let view) in navigation.layers.reversed() { return view }
    return nil
  }

  /// The form on top, if a form has the keys.
  public var form: FormLayer? {
    if case .form(let layer) = navigation.top { return layer }
    return nil
  }

  /// The layer that has the keys.
  public var top: Layer? { navigation.top }

}
