import LastmileCore
import TerminalKit

extension AppState {
  /// The contexts a key is looked up in where `layer` has the keys (nil: the active pane),
  /// most specific first. Key dispatch, the keys drawn on screen and the help all ask this one
  /// function, so they cannot disagree.
  func keyContexts(for layer: Layer?) -> [KeyContext] {
    switch layer {
    case nil:
      // The review's panels scroll with the table's keys.
      return [navigation.tab.context, .table, .global]
    case .card: return [.card, .table, .global]
    case .request, .handlingMenu: return [.request, .global]
    case .reception: return [.reception, .form, .global]
    case .book: return [.book, .global]
    case .form: return [.form, .global]
    case .dialog, .firstStart: return [.dialog, .global]
    case .help, .reader: return [.table, .global]
    case .calendar: return [.calendar, .global]
    case .rota: return [.rota, .table, .global]
    case .agenda: return [.agenda, .table, .global]
    case .cadres: return [.cadres, .table, .global]
    case .cadre: return [.cadre, .table, .global]
    case .areas: return [.areas, .table, .global]
    case .busy: return []
    }
  }

  /// The shell's own actions, which work over the panes, a card and a request's view.
  static let shellActions: Set<ActionName> = [
    .quit, .help, .next, .previous, .tabRoster, .tabDiary, .tabQueue, .tabReview, .redraw,
    .lock, .changeOperator, .settings, .reception, .rota, .sync,
  ]
  /// Moving in a table (or a list, or a text that scrolls).
  static let moves: Set<ActionName> = [
    .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom,
  ]

  /// What `layer` acts on (nil: the active pane): the one list that key dispatch and the help
  /// both read, so that the help lists no key that does nothing there.
  func handledActions(for layer: Layer?) -> Set<ActionName> {
    switch layer {
    case nil:
      var actions = Self.shellActions
      if navigation.tab.hasTable {
        actions.formUnion(Self.moves.union([.tableSortNext, .tableSortReverse]))
      }
      switch navigation.tab {
      case .roster:
        actions.formUnion([
          .open, .add, .edit, .delete, .undo, .search, .searchNext, .searchPrevious, .filter,
          .filterClear, .importFile, .exportFile,
        ])
        if roster.search != nil { actions.insert(.back) }
      case .queue:
        actions.formUnion([
          .open, .handle, .filter, .filterClear, .filterOverdue, .book, .exportFile, .search,
          .agenda,
        ])
      case .diary:
        actions.formUnion([
          .open, .add, .edit, .delete, .undo, .followUpDone, .exportFile, .filter, .filterClear,
          .search, .calendar,
        ])
      case .review:
        actions.formUnion([
          .cadres, .areas, .periodBefore, .periodAfter, .open, .filter, .filterClear, .exportFile,
        ])
        actions.formUnion(Self.moves)
      }
      // A list the review opened goes back to it.
      if drillReturn?.pane == navigation.tab { actions.insert(.back) }
      return actions
    case .card:
      return Self.shellActions.union([
        .back, .open, .add, .edit, .delete, .reveal, .merge, .undo, .writeVisit, .tableDown,
        .tableUp,
        .tableTop, .tableBottom, .sectionNext, .sectionPrevious,
      ])
    case .request:
      // Every handling key is taken: one the status does not allow says why at once.
      return Self.shellActions.union(Self.moves).union([.back, .open, .requestSlip])
        .union(ActionName.allCases.filter { $0.handling != nil })
    case .handlingMenu(let menu):
      return Set(menu.actions.compactMap(ActionName.init(handling:))).union([.back])
    case .reception:
      return [.formSubmit, .formPhrase, .back, .book, .rota, .help, .next, .previous, .quit]
    case .book:
      return Self.moves.union([
        .back, .help, .quit, .open, .bookPreviousDay, .bookNextDay, .bookGoToDay, .bookHandOver,
        .exportFile,
      ])
    case .form(let form):
      var actions: Set<ActionName> = [
        .formSubmit, .formPhrase, .next, .previous, .back, .help, .quit,
      ]
      if form.conceals { actions.insert(.reveal) }
      return actions
    case .dialog(let question):
      return question.answers.union([.back])
    case .firstStart:
      return [.dialogDemo, .dialogImport, .dialogBlank, .dialogSync, .back, .quit]
    case .help, .reader:
      return Self.moves.union([.back, .help, .quit])
    case .calendar:
      return [
        .back, .help, .quit, .open, .calendarDayBefore, .calendarDayAfter, .calendarWeekBefore,
        .calendarWeekAfter, .calendarMonthBefore, .calendarMonthAfter, .calendarCadre,
      ]
    case .agenda:
      return Self.moves.union([
        .back, .help, .quit, .open, .agendaMeeting, .agendaUndo, .formSubmit, .exportFile,
      ])
    case .rota:
      return Self.moves.union([
        .back, .help, .quit, .open, .periodBefore, .periodAfter, .rotaGenerate,
        .rotaGenerateQuarter, .rotaSwap, .rotaReplace,
      ])
    case .cadres:
      return Self.shellActions.union(Self.moves).union([
        .back, .open, .add, .edit, .delete, .periodBefore, .periodAfter, .search, .searchNext,
      ])
    case .cadre:
      return Self.shellActions.union(Self.moves).union([
        .back, .open, .edit, .delete, .contactHousehold, .contactArea, .periodBefore,
        .periodAfter,
      ])
    case .areas:
      return Self.shellActions.union(Self.moves).union([.back, .add, .edit, .delete])
    case .busy:
      return []
    }
  }

