import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// The contexts a key is looked up in, most specific first.
  var keyChain: [String] {
    let global = KeyContext.global.rawValue
    if case .form? = topOverlay { return [KeyContext.form.rawValue, global] }
    if case .handlingMenu? = topOverlay { return [KeyContext.request.rawValue, global] }
    if book != nil { return [KeyContext.book.rawValue, global] }
    if reception != nil {
      return [KeyContext.reception.rawValue, KeyContext.form.rawValue, global]
    }
    if tab == .queue, requestView != nil { return [KeyContext.request.rawValue, global] }
    if tab.hasTable { return [tab.context.rawValue, KeyContext.table.rawValue, global] }
    return [tab.context.rawValue, global]
  }

  /// The action a key is bound to where it was pressed.
  func action(for key: Key) -> ActionName? {
    keymap.action(for: key, in: keyChain).flatMap(ActionName.init(rawValue:))
  }

  mutating func handle(_ key: Key) -> [AppEffect] {
    message = nil
    // The emergency quit (and Ctrl-C, which raw mode delivers as a key) cannot be rebound.
    if key == Keymaps.emergencyQuit || key == .control("c") { return quitNow() }
    if key == .resize { return [] }
    if isTooSmall {
      if action(for: key) == .quit || key == .character("q") { quitting = true }
      return []
    }
    if let overlay = topOverlay { return handle(key, in: overlay) }
    if book != nil { return bookKey(key) }
    if reception != nil { return receptionKey(key) }
    if tab == .roster, search?.editing == true { return typeSearch(key) }
    guard let action = action(for: key) else { return [] }
    if tab == .roster, let effects = rosterAction(action) { return effects }
    if tab == .queue, let effects = queueAction(action) { return effects }
    return perform(action)
  }

  /// An action on the panes (no overlay open).
  mutating func perform(_ action: ActionName) -> [AppEffect] {
    switch action {
    case .quit:
      quitting = true
      return []
    case .help:
      overlays.append(.help(scroll: 0))
      return []
    case .next:
      return switchTab(to: Tab(rawValue: (tab.rawValue + 1) % Tab.allCases.count)!)
    case .previous:
      return switchTab(
        to: Tab(rawValue: (tab.rawValue + Tab.allCases.count - 1) % Tab.allCases.count)!)
    case .tabRoster: return switchTab(to: .roster)
    case .tabDiary: return switchTab(to: .diary)
    case .tabQueue: return switchTab(to: .queue)
    case .tabReview: return switchTab(to: .review)
    case .redraw:
      return [.redraw] + afterChange()
    case .changeOperator:
      overlays.append(.form(.changeOperator, operatorForm(), dirty: false))
      return []
    case .settings:
      return [.prepareForm(.settings, draft: nil)]
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom,
      .tableSortNext,
      .tableSortReverse:
      return tableAction(action)
    case .reception:
      return [.openReception]
    case .back, .formSubmit, .open, .add, .edit, .delete, .undo, .search, .searchNext,
      .searchPrevious, .filter,
      .filterClear, .filterOverdue, .reveal, .merge, .importFile, .exportFile, .book, .handle,
      .requestSolve, .requestTransfer,
      .requestMeeting, .requestExplain, .requestReply, .requestClose, .requestReopen,
      .requestReassign,
      .requestExtend, .requestUrge, .requestFollowUp, .requestMerge, .bookHandOver,
      .bookPreviousDay, .bookNextDay:
      return []
    }
  }

  /// Moves in the current tab's table.
  mutating func tableAction(_ action: ActionName) -> [AppEffect] {
    var request: PageRequest?
    let size = pageSize
    func navigate<M>(_ pane: inout TablePane<M>, sortKeys: Int) {
      switch action {
      case .tableDown: request = pane.moveDown()
      case .tableUp: request = pane.moveUp()
      case .tablePageDown: request = pane.pageDown(size: size)
      case .tablePageUp: request = pane.pageUp(size: size)
      case .tableTop: request = .top
      case .tableBottom: request = .bottom
      case .tableSortNext:
        pane.sort = ListingSort(key: (pane.sort.key + 1) % sortKeys, ascending: true)
        request = .top
      case .tableSortReverse:
        pane.sort.ascending.toggle()
        request = .top
      default: break
      }
    }
    switch tab {
    case .roster: navigate(&roster, sortKeys: RosterColumn.allCases.count)
    case .diary: navigate(&diary, sortKeys: PaneColumns.diary.sortColumns.count)
    case .queue: navigate(&queue, sortKeys: PaneColumns.queue.sortColumns.count)
    case .review: return []
    }
    guard let request else { return [] }
    return [loadPage(tab, request, withCount: action == .tableBottom)].compactMap { $0 }
  }
}
