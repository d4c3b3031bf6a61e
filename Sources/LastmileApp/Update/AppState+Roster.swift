import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// An action in the roster's table, or nil to fall through to the shell's.
  mutating func rosterAction(_ action: ActionName) -> [AppEffect]? {
    let selected = roster.table.selectedModel
    switch action {
    case .open:
      return selected.map { [.openCard($0.id)] } ?? []
    case .add:
      return [.loadFormData(.household(nil), draft: nil)]
    case .edit:
      return selected.map { [.loadFormData(.household($0.id), draft: nil)] } ?? []
    case .delete:
      guard let household = selected else { return [] }
      navigation.push(
        .dialog(
          .deleteHousehold(
            household.id, number: household.householdNo, head: household.headName,
            members: household.memberCount)))
      return []
    case .undo:
      return undoLast()
    case .search:
      roster.search = RosterSearch()
      return []
    case .searchNext, .searchPrevious:
      guard let search = roster.search, !search.query.isEmpty else { return [] }
      return [
        .searchRoster(
          query: search.query, filter: roster.filter, sort: roster.table.sort,
          after: roster.table.selectedKey, backward: action == .searchPrevious, including: false)
      ]
    case .filter:
      return [.loadFormData(.rosterFilter, draft: nil)]
    case .filterClear:
      guard !roster.filter.isEmpty else { return [] }
      roster.filter = RosterFilter()
      roster.filterLabel = ""
      return [loadPage(.roster, .top, withCount: true)].compactMap { $0 } + searchAgain()
    case .importFile:
      navigation.push(.form(FormLayer(kind: .importFile, form: FormFactory.importForm(l))))
      return []
    case .exportFile:
      navigation.push(
        .form(
          FormLayer(kind: .exportFile(.roster), form: FormFactory.exportForm(self, pane: .roster))))
      return []
    case .back:
      guard roster.search != nil else { return nil }
      roster.search = nil
      return []
    default:
      return nil
    }
  }

  /// Takes back the last change of this session.
  mutating func undoLast() -> [AppEffect] {
    guard let entry = undoStack.popLast() else {
      message = StatusMessage(l(.nothingToUndo), .warning)
      return []
    }
    return [.undo(entry)]
  }

  /// A key while the search field has the keys: typing searches as it goes.
  mutating func typeSearch(_ key: Key) -> [AppEffect] {
    guard var current = roster.search else { return [] }
    switch key {
    case .enter:
      current.editing = false
      roster.search = current
      return []
    case .escape:
      roster.search = nil
      return []
    default:
      let before = current.query
      guard current.field.handle(key) else {
        if action(for: key) == .back { roster.search = nil }
        return []
      }
      current.matches = nil
      roster.search = current
      guard current.query != before, !current.query.isEmpty else { return [] }
      return [
        .searchRoster(
          query: current.query, filter: roster.filter, sort: roster.table.sort,
          after: roster.table.selectedKey, backward: false, including: true)
      ]
    }
  }

  /// Shows the match a search found: the selection moves to it, on this page or a new one.
  mutating func searchFound(_ query: String, _ result: RosterSearchResult) -> [AppEffect] {
    guard roster.search?.query == query else { return [] }
    roster.search?.matches = result.matches
    roster.search?.moreThan = result.moreThan
    guard let row = result.row else { return [] }
    if let index = roster.table.rows.firstIndex(where: { $0.key == row.key }) {
      roster.table.selected = index
      return []
    }
    roster.table.rows = [row]
    roster.table.selected = 0
    roster.table.positionKnown = false
    return [
      loadPage(.roster, .reload, withCount: false),
      .locateRoster(row.key, filter: roster.filter, sort: roster.table.sort),
    ].compactMap { $0 }
  }

  /// Takes in a row number found while the keyboard was idle, if the row still heads the page;
  /// else asks for the row that heads it now.
  mutating func rosterLocated(_ key: ListingKey, _ position: Int) -> [AppEffect] {
    guard !roster.table.positionKnown, let first = roster.table.rows.first else { return [] }
    guard first.key == key else {
      return [.locateRoster(first.key, filter: roster.filter, sort: roster.table.sort)]
    }
    roster.table.firstRowNumber = position
    roster.table.positionKnown = true
    return []
  }
}
