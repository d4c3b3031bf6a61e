import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// An action in the queue, or nil to fall through to the common ones.
  mutating func queueAction(_ action: ActionName) -> [AppEffect]? {
    if let view = requestView { return requestViewAction(action, view) }
    let selected = queue.selectedModel
    switch action {
    case .open:
      return selected.map { [.openRequest($0.id)] } ?? []
    case .handle:
      guard let selected else { return [] }
      let actions = RequestWorkflow.actions(from: selected.status, merged: selected.isMerged)
      guard !actions.isEmpty else {
        message = StatusMessage(WorkflowRefusal.alreadyMerged.text(language), .warning)
        return []
      }
      overlays.append(.handlingMenu(selected.id, label: selected.label, actions))
      return []
    case .filter:
      return [.prepareForm(.queueFilter, draft: nil)]
    case .filterClear:
      guard !queueFilter.isEmpty else { return [] }
      return filterQueue(RequestFilter())
    case .filterOverdue:
      var filter = queueFilter
      filter.overdue.toggle()
      return filterQueue(filter)
    case .book:
      return [.openBook(today)]
    case .exportFile:
      return [.prepareForm(.exportFile, draft: nil)]
    default:
      return nil
    }
  }

  /// The queue's filter as the pane header says it.
  var queueFilterLabel: String { FormFactory.queueFilterLabel(queueFilter, language: language) }

  /// The queue narrowed to `filter`, from its first row.
  mutating func filterQueue(_ filter: RequestFilter) -> [AppEffect] {
    queueFilter = filter
    queue.rows = []
    return [loadPage(.queue, .top, withCount: true)].compactMap { $0 }
  }

  /// An action while a request's own view is open.
  private mutating func requestViewAction(_ action: ActionName, _ view: RequestViewState)
    -> [AppEffect]?
  {
    switch action {
    case .back:
      requestView = nil
      return [loadPage(.queue, .reload, withCount: true)].compactMap { $0 }
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom:
      let step = action == .tablePageDown || action == .tablePageUp ? max(1, pageSize / 2) : 1
      var scroll = view.scroll
      switch action {
      case .tableDown, .tablePageDown: scroll += step
      case .tableUp, .tablePageUp: scroll -= step
      case .tableTop: scroll = 0
      default: scroll = view.detail.history.count
      }
      requestView?.scroll = max(0, min(scroll, max(0, view.detail.history.count - 1)))
      return []
    default:
      guard let handling = action.handling else {
        // Keys of the panes under the view do nothing while it is open.
        return action.isGlobal ? nil : []
      }
      let request = view.request
      return startHandling(
        request.id, handling, status: request.status, merged: request.mergedIntoId != nil,
        label: request.mergeLabel, canMerge: !view.detail.mergeCandidates.isEmpty)
    }
  }

  /// Opens the form of a handling action, or says at once why the request does not allow it.
  mutating func startHandling(
    _ id: UUID, _ action: RequestAction, status: RequestStatus, merged: Bool, label: String,
    canMerge: Bool = true
  ) -> [AppEffect] {
    if let refusal = RequestWorkflow.refusal(of: action, from: status, merged: merged) {
      message = StatusMessage(refusal.text(language), .warning)
      return []
    }
    if action == .merged, !canMerge {
      message = StatusMessage(l(.noMergeCandidates), .warning)
      return []
    }
    return [.prepareForm(.handleRequest(id, action), draft: nil)]
  }

  /// A key while the handling menu is open: an action's key opens its form.
  mutating func handleMenu(_ key: Key, id: UUID, label: String, actions: [RequestAction])
    -> [AppEffect]
  {
    let bound = keymap.action(
      for: key, in: [KeyContext.request.rawValue, KeyContext.global.rawValue]
    )
    .flatMap(ActionName.init(rawValue:))
    if bound == .back || key == .escape {
      overlays.removeLast()
      return []
    }
    guard let action = bound?.handling, actions.contains(action) else { return [] }
    overlays.removeLast()
    return [.prepareForm(.handleRequest(id, action), draft: nil)]
  }

  /// What the queue's work brought back.
  mutating func updateRequests(_ action: AppAction) -> [AppEffect] {
    switch action {
    case .requestLoaded(let detail):
      if let detail {
        let scroll = requestView?.request.id == detail.request.id ? requestView?.scroll ?? 0 : 0
        requestView = RequestViewState(detail: detail)
        requestView?.scroll = min(scroll, max(0, detail.history.count - 1))
      } else {
        requestView = nil
      }
      return []
    case .requestHandled(let label, let done):
      closeTopForm()
      message = StatusMessage(l(.requestHandled(done.label(language), label)))
      var effects: [AppEffect] =
        [requestCountsEffect] + [loadPage(.queue, .reload, withCount: true)].compactMap { $0 }
      if let view = requestView { effects.append(.openRequest(view.request.id)) }
      return effects
    case .receptionReady(let state):
      reception = state
      return []
    case .peopleFound(let query, let people):
      return peopleFound(query, people)
    case .walkInRegistered(let request, let next):
      return walkInRegistered(request, next: next)
    case .bookLoaded(let book):
      let selected = self.book?.book.day == book.day ? self.book?.selected ?? 0 : 0
      self.book = BookState(book: book)
      self.book?.selected = min(selected, max(0, book.entries.count - 1))
      return []
    case .bookHandedOver(let book):
      closeTopForm()
      self.book?.book = book
      message = StatusMessage(l(.bookHandedOverMessage(book.day, book.handover?.to ?? "")))
      return []
    default:
      return []
    }
  }
}

extension RequestSummary {
  /// How the handling names the request: when it came, and who.
  var label: String { "\(receivedAt) \(requester)" }
}

extension ActionName {
  /// Whether the action is one of the shell's own (tabs, help, quit), which work everywhere.
  var isGlobal: Bool {
    switch self {
    case .quit, .help, .next, .previous, .tabRoster, .tabDiary, .tabQueue, .tabReview, .redraw,
      .changeOperator,
      .settings, .reception:
      true
    default: false
    }
  }
}
