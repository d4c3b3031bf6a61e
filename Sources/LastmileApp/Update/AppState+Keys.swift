import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key: the layer on top has it, or the pane when nothing is open.
  mutating func handle(_ key: Key) -> [AppEffect] {
    message = nil
    // The emergency quit (and Ctrl-C, which raw mode delivers as a key) cannot be rebound.
    if key == Keymaps.emergencyQuit || key == .control("c") { return quitNow() }
    if key == .resize { return [] }
    if isTooSmall {
      if action(for: key) == .quit || key == .character("q") { return quitNow() }
      return []
    }
    switch navigation.top {
    case nil: return paneKey(key)
    case .card(let card): return cardKey(key, card)
    case .request(let view): return requestKey(key, view)
    case .reception(let desk): return receptionKey(key, desk)
    case .book(let book): return bookKey(key, book)
    case .form(let layer): return formKey(key, layer)
    case .dialog(let question): return answer(question, with: key)
    case .handlingMenu(let menu): return menuKey(key, menu)
    case .help(let scroll): return helpKey(key, scroll: scroll)
    case .reader(let reader): return readerKey(key, reader)
    case .calendar(let calendar): return calendarKey(key, calendar)
    case .rota(let rota): return rotaKey(key, rota)
    case .agenda(let agenda): return agendaKey(key, agenda)
    case .cadres(let list): return cadresKey(key, list)
    case .cadre(let view): return cadreKey(key, view)
    case .areas(let list): return areasKey(key, list)
    case .firstStart: return firstStartKey(key)
    case .busy: return []
    }
  }

  /// A key for the pane itself.
  private mutating func paneKey(_ key: Key) -> [AppEffect] {
    if navigation.tab == .roster, roster.search?.editing == true { return typeSearch(key) }
    guard let action = action(for: key) else { return [] }
    switch navigation.tab {
    case .roster: if let effects = rosterAction(action) { return effects }
    case .queue: if let effects = queueAction(action) { return effects }
    case .diary: if let effects = diaryAction(action) { return effects }
    case .review: if let effects = reviewAction(action) { return effects }
    }
    if action == .back, let effects = drillBack() { return effects }
    return perform(action)
  }

  /// An action of the shell, which works wherever it is not taken: the tabs, the help, the
  /// settings, the desk, and moving in the pane's table.
  mutating func perform(_ action: ActionName) -> [AppEffect] {
    switch action {
    case .quit:
      return requestQuit()
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    case .next:
      return switchTab(to: Tab(rawValue: (navigation.tab.rawValue + 1) % Tab.allCases.count)!)
    case .previous:
      let count = Tab.allCases.count
      return switchTab(to: Tab(rawValue: (navigation.tab.rawValue + count - 1) % count)!)
    case .tabRoster: return switchTab(to: .roster)
    case .tabDiary: return switchTab(to: .diary)
    case .tabQueue: return switchTab(to: .queue)
    case .tabReview: return switchTab(to: .review)
    case .redraw:
      return [.redraw] + afterChange()
    case .lock:
      return lockNow()
    case .changeOperator:
      navigation.push(.form(FormLayer(kind: .changeOperator, form: operatorForm())))
      return []
    case .settings:
      return [.loadFormData(.settings, draft: nil)]
    case .rota:
      return openRota()
    case .sync:
      return openSync()
    case .reception:
      // From a contact card, the walk-in is that household's.
      if case .card(let shown) = navigation.top {
        return [.loadReception(.household(shown.card.household.id))]
      }
      return [.loadReception(.blank)]
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom,
      .tableSortNext, .tableSortReverse:
      return tableAction(action)
    default:
      return []
    }
  }

  /// Whether an action is one of the shell's own, which works over a card or a request's view.
  func isShellAction(_ action: ActionName) -> Bool {
    switch action {
    case .quit, .help, .next, .previous, .tabRoster, .tabDiary, .tabQueue, .tabReview, .redraw,
      .lock, .changeOperator, .settings, .reception, .rota, .sync:
      true
    default: false
    }
  }

  /// Moves in the active pane's table.
  mutating func tableAction(_ action: ActionName) -> [AppEffect] {
    var request: PageRequest?
    let size = pageSize
    func navigate<M>(_ pane: inout TablePane<M>, sorts: Int) {
      switch action {
      case .tableDown: request = pane.moveDown()
      case .tableUp: request = pane.moveUp()
      case .tablePageDown: request = pane.pageDown(size: size)
      case .tablePageUp: request = pane.pageUp(size: size)
      case .tableTop: request = .top
      case .tableBottom: request = .bottom
      case .tableSortNext:
        pane.sort = ListingSort(key: (pane.sort.key + 1) % sorts, ascending: true)
        request = .top
      case .tableSortReverse:
        pane.sort.ascending.toggle()
        request = .top
      default: break
      }
    }
    switch navigation.tab {
    case .roster: navigate(&roster.table, sorts: RosterColumn.allCases.count)
    case .diary: navigate(&diary.table, sorts: DiaryColumn.allCases.count)
    case .queue: navigate(&queue.table, sorts: QueueColumn.allCases.count)
    case .review: return []
    }
    guard let request else { return [] }
    return [loadPage(navigation.tab, request, withCount: action == .tableBottom)].compactMap { $0 }
  }
}
