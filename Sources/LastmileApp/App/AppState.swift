import LastmileCore
import LastmileStore
import TerminalKit

/// Everything the screen shows, as one value: the screen is a function of it.
public struct AppState: Sendable {
  /// The smallest terminal the shell draws in.
  public static let minimumSize = Size(width: 80, height: 24)

  public var size: Size
  public var language: Language
  public var tab: Tab = .roster
  public var roster = TablePane<HouseholdSummary>(sort: ListingSort(key: 0, ascending: true))
  public var diary = TablePane<VisitSummary>(sort: ListingSort(key: 0, ascending: false))
  public var queue = TablePane<RequestSummary>(
    sort: ListingSort(key: QueueColumn.workOrder.rawValue, ascending: true))
  public var rosterFilter = RosterFilter()
  /// The active filter as the pane header says it.
  public var rosterFilterLabel = ""
  public var search: RosterSearch?
  public var card: CardState?
  public var queueFilter = RequestFilter()
  /// A request's own view, over the queue.
  public var requestView: RequestViewState?
  /// Reception mode, over every tab.
  public var reception: ReceptionState?
  /// A record book, over everything but the overlays.
  public var book: BookState?
  /// The changes of this session that `undo` takes back, the newest last.
  public var undoStack: [UndoEntry] = []
  public var counts = TableCounts()
  public var statusCounts: [RequestStatus: Int] = [:]
  /// Overlays from bottom to top; the last one has the keys.
  public var overlays: [Overlay] = []
  /// A message on the status line until the next key.
  public var message: StatusMessage?
  public var operatorName: String
  public var today: LocalDate
  /// The working-day calendar deadlines are counted on.
  public var calendar: WorkingDayCalendar = .builtIn
  /// The database's file name, for the status line.
  public var databaseName: String
  public var keymap: Keymap
  /// Set when the program should end.
  public var quitting = false

  public init(
    size: Size, language: Language, operatorName: String, today: LocalDate, databaseName: String,
    keymap: Keymap
  ) {
    self.size = size
    self.language = language
    self.operatorName = operatorName
    self.today = today
    self.databaseName = databaseName
    self.keymap = keymap
  }

  /// A localizer in the state's language.
  public var l: Localizer { Localizer(language) }

  /// What the tables' rows are drawn with.
  var rowContext: RowContext { RowContext(l: l, today: today, calendar: calendar) }

  /// Whether the terminal is too small to draw the shell.
  public var isTooSmall: Bool {
    size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
  }

  /// Rows a table shows: the screen less the tab bar, the pane header, the table header and
  /// the status line.
  public var pageSize: Int { max(1, size.height - 4) }

  /// The topmost overlay.
  public var topOverlay: Overlay? { overlays.last }

  /// The open form with unsaved changes that is kept as a draft, if any.
  public var dirtyForm: (FormKind, FormState)? {
    for overlay in overlays.reversed() {
      if case .form(let kind, let form, true) = overlay, kind.keepsDraft { return (kind, form) }
    }
    return nil
  }
}

/// A message on the status line, and how it looks.
public struct StatusMessage: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case info
    case warning
    case error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, _ kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}
