import LastmileCore

/// Where a key is pressed: each context has its own bindings and falls back to `global`.
public enum KeyContext: String, CaseIterable, Sendable {
  case global
  case roster
  /// A household's contact card, over the roster.
  case card
  case diary
  case queue
  case review
  case form
  /// A question and its answers (and the choice on first start).
  case dialog
  case table
  /// A request's own view, over the queue.
  case request
  /// Reception mode: the intake form at the desk.
  case reception
  /// A reception day's record book.
  case book
  /// A cadre's month calendar.
  case calendar
  /// The duty rota.
  case rota
  /// A meeting's agenda.
  case agenda
  /// The cadre registry.
  case cadres
  /// A cadre's own view.
  case cadre
  /// The areas: county, departments, townships, villages and groups.
  case areas

  /// The context's name in the help overlay.
  public var label: KeyText {
    switch self {
    case .global: .ctxGlobal
    case .roster: .ctxRoster
    case .card: .ctxCard
    case .diary: .ctxDiary
    case .queue: .ctxQueue
    case .review: .ctxReview
    case .form: .ctxForm
    case .dialog: .ctxDialog
    case .table: .ctxTable
    case .request: .ctxRequest
    case .reception: .ctxReception
    case .book: .ctxBook
    case .calendar: .ctxCalendar
    case .rota: .ctxRota
    case .agenda: .ctxAgenda
    case .cadres: .ctxCadres
    case .cadre: .ctxCadre
    case .areas: .ctxAreas
    }
  }
}
