import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// Something open over a pane. A pane has a stack of them; the top one has the keys, and Esc
/// closes it (asking first when it holds typed text).
public enum Layer: Sendable, Equatable {
  /// A household's contact card (over the roster).
  case card(CardState)
  /// A request's own view (over the queue).
  case request(RequestViewState)
  /// The reception desk: the intake form and the day's walk-ins.
  case reception(ReceptionState)
  /// A reception day's record book.
  case book(BookState)
  /// A form being filled in.
  case form(FormLayer)
  /// A question with its answers.
  case dialog(Question)
  /// The handling actions a request allows now, each with its key.
  case handlingMenu(HandlingMenu)
  /// The keys of the layer under it, scrolled to a line.
  case help(scroll: Int)
  /// A long text read whole (a request's matter, a book entry, a visit).
  case reader(ReaderLayer)
  /// A cadre's month calendar (over the diary).
  case calendar(CalendarState)
  /// The duty rota: a month's reception days and their leaders.
  case rota(RotaState)
  /// A meeting's agenda (over the queue).
  case agenda(AgendaState)
  /// The cadre registry (over the review).
  case cadres(CadreListState)
  /// A cadre's own view.
  case cadre(CadreViewState)
  /// The areas (over the review).
  case areas(AreaListState)
  /// The choice offered when the database is proven empty.
  case firstStart
  /// Work under way (making demo data): keys wait.
  case busy

  /// Whether it covers the whole body (the pane under it is not drawn).
  var coversPane: Bool {
    switch self {
    case .card, .request, .reception, .book, .form, .help, .reader, .calendar, .rota, .agenda,
      .cadres, .cadre, .areas:
      true
    case .dialog, .handlingMenu, .firstStart, .busy: false
    }
  }
}

/// A long text open to be read whole, scrolled to a line.
public struct ReaderLayer: Sendable, Equatable {
  public var title: String
  public var text: String
  public var scroll = 0
  /// What the text names that a digit opens (1 the first): a household's card, a request.
  public var links: [ReaderLink] = []

  public init(title: String, text: String, links: [ReaderLink] = []) {
    self.title = title
    self.text = text
    self.links = links
  }
}

/// Something a reader's text names that can be opened from it.
public enum ReaderLink: Sendable, Equatable {
  case household(UUID)
  case request(UUID)
}

/// A form open over a pane: which form, what it holds, and whether anything was typed.
public struct FormLayer: Sendable, Equatable {
  public var kind: FormKind
  public var form: FormState
  /// Whether anything was typed since it opened (or it holds a draft's values).
  public var dirty: Bool
  /// The values of the fields as they were when last left (or opened), to tell what changed.
  public var settled: [String: String]

  public init(kind: FormKind, form: FormState, dirty: Bool = false) {
    self.kind = kind
    self.form = form
    self.dirty = dirty
    settled = Dictionary(form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { $1 })
  }

  /// Whether personal data is concealed in the form (ID numbers, phones), to be revealed on
  /// request.
  public var conceals: Bool { form.fields.contains { $0.concealed != nil } }
}

/// The handling menu of a request: the actions it allows now.
public struct HandlingMenu: Sendable, Equatable {
  public var request: UUID
  /// How the menu names the request.
  public var label: String
  public var actions: [RequestAction]
}

/// A question asked in a dialog.
public enum Question: Sendable, Equatable {
  /// Quit although a form is not saved.
  case quitUnsaved
  /// Close a form, or the desk, that holds typed text.
  case closeUnsaved
  /// Restore the draft the last session left.
  case restoreDraft(Draft)
  /// Delete a household.
  case deleteHousehold(UUID, number: String, head: String, members: Int)
  /// Delete a member.
  /// Delete a member (`isHead`: the household's head, which the household still names).
  case deleteMember(UUID, name: String, isHead: Bool)
  /// Save although the record may duplicate another; or open that one.
  case duplicates([DuplicateHint], retry: AppEffect)
  /// Register the people a visit names who are not among the cadres, and save it.
  case newCadres([String], retry: AppEffect)
  /// Delete a visit.
  case deleteVisit(UUID, label: String)
  /// Merge one household into another.
  case merge(from: Household, into: Household)
  /// Retire a cadre, ending their contacts in force.
  case retireCadre(UUID, name: String, contacts: Int)
  /// Retire an area.
  case retireArea(UUID, name: String)
  /// Open today, outside the schedule, as an extra reception day (加开).
  case extraReceptionDay
  /// What an import did; any key closes it.
  case report(title: String, lines: [String])
}
