import LastmileCore

/// The stable names of what a key can do; keymap files bind keys to these.
public enum ActionName: String, CaseIterable, Sendable {
  case quit
  case help
  case back
  case next
  case previous
  case tabRoster = "tab.roster"
  case tabDiary = "tab.diary"
  case tabQueue = "tab.queue"
  case tabReview = "tab.review"
  case redraw
  case lock
  case changeOperator = "operator"
  case settings
  case tableDown = "table.down"
  case tableUp = "table.up"
  case tablePageDown = "table.page_down"
  case tablePageUp = "table.page_up"
  case tableTop = "table.top"
  case tableBottom = "table.bottom"
  case tableSortNext = "table.sort_next"
  case tableSortReverse = "table.sort_reverse"
  case formSubmit = "form.submit"
  case formPhrase = "form.phrase"
  case open
  case add
  case edit
  case delete
  case undo
  case search
  case searchNext = "search.next"
  case searchPrevious = "search.previous"
  case filter
  case filterClear = "filter.clear"
  case filterOverdue = "filter.overdue"
  case reveal
  case merge
  case sectionNext = "section.next"
  case sectionPrevious = "section.previous"
  case importFile = "import"
  case exportFile = "export"
  case reception
  case book
  case handle
  case requestSolve = "request.solve"
  case requestTransfer = "request.transfer"
  case requestMeeting = "request.meeting"
  case requestExplain = "request.explain"
  case requestReply = "request.reply"
  case requestClose = "request.close"
  case requestReopen = "request.reopen"
  case requestReassign = "request.reassign"
  case requestExtend = "request.extend"
  case requestUrge = "request.urge"
  case requestFollowUp = "request.follow_up"
  case requestMerge = "request.merge"
  case requestSignedFor = "request.signed_for"
  case requestDepartmentReply = "request.department_reply"
  case requestSendBack = "request.send_back"
  case requestSlip = "request.slip"
  case bookHandOver = "book.hand_over"
  case bookPreviousDay = "book.previous_day"
  case bookNextDay = "book.next_day"
  case bookGoToDay = "book.go_to_day"
  case writeVisit = "visit.write"
  case followUpDone = "visit.follow_up_done"
  case calendar
  case calendarDayBefore = "calendar.day_before"
  case calendarDayAfter = "calendar.day_after"
  case calendarWeekBefore = "calendar.week_before"
  case calendarWeekAfter = "calendar.week_after"
  case calendarMonthBefore = "calendar.month_before"
  case calendarMonthAfter = "calendar.month_after"
  case calendarCadre = "calendar.cadre"
  case cadres
  case areas
  case rota
  case sync
  case agenda
  case agendaMeeting = "agenda.meeting"
  case agendaUndo = "agenda.undo"
  case rotaGenerate = "rota.generate"
  case rotaGenerateQuarter = "rota.generate_quarter"
  case rotaSwap = "rota.swap"
  case rotaReplace = "rota.replace"
  case contactHousehold = "contact.household"
  case contactArea = "contact.area"
  case periodBefore = "period.before"
  case periodAfter = "period.after"
  case dialogYes = "dialog.yes"
  case dialogNo = "dialog.no"
  case dialogRestore = "dialog.restore"
  case dialogDiscard = "dialog.discard"
  case dialogSaveAnyway = "dialog.save_anyway"
  case dialogOpenExisting = "dialog.open_existing"
  case dialogDemo = "dialog.demo"
  case dialogImport = "dialog.import"
  case dialogBlank = "dialog.blank"
  case dialogSync = "dialog.sync"

