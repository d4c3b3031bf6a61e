import LastmileCore
import LastmileStore
import TerminalKit

/// Draws the state: the screen is a function of it.
public struct AppView: Sendable {
  public var theme: Theme
  public var glyphs: Glyphs
  public var measure: TextMeasure

  public init(
    theme: Theme = .color, glyphs: Glyphs = .unicode, measure: TextMeasure = TextMeasure()
  ) {
    self.theme = theme
    self.glyphs = glyphs
    self.measure = measure
  }

  /// The frame for `state`: the tab bar, the active pane (unless something open covers it),
  /// what is open over it from the bottom up, and the status line.
  public func render(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size, measure: measure, glyphs: glyphs)
    if state.isTooSmall {
      renderTooSmall(state, into: &screen)
      return screen
    }
    if let lock = state.lock, lock.locked {
      renderLock(lock, state, into: &screen)
      return screen
    }
    let bounds = screen.bounds
    let (tabRow, rest) = bounds.splitTop(1)
    let (body, statusRow) = rest.splitBottom(1)
    TabBar(titles: Tab.allCases.map { state.l($0.title) }, active: state.tab.rawValue)
      .render(into: &screen, rect: tabRow, theme: theme)
    screen.put("lastmile", x: tabRow.maxX - 9, y: tabRow.y, style: theme.muted)
    let layers = state.navigation.layers
    let covered = layers.lastIndex { $0.coversPane }
    screen.cursor = nil
    if covered == nil { renderPane(state, into: &screen, body: body) }
    for (index, layer) in layers.enumerated() where index >= (covered ?? 0) {
      renderLayer(layer, state, into: &screen, body: body)
    }
    statusLine(state).render(into: &screen, rect: statusRow, theme: theme)
    return screen
  }

  /// The active pane itself: its table and header.
  private func renderPane(_ state: AppState, into screen: inout Screen, body: Rect) {
    let header = Rect(x: body.x, y: body.y, width: body.width, height: 1)
    switch state.tab {
    case .roster:
      renderTable(state, state.roster.table, PaneColumns.roster, into: &screen, rect: body)
      renderRosterHeader(state, into: &screen, rect: header)
      if let search = state.roster.search, search.editing {
        screen.cursor = searchCaret(search, state, body)
      }
    case .diary:
      renderTable(state, state.diary.table, PaneColumns.diary, into: &screen, rect: body)
      renderFilterHeader(
        state, state.diary.table, title: .paneDiary, label: state.diary.filterLabel,
        context: .diary, into: &screen, rect: header)
    case .queue:
      renderTable(state, state.queue.table, PaneColumns.queue, into: &screen, rect: body)
      renderQueueHeader(state, into: &screen, rect: header)
    case .review:
      renderReview(state, into: &screen, rect: body)
    }
  }

  /// One layer over the pane; the cursor follows the caret of the last one that has one.
  private func renderLayer(_ layer: Layer, _ state: AppState, into screen: inout Screen, body: Rect)
  {
    switch layer {
    case .card(let card):
      renderCard(card, state, into: &screen, rect: body)
      screen.cursor = nil
    case .request(let view):
      renderRequestView(view, state, into: &screen, rect: body)
      screen.cursor = nil
    case .reception(let desk):
      screen.cursor = renderReception(desk, state, into: &screen, rect: body)
    case .book(let book):
      renderBook(book, state, into: &screen, rect: body)
      screen.cursor = nil
    case .calendar(let calendar):
      renderCalendar(calendar, state, into: &screen, rect: body)
      screen.cursor = nil
    case .rota(let rota):
      renderRota(rota, state, into: &screen, rect: body)
      screen.cursor = nil
    case .agenda(let agenda):
      renderAgenda(agenda, state, into: &screen, rect: body)
      screen.cursor = nil
    case .cadres(let list):
      renderCadres(list, state, into: &screen, rect: body)
      screen.cursor = nil
    case .cadre(let view):
      renderCadre(view, state, into: &screen, rect: body)
      screen.cursor = nil
    case .areas(let list):
      renderAreas(list, state, into: &screen, rect: body)
      screen.cursor = nil
    default:
      renderOverlay(layer, state, into: &screen)
    }
  }

  /// The locked screen: nothing of what is under it, the PIN as dots.
  private func renderLock(_ lock: ScreenLock, _ state: AppState, into screen: inout Screen) {
    let l = state.l
    var lines = [
      l(.lockTitle), "", l(.lockPrompt) + String(repeating: "•", count: lock.typed.count),
    ]
    if lock.checking {
      lines.append(l(.lockChecking))
    } else if lock.refused > 0 {
      lines.append(l(.lockRefused(lock.refused)))
    }
    lines.append("")
    lines.append(l(.lockHint))
    let width = min(state.size.width - 2, (lines.map { measure.width(of: $0) }.max() ?? 0) + 4)
    let top = max(0, (state.size.height - lines.count - 2) / 2)
    let left = max(0, (state.size.width - width) / 2)
    let box = Rect(x: left, y: top, width: width, height: lines.count + 2)
    screen.box(box, style: theme.border)
    for (index, line) in lines.enumerated() {
      let style =
        index == 0 ? theme.header : lock.refused > 0 && index == 3 ? theme.warning : theme.normal
      screen.put(measure.fit(line, to: width - 4), x: left + 2, y: top + 1 + index, style: style)
    }
    screen.cursor = nil
  }

  private func renderTooSmall(_ state: AppState, into screen: inout Screen) {
    let text = state.l(
      .tooSmall(
        AppState.minimumSize.width, AppState.minimumSize.height, state.size.width,
        state.size.height))
    let lines = measure.wrap(text, to: max(1, state.size.width - 2))
    let top = max(0, (state.size.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let x = max(0, (state.size.width - measure.width(of: line)) / 2)
      screen.put(line, x: x, y: top + index, style: theme.warning)
    }
  }

  /// Where the rows on screen sit in the listing (第 21–40 条，共 100000 条), or nil when empty.
  func positionText<Model>(_ state: AppState, _ pane: TablePane<Model>) -> String? {
    guard pane.total > 0 else { return nil }
    return pane.positionKnown
      ? state.l(
        .position(pane.firstRowNumber + 1, pane.firstRowNumber + pane.rows.count, pane.total))
      : state.l(.positionTotal(pane.total))
  }

  func renderTable<Model>(
    _ state: AppState, _ pane: TablePane<Model>, _ layout: PaneColumns<Model>,
    into screen: inout Screen, rect: Rect
  ) {
    let (header, tableRect) = rect.splitTop(1)
    let l = state.l
    let layout = layout.shown(width: rect.width)
    var title = l(state.tab.paneTitle)
    let (sortColumn, sortTitle) = layout.sortColumn(for: pane.sort.key)
    title += "  " + l(.sortedBy(l(sortTitle), l(pane.sort.ascending ? .ascending : .descending)))
    screen.putFitted(
      title, x: header.x + 1, y: header.y, width: header.width / 2, style: theme.accent)
    if let position = positionText(state, pane) {
      screen.putFitted(
        position, x: header.x + header.width / 2, y: header.y, width: header.width / 2 - 1,
        style: theme.muted, alignment: .right)
    }
    var table = TableView(
      columns: layout.tableColumns(l, measure: measure),
      rows: pane.rows.map { layout.cells($0.model, state.rowContext) },
      rowStyles: pane.rows.map { layout.style($0.model, state.rowContext, theme) },
      selected: pane.rows.isEmpty ? nil : pane.selected, sortColumn: sortColumn,
      ascending: pane.sort.ascending,
      totalRows: pane.total, firstRowNumber: pane.firstRowNumber,
      emptyText: pane.loaded ? l(.nothingYet) : l(.loading))
    table.marksSelection = true
    table.render(into: &screen, rect: tableRect, theme: theme)
  }

  private func statusLine(_ state: AppState) -> StatusLine {
    let l = state.l
    let database = state.readOnly ? state.databaseName + " " + l(.readOnlyMark) : state.databaseName
    // A record book late to be handed over (the oldest, and since when) and the book's other
    // flags end the facts, which a message takes the place of (the desk says them in full); on
    // a narrow screen they are counted in one word, whole rather than cut.
    let flagged =
      state.counts.lateBooks.count + state.counts.deskFlags.reduce(0) { $0 + $1.count }
    let flags =
      state.size.width < 120
      ? (flagged > 0 ? " · " + l(.statusFlagged(flagged)) : "")
      : (state.lateBookText.map { " · " + $0 } ?? "")
        + (state.deskFlagsText.map { " · " + $0 } ?? "")
    let facts =
      l(
        .statusFacts(
          database, state.operatorName.isEmpty ? l(.noOperator) : state.operatorName,
          state.today, state.counts.households)) + flags
    // The keys of help and quit where the keys are now (none a field would take as text).
    let help = state.shownKey(.help)
    let quit = state.shownKey(.quit)
    let hints =
      switch (help, quit) {
      case (let help?, let quit?): l(.statusHints(help, quit))
      case (let help?, nil): l(.statusHelp(help))
      default: ""
      }
    var message: (String, Style)?
    if let status = state.message {
      let style: Style
      switch status.kind {
      case .info: style = theme.accent.adding(.reverse)
      case .warning: style = theme.warning.adding(.reverse)
      case .error: style = theme.danger.adding(.reverse)
      }
      message = (status.text, style)
    }
    // The operator's own follow-ups due join what stays in sight.
    let followUps = state.counts.followUpsDue
    // So do the records not yet sent to another laptop, and the conflicts to settle (below
    // 100 columns, not while a message is said: it needs the room).
    let roomy = state.size.width >= 100 || message == nil
    let unsent = roomy ? state.counts.unsent : 0
    let conflicts = roomy ? state.counts.syncConflicts : 0
    let pinned =
      l(.statusOverdue(state.counts.overdueRequests))
      + (followUps > 0 ? " · " + l(.statusFollowUps(followUps)) : "")
      + (roomy && state.counts.unsentLoaded
        ? " · " + l(.syncUnsentLoaded(unsent))
        : unsent > 0 ? " · " + l(.syncUnsent(unsent)) : "")
      + (conflicts > 0 ? " · " + l(.syncConflicts(conflicts)) : "")
    return StatusLine(left: facts, pinned: pinned, right: hints, message: message)
  }

  /// The first key bound to `action` in the global context, as written.
  func keyName(_ action: ActionName, _ state: AppState, context: KeyContext = .global) -> String {
    state.keyName(action, in: context)
  }
}
