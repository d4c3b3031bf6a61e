import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// An action in the queue's table, or nil to fall through to the shell's.
  mutating func queueAction(_ action: ActionName) -> [AppEffect]? {
    let selected = queue.table.selectedModel
    switch action {
    case .open:
      return selected.map { [.openRequest($0.id)] } ?? []
    case .handle:
      guard let selected else { return [] }
      let actions = RequestWorkflow.actions(
        from: selected.status, merged: selected.isMerged,
        transferred: selected.decision == .transferred)
      guard !actions.isEmpty else {
        message = StatusMessage(WorkflowRefusal.alreadyMerged.text(language), .warning)
        return []
      }
      navigation.push(
        .handlingMenu(HandlingMenu(request: selected.id, label: selected.label, actions: actions)))
      return []
    case .filter:
      return [.loadFormData(.queueFilter, draft: nil)]
    case .search:
      navigation.push(
        .form(
          FormLayer(
            kind: .queueSearch, form: FormFactory.queueSearchForm(l, text: queue.filter.text ?? ""))
        ))
      return []
    case .filterClear:
      guard !queue.filter.isEmpty else { return [] }
      return filterQueue(RequestFilter())
    case .filterOverdue:
      var filter = queue.filter
      filter.overdue.toggle()
      return filterQueue(filter)
    case .book:
      return [.openBook(today)]
    case .agenda:
      return openAgenda()
    case .exportFile:
      navigation.push(
        .form(
          FormLayer(kind: .exportFile(.queue), form: FormFactory.exportForm(self, pane: .queue))))
      return []
    default:
      return nil
    }
  }

  /// The queue's filter as the pane header says it.
  var queueFilterLabel: String {
    FormFactory.queueFilterLabel(queue.filter, area: queue.areaName, language: language)
  }

  /// The queue narrowed to `filter`, from its first row.
  mutating func filterQueue(_ filter: RequestFilter) -> [AppEffect] {
    queue.filter = filter
    queue.table.rows = []
    return [loadPage(.queue, .top, withCount: true)].compactMap { $0 }
  }

  /// A key while a request's own view is open.
  mutating func requestKey(_ key: Key, _ view: RequestViewState) -> [AppEffect] {
    guard let action = action(for: key) else { return [] }
    switch action {
    case .back:
      navigation.pop()
      return [loadPage(.queue, .reload, withCount: true)].compactMap { $0 }
    case .open:
      openReader(title: l(.readerRequestTitle(view.request.requester.name)), text: view.fullText(l))
      return []
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom:
      let step = action == .tablePageDown || action == .tablePageUp ? max(1, pageSize / 2) : 1
      var scroll = view.scroll
      switch action {
      case .tableDown, .tablePageDown: scroll += step
      case .tableUp, .tablePageUp: scroll -= step
      case .tableTop: scroll = 0
      default: scroll = view.detail.history.count
      }
      updateRequestView { $0.scroll = max(0, min(scroll, max(0, view.detail.history.count - 1))) }
      return []
    case .requestSlip:
      let request = view.request
      guard request.decision == .transferred, request.status == .inProgress else {
        message = StatusMessage(WorkflowRefusal.notTransferred.text(language), .warning)
        return []
      }
      navigation.push(
        .form(
          FormLayer(
            kind: .transferSlip(request.id, number: request.number),
            form: FormFactory.transferSlipForm(number: request.number, self))))
      return []
    default:
      guard let handling = action.handling else {
        // Keys of the panes under the view do nothing while it is open.
        return isShellAction(action) ? perform(action) : []
      }
      let request = view.request
      if handling.isDepartments, request.decision != .transferred {
        message = StatusMessage(WorkflowRefusal.notTransferred.text(language), .warning)
        return []
      }
      return startHandling(
        request.id, handling, status: request.status, merged: request.mergedIntoId != nil,
        canMerge: !view.detail.mergeCandidates.isEmpty)
    }
  }

  /// Opens the form of a handling action, or says at once why the request does not allow it.
  mutating func startHandling(
    _ id: UUID, _ action: RequestAction, status: RequestStatus, merged: Bool, canMerge: Bool = true
  ) -> [AppEffect] {
    if let refusal = RequestWorkflow.refusal(of: action, from: status, merged: merged) {
      message = StatusMessage(refusal.text(language), .warning)
      return []
    }
    if action == .merged, !canMerge {
      message = StatusMessage(l(.noMergeCandidates), .warning)
      return []
    }
    return [.loadFormData(.handleRequest(id, action), draft: nil)]
  }

  /// A key while the handling menu is open: an action's key opens its form.
  mutating func menuKey(_ key: Key, _ menu: HandlingMenu) -> [AppEffect] {
    let bound = action(for: key)
    if bound == .back || key == .escape {
      navigation.pop()
      return []
    }
    guard let action = bound?.handling, menu.actions.contains(action) else { return [] }
    navigation.pop()
    return [.loadFormData(.handleRequest(menu.request, action), draft: nil)]
  }

  /// Takes in a request read for its view; a request that is gone closes it.
  mutating func requestLoaded(_ detail: RequestDetail?) -> [AppEffect] {
    guard let detail else {
      navigation.removeAll {
        if case .request = $0 { true } else { false }
      }
      return []
    }
    let scroll =
      requestView?.request.id == detail.request.id ? requestView?.scroll ?? 0 : 0
    var view = RequestViewState(detail: detail)
    view.scroll = min(scroll, max(0, detail.history.count - 1))
    let replaced = navigation.updateTopmost { layer in
      guard case .request = layer else { return false }
      layer = .request(view)
      return true
    }
    if !replaced { navigation.push(.request(view)) }
    return []
  }
}

extension RequestSummary {
  /// How the handling names the request: when it came, and who.
  var label: String { "\(receivedAt) \(requester)" }
}