  /// What the action does, as the help overlay says it.
  public var label: KeyText {
    switch self {
    case .quit: .actQuit
    case .help: .actHelp
    case .back: .actBack
    case .next: .actNext
    case .previous: .actPrevious
    case .tabRoster: .actTabRoster
    case .tabDiary: .actTabDiary
    case .tabQueue: .actTabQueue
    case .tabReview: .actTabReview
    case .redraw: .actRedraw
    case .lock: .actLock
    case .changeOperator: .actOperator
    case .settings: .actSettings
    case .tableDown: .actTableDown
    case .tableUp: .actTableUp
    case .tablePageDown: .actTablePageDown
    case .tablePageUp: .actTablePageUp
    case .tableTop: .actTableTop
    case .tableBottom: .actTableBottom
    case .tableSortNext: .actTableSortNext
    case .tableSortReverse: .actTableSortReverse
    case .formSubmit: .actFormSubmit
    case .formPhrase: .actFormPhrase
    case .open: .actOpen
    case .add: .actAdd
    case .edit: .actEdit
    case .delete: .actDelete
    case .undo: .actUndo
    case .search: .actSearch
    case .searchNext: .actSearchNext
    case .searchPrevious: .actSearchPrevious
    case .filter: .actFilter
    case .filterClear: .actFilterClear
    case .filterOverdue: .actFilterOverdue
    case .reveal: .actReveal
    case .sectionNext: .actSectionNext
    case .sectionPrevious: .actSectionPrevious
    case .merge: .actMerge
    case .importFile: .actImport
    case .exportFile: .actExport
    case .reception: .actReception
    case .book: .actBook
    case .handle: .actHandle
    case .bookHandOver: .actBookHandOver
    case .bookPreviousDay: .actBookPreviousDay
    case .bookNextDay: .actBookNextDay
    case .bookGoToDay: .actBookGoToDay
    case .writeVisit: .actWriteVisit
    case .followUpDone: .actFollowUpDone
    case .calendar: .actCalendar
    case .calendarDayBefore: .actDayBefore
    case .calendarDayAfter: .actDayAfter
    case .calendarWeekBefore: .actWeekBefore
    case .calendarWeekAfter: .actWeekAfter
    case .calendarMonthBefore: .actMonthBefore
    case .calendarMonthAfter: .actMonthAfter
    case .calendarCadre: .actCalendarCadre
    case .cadres: .actCadres
    case .rota: .actRota
    case .sync: .actSync
    case .agenda: .actAgenda
    case .agendaMeeting: .actAgendaMeeting
    case .agendaUndo: .actAgendaUndo
    case .rotaGenerate: .actRotaGenerate
    case .rotaGenerateQuarter: .actRotaGenerateQuarter
    case .rotaSwap: .actRotaSwap
    case .rotaReplace: .actRotaReplace
    case .areas: .actAreas
    case .contactHousehold: .actContactHousehold
    case .contactArea: .actContactArea
    case .periodBefore: .actPeriodBefore
    case .periodAfter: .actPeriodAfter
    case .requestSolve: .actRequestSolve
    case .requestTransfer: .actRequestTransfer
    case .requestMeeting: .actRequestMeeting
    case .requestExplain: .actRequestExplain
    case .requestReply: .actRequestReply
    case .requestClose: .actRequestClose
    case .requestReopen: .actRequestReopen
    case .requestReassign: .actRequestReassign
    case .requestExtend: .actRequestExtend
    case .requestUrge: .actRequestUrge
    case .requestFollowUp: .actRequestFollowUp
    case .requestMerge: .actRequestMerge
    case .requestSignedFor: .actRequestSignedFor
    case .requestDepartmentReply: .actRequestDepartmentReply
    case .requestSendBack: .actRequestSendBack
    case .requestSlip: .actRequestSlip
    case .dialogYes: .answerYes
    case .dialogNo: .answerNo
    case .dialogRestore: .answerRestore
    case .dialogDiscard: .answerDiscard
    case .dialogSaveAnyway: .answerSaveAnyway
    case .dialogOpenExisting: .answerOpenExisting
    case .dialogDemo: .firstDemo
    case .dialogImport: .firstImport
    case .dialogBlank: .firstBlank
    case .dialogSync: .firstSync
    }
  }

  /// The workflow action a key does to a request, for the `request.*` actions.
  public var handling: RequestAction? {
    switch self {
    case .requestSolve: .solvedOnSpot
    case .requestTransfer: .transferred
    case .requestMeeting: .referredToMeeting
    case .requestExplain: .explained
    case .requestReply: .replied
    case .requestClose: .closed
    case .requestReopen: .reopened
    case .requestReassign: .reassigned
    case .requestExtend: .extended
    case .requestUrge: .urged
    case .requestFollowUp: .followedUp
    case .requestMerge: .merged
    case .requestSignedFor: .slipReceived
    case .requestDepartmentReply: .departmentReplied
    case .requestSendBack: .returned
    default: nil
    }
  }

  /// The `request.*` action that does a workflow action.
  public init?(handling: RequestAction) {
    guard let found = ActionName.allCases.first(where: { $0.handling == handling }) else {
      return nil
    }
    self = found
  }
}
