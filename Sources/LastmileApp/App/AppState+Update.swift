import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// Changes the state for what happened and returns the work to do.
  public mutating func update(_ action: AppAction) -> [AppEffect] {
    switch action {
    case .started(let info):
      counts = info.counts
      statusCounts = info.statusCounts
      if info.counts.isEmpty { overlays.append(.firstStart) }
      if let draft = info.draft { overlays.append(.confirm(.restoreDraft(draft))) }
      if !info.operatorKnown {
        overlays.append(.form(.changeOperator, FormKind.operatorForm(name: "", language: language), dirty: false))
      }
      if let text = info.keymapMessage { message = StatusMessage(text, .warning) }
      return [loadPage(tab, .top, withCount: true)].compactMap { $0 }
    case .keyPressed(let key):
      return handle(key)
    case .resized(let newSize):
      size = newSize
      var effects: [AppEffect] = [.redraw]
      if !isTooSmall, let reload = loadPage(tab, .reload, withCount: false) { effects.append(reload) }
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
      statusCounts = byStatus
      return []
    case .settingsLoaded(let settings, let draft):
      var form = FormKind.settingsForm(settings, language: language)
      if let draft { FormKind.restore(draft, into: &form) }
      overlays.append(.form(.settings, form, dirty: draft != nil))
      return []
    case .settingsSaved:
      closeTopForm()
      message = StatusMessage(l(.settingsSaved))
      return []
    case .operatorChanged(let name):
      operatorName = name
      closeTopForm()
      message = StatusMessage(l(.operatorChanged, name))
      return []
    case .demoLoaded(let summary):
      overlays.removeAll { $0 == .busy || $0 == .firstStart }
      message = StatusMessage(l(.demoLoaded, summary.households, summary.visits, summary.requests))
      roster = TablePane(sort: roster.sort)
      diary = TablePane(sort: diary.sort)
      queue = TablePane(sort: queue.sort)
      return [.loadCounts] + [loadPage(tab, .top, withCount: true)].compactMap { $0 }
    case .failed(let text):
      overlays.removeAll { $0 == .busy }
      if case .form(let kind, var form, let dirty)? = overlays.last {
        form.message = text
        overlays[overlays.count - 1] = .form(kind, form, dirty: dirty)
      } else {
        message = StatusMessage(l(.errorStatus, text), .error)
      }
      return []
    case .stopRequested:
      return quitNow()
    }
  }

  /// Ends the program at once, keeping the draft of an unsaved form.
  mutating func quitNow() -> [AppEffect] {
    quitting = true
    guard let (kind, form) = dirtyForm else { return [] }
    return [.saveDraft(Draft(kind: kind.rawValue, title: form.title, payload: FormKind.payload(of: form), operatorName: operatorName))]
  }

  /// Asks for a page of `tab`'s table, or nil for the review tab.
  func loadPage(_ tab: Tab, _ request: PageRequest, withCount: Bool) -> AppEffect? {
    switch tab {
    case .roster:
      return .loadPage(tab, request, roster.anchor(for: request), limit: roster.limit(for: request, pageSize: pageSize), sort: roster.sort, withCount: withCount || !roster.loaded)
    case .diary:
      return .loadPage(tab, request, diary.anchor(for: request), limit: diary.limit(for: request, pageSize: pageSize), sort: diary.sort, withCount: withCount || !diary.loaded)
    case .queue:
      return .loadPage(tab, request, queue.anchor(for: request), limit: queue.limit(for: request, pageSize: pageSize), sort: queue.sort, withCount: withCount || !queue.loaded)
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
      return [.loadCounts]
    default:
      return []
    }
  }
}
