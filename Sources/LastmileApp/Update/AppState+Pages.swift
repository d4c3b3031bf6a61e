import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// Asks for a page of `tab`'s table, or nil for the review.
  func loadPage(_ tab: Tab, _ request: PageRequest, withCount: Bool) -> AppEffect? {
    switch tab {
    case .roster:
      let pane = roster.table
      return .loadPage(
        tab, request, pane.anchor(for: request),
        limit: pane.limit(for: request, pageSize: pageSize),
        sort: pane.sort, filter: .roster(roster.filter), withCount: withCount || !pane.loaded)
    case .diary:
      let pane = diary.table
      return .loadPage(
        tab, request, pane.anchor(for: request),
        limit: pane.limit(for: request, pageSize: pageSize),
        sort: pane.sort, filter: .diary(diary.filter), withCount: withCount || !pane.loaded)
    case .queue:
      let pane = queue.table
      return .loadPage(
        tab, request, pane.anchor(for: request),
        limit: pane.limit(for: request, pageSize: pageSize),
        sort: pane.sort, filter: .queue(queue.filter), withCount: withCount || !pane.loaded)
    case .review:
      return nil
    }
  }

  /// Counting what the active pane shows: the review's every table, else the status line.
  var countsEffect: AppEffect { .loadCounts(full: navigation.tab == .review) }

  /// What to count again after a request changed: only the requests' figures, unless the
  /// review shows them all.
  var requestCountsEffect: AppEffect {
    navigation.tab == .review ? countsEffect : .loadRequestCounts
  }

  /// After data changed: counts, the page and the open card read again.
  mutating func afterChange() -> [AppEffect] {
    var effects: [AppEffect] =
      [countsEffect] + [loadPage(navigation.tab, .reload, withCount: true)].compactMap { $0 }
    if let card { effects.append(.openCard(card.card.household.id)) }
    return effects + searchAgain()
  }

  /// The search kept in the roster, asked again so that its count follows a change (a
  /// household deleted or brought back, a filter set or cleared).
  func searchAgain() -> [AppEffect] {
    guard let search = roster.search, !search.query.isEmpty else { return [] }
    return [
      .searchRoster(
        query: search.query, filter: roster.filter, sort: roster.table.sort,
        after: roster.table.selectedKey, backward: false, including: true)
    ]
  }

  /// Every pane read again from the top (after demo data or an import).
  mutating func resetPanes() -> [AppEffect] {
    roster.table = TablePane(sort: roster.table.sort)
    diary.table = TablePane(sort: diary.table.sort)
    queue.table = TablePane(sort: queue.table.sort)
    navigation.removeAll {
      if case .card = $0 { true } else { false }
    }
    return [countsEffect] + [loadPage(navigation.tab, .top, withCount: true)].compactMap { $0 }
  }

  /// Switches to `newTab`, loading its first page the first time.
  mutating func switchTab(to newTab: Tab) -> [AppEffect] {
    navigation.tab = newTab
    switch newTab {
    case .roster where !roster.table.loaded, .diary where !diary.table.loaded,
      .queue where !queue.table.loaded:
      return [loadPage(newTab, .top, withCount: true)].compactMap { $0 }
    case .review:
      return [.loadCounts(full: true), .loadReview(review.period ?? thisMonth, area: review.area)]
        + registryReload()
    default:
      return []
    }
  }

  /// The operator form, with the current name filled in.
  func operatorForm() -> FormState {
    FormState(
      title: l(.operatorTitle),
      fields: [
        FormField(
          .name, label: l(.operatorName), kind: .text(TextField(operatorName, maxLength: 20)),
          required: true)
      ])
  }

  /// Whether nobody is named at the keyboard: then the operator form opens over what is being
  /// saved (which stays as typed), since every change records who made it.
  mutating func askOperatorFirst() -> Bool {
    guard operatorName.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
    var form = operatorForm()
    form.message = l(.operatorNeededToSave)
    navigation.push(.form(FormLayer(kind: .changeOperator, form: form)))
    return true
  }

  /// Closes the topmost form of the active pane.
  mutating func closeForm() {
    navigation.removeLast {
      if case .form = $0 { true } else { false }
    }
  }

  /// Changes the reception desk, if open.
  mutating func updateDesk(_ change: (inout ReceptionState) -> Void) {
    navigation.updateTopmost { layer in
      guard case .reception(var desk) = layer else { return false }
      change(&desk)
      layer = .reception(desk)
      return true
    }
  }

  /// Changes the record book, if open.
  mutating func updateBook(_ change: (inout BookState) -> Void) {
    navigation.updateTopmost { layer in
      guard case .book(var book) = layer else { return false }
      change(&book)
      layer = .book(book)
      return true
    }
  }

  /// Changes the contact card, if open.
  mutating func updateCard(_ change: (inout CardState) -> Void) {
    navigation.updateTopmost { layer in
      guard case .card(var card) = layer else { return false }
      change(&card)
      layer = .card(card)
      return true
    }
  }

  /// Changes a request's view, if open.
  mutating func updateRequestView(_ change: (inout RequestViewState) -> Void) {
    navigation.updateTopmost { layer in
      guard case .request(var view) = layer else { return false }
      change(&view)
      layer = .request(view)
      return true
    }
  }

  /// A moved selection in a list of `count` rows, or nil when the action does not move.
  func moved(_ selected: Int, count: Int, by action: ActionName?) -> Int? {
    let page = max(1, pageSize - 2)
    let target: Int
    switch action {
    case .tableDown?: target = selected + 1
    case .tableUp?: target = selected - 1
    case .tablePageDown?: target = selected + page
    case .tablePageUp?: target = selected - page
    case .tableTop?: target = 0
    case .tableBottom?: target = count - 1
    default: return nil
    }
    return max(0, min(target, count - 1))
  }
}