  /// What the help lists for `layer`: what it acts on, less the handling actions the request's
  /// status does not allow.
  func helpActions(for layer: Layer?) -> Set<ActionName> {
    let handled = handledActions(for: layer)
    guard case .request(let view) = layer else { return handled }
    let allowed = RequestWorkflow.actions(allowedFor: view.request)
    return handled.filter { $0.handling.map(allowed.contains) ?? true }
  }

  /// Whether `layer` takes typed text: there, printable keys type and are no one's shortcut.
  func takesText(_ layer: Layer?) -> Bool {
    switch layer {
    case .form, .reception: true
    case nil: navigation.tab == .roster && roster.search?.editing == true
    default: false
    }
  }

  /// The contexts of what has the keys now.
  var keyContexts: [KeyContext] { keyContexts(for: navigation.top) }

  /// The layer the help is about: what it was opened over.
  var helpLayer: Layer? {
    if case .help = navigation.top { return navigation.belowTop }
    return navigation.top
  }

  /// The contexts the help lists: those of what it was opened over.
  var helpContexts: [KeyContext] { keyContexts(for: helpLayer) }

  /// The action `key` does where the keys are now: its binding in the most specific context
  /// where it is bound to something the layer acts on.
  func action(for key: Key) -> ActionName? {
    let handled = handledActions(for: navigation.top)
    for context in keyContexts {
      guard
        let name = keymap.action(for: key, in: [context.rawValue]),
        let action = ActionName(rawValue: name)
      else { continue }
      if handled.contains(action) { return action }
    }
    return nil
  }

  /// The key that does `action` where the keys are now, named for a reader; nil when no key
  /// does (or only one a field would take as text).
  func shownKey(_ action: ActionName) -> String? {
    let layer = navigation.top
    guard handledActions(for: layer).contains(action) else { return nil }
    let typing = takesText(layer)
    for context in keyContexts(for: layer) {
      let keys = keymap.keys(for: action.rawValue, in: context.rawValue).filter {
        !(typing && $0.isTyped) && self.action(for: $0) == action
      }
      if let key = keys.first { return KeyNotation.label(key) }
    }
    return nil
  }

  /// The first key bound to `action` in `context`, named for a reader (`Ctrl-S`), or `—`.
  func keyName(_ action: ActionName, in context: KeyContext = .global) -> String {
    keymap.keys(for: action.rawValue, in: context.rawValue).first.map(KeyNotation.label) ?? "—"
  }
}

extension Question {
  /// The answers a dialog takes (Esc always closes it, keeping what it was asked over).
  var answers: Set<ActionName> {
    switch self {
    case .quitUnsaved: [.dialogYes, .dialogDiscard, .dialogNo]
    case .closeUnsaved, .deleteHousehold, .deleteMember, .merge, .newCadres, .deleteVisit,
      .retireCadre, .retireArea, .extraReceptionDay:
      [.dialogYes, .dialogNo]
    case .restoreDraft: [.dialogRestore, .dialogDiscard, .dialogNo]
    case .duplicates: [.dialogSaveAnyway, .dialogOpenExisting, .dialogNo]
    case .report: []
    }
  }
}
