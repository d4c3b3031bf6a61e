import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// Changes the state for what happened and returns the work to do.
  public mutating func update(_ action: AppAction) -> [AppEffect] {
    switch action {
    case .started(let info):
      counts = info.counts
      if info.counts.isEmpty { overlays.append(.firstStart) }
      if let draft = info.draft { overlays.append(.confirm(.restoreDraft(draft))) }
      if !info.operatorKnown {
        overlays.append(.form(.changeOperator, operatorForm(), dirty: false))
      }
      if let text = info.keymapMessage { message = StatusMessage(text, .warning) }
      return [loadPage(tab, .top, withCount: true)].compactMap { $0 }
    case .keyPressed(let key):
      return handle(key)
    case .resized(let newSize):
      size = newSize
      var effects: [AppEffect] = [.redraw]
      if !isTooSmall, let reload = loadPage(tab, .reload, withCount: false) {
        effects.append(reload)
      }
      return effects
    case .householdsLoaded(let request, let rows, let total):
      roster.merge(request, rows, pageSize: pageSize, total: total)
      return []
    case .visitsLoaded(let request, let rows, let total):
      diary.merge(request, rows, pageSize: pageSize, total: total)
      return []
    case .requestsLoaded(let request, let rows, let total):
      queue.merge(request, rows, pageSize: pageSize, total: total)
      return []
    case .countsLoaded(let newCounts, let byStatus):
      counts = newCounts
      if let byStatus { statusCounts = byStatus }
      return []
    case .requestCountsLoaded(let open, let overdue):
      counts.openRequests = open
      counts.overdueRequests = overdue
      return []
    case .formReady(let kind, let form, let dirty):
      overlays.append(.form(kind, form, dirty: dirty))
      return []
    case .settingsSaved:
      closeTopForm()
      message = StatusMessage(l(.settingsSaved))
      return []
    case .operatorChanged(let name):
      operatorName = name
      closeTopForm()
      message = StatusMessage(l(.operatorChanged(name)))
      return []
    case .demoLoaded(let summary):
      overlays.removeAll { $0 == .busy || $0 == .firstStart }
      message = StatusMessage(l(.demoLoaded(summary.households, summary.visits, summary.requests)))
      return resetPanes()
    case .failed(let text):
      overlays.removeAll { $0 == .busy }
      if case .form(let kind, var form, let dirty)? = overlays.last {
        form.message = text
        overlays[overlays.count - 1] = .form(kind, form, dirty: dirty)
      } else {
        message = StatusMessage(l(.errorStatus(text)), .error)
      }
      return []
    case .stopRequested:
      return quitNow()
    case .searchFound(let query, let result):
      return searchFound(query, result)
    case .rosterLocated(let key, let position):
      return rosterLocated(key, position)
    case .requestLoaded, .requestHandled, .receptionReady, .peopleFound, .walkInRegistered,
      .bookLoaded,
      .bookHandedOver:
      return updateRequests(action)
    case .cardLoaded(let card):
      if let card {
        let selected =
          self.card?.card.household.id == card.household.id ? self.card?.selected ?? 0 : 0
        let revealed =
          self.card?.card.household.id == card.household.id ? self.card?.revealed ?? false : false
        self.card = CardState(card: card)
        self.card?.selected = min(selected, max(0, card.members.count - 1))
        self.card?.revealed = revealed
      } else {
        self.card = nil
      }
      return []
    case .saved(let label, let household, let undo, let openCard):
      closeTopForm()
      undoStack.append(undo)
      message = StatusMessage(l(.saved(label)))
      var effects = [countsEffect] + [loadPage(.roster, .reload, withCount: true)].compactMap { $0 }
      if openCard || card != nil { effects.append(.openCard(household)) }
      return effects
    case .deleted(let label, let undo):
      undoStack.append(undo)
      message = StatusMessage(l(.deleted(label, keyName(.undo, context: .roster))))
      return afterChange()
    case .undone(let label):
      message = StatusMessage(l(.undone(label)))
      return afterChange()
    case .duplicatesFound(let hints, let retry):
      overlays.append(.confirm(.duplicates(hints, retry: retry)))
      return []
    case .formRejected(let problems):
      guard case .form(let kind, var form, let dirty)? = overlays.last else { return [] }
      for problem in problems {
        let id =
          form.fields.contains { $0.id == problem.field.rawValue } ? problem.field.rawValue : nil
        if let id {
          form.setMessage(problem.reason.text(language), for: id)
        } else {
          form.message = problem.text(language)
        }
      }
      overlays[overlays.count - 1] = .form(kind, form, dirty: dirty)
      return []
    case .imported(let report):
      closeTopForm()
      overlays.append(
        .confirm(
          .report(
            title: l(report.hasErrors && !report.written ? .importFailed : .importDone),
            lines: reportLines(report))))
      return report.written ? resetPanes() : []
    case .exported(let rows, let path):
      closeTopForm()
      message = StatusMessage(l(.exported(rows, path)))
      return []
    case .mergeReady(let source, let target, let text):
      overlays.append(.confirm(.merge(source: source, target: target, message: text)))
      return []
    case .merged(let label, let target):
      closeTopForm()
      message = StatusMessage(label)
      return afterChange() + [.openCard(target)]
    case .revealed:
      card?.revealed = true
      message = StatusMessage(l(.revealed), .warning)
      return []
    }
  }

  /// The key bound to `action` where it is bound, as written.
  func keyName(_ action: ActionName, context: KeyContext) -> String {
    keymap.keys(for: action.rawValue, in: context.rawValue).first.map(KeyNotation.format) ?? "—"
  }

  /// Counting what the current tab shows: the review's every table, else the status line.
  var countsEffect: AppEffect { .loadCounts(full: tab == .review) }

  /// What to count again after a request changed: only the requests' figures, unless the
  /// review shows them all.
  var requestCountsEffect: AppEffect { tab == .review ? countsEffect : .loadRequestCounts }

  /// After data changed: counts, the roster page and the open card read again.
  mutating func afterChange() -> [AppEffect] {
    var effects: [AppEffect] =
      [countsEffect] + [loadPage(tab, .reload, withCount: true)].compactMap { $0 }
    if let card { effects.append(.openCard(card.card.household.id)) }
    return effects
  }

  /// Every pane read again from the top (after demo data or an import).
  mutating func resetPanes() -> [AppEffect] {
    roster = TablePane(sort: roster.sort)
    diary = TablePane(sort: diary.sort)
    queue = TablePane(sort: queue.sort)
    card = nil
    return [countsEffect] + [loadPage(tab, .top, withCount: true)].compactMap { $0 }
  }

  /// Ends the program at once, keeping the draft of an unsaved form.
  mutating func quitNow() -> [AppEffect] {
    quitting = true
    guard let (kind, form) = dirtyForm else { return [] }
    return [
      .saveDraft(
        Draft(
          kind: kind.draftKind, title: form.title, payload: FormKind.payload(of: form),
          operatorName: operatorName))
    ]
  }

  /// Asks for a page of `tab`'s table, or nil for the review tab.
  func loadPage(_ tab: Tab, _ request: PageRequest, withCount: Bool) -> AppEffect? {
    switch tab {
    case .roster:
      return .loadPage(
        tab, request, roster.anchor(for: request),
        limit: roster.limit(for: request, pageSize: pageSize),
        sort: roster.sort, filter: .roster(rosterFilter), withCount: withCount || !roster.loaded)
    case .diary:
      return .loadPage(
        tab, request, diary.anchor(for: request),
        limit: diary.limit(for: request, pageSize: pageSize),
        sort: diary.sort, filter: .none, withCount: withCount || !diary.loaded)
    case .queue:
      return .loadPage(
        tab, request, queue.anchor(for: request),
        limit: queue.limit(for: request, pageSize: pageSize),
        sort: queue.sort, filter: .queue(queueFilter), withCount: withCount || !queue.loaded)
    case .review:
      return nil
    }
  }

  mutating func closeTopForm() {
    if let index = overlays.lastIndex(where: { if case .form = $0 { true } else { false } }) {
      overlays.remove(at: index)
    }
  }

  /// Switches to `newTab`, loading its first page the first time.
  mutating func switchTab(to newTab: Tab) -> [AppEffect] {
    tab = newTab
    switch newTab {
    case .roster where !roster.loaded, .diary where !diary.loaded, .queue where !queue.loaded:
      return [loadPage(newTab, .top, withCount: true)].compactMap { $0 }
    case .review:
      return [.loadCounts(full: true)]
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
          id: "name", label: l(.operatorName), kind: .text(TextField(operatorName, maxLength: 20)),
          required: true)
      ])
  }

  /// The lines of an import report: the summary, then the first problems.
  func reportLines(_ report: ImportReport) -> [String] {
    let name = report.table.title(language)
    var lines = [
      l(
        .importSummary(
          name, report.added, report.updated, report.unchanged, report.rejected,
          report.rows,
          report.encoding.rawValue))
    ]
    if !report.written, report.hasErrors { lines.append(l(.importRefused(report.rejected))) }
    if let rejected = report.rejectedFile { lines.append(l(.importRejectedWritten(rejected.path))) }
    let shown = 8
    lines += report.problems.prefix(shown).map { $0.text(language) }
    if report.problems.count > shown {
      lines.append(l(.moreProblems(report.problems.count - shown)))
    }
    return lines
  }
}
