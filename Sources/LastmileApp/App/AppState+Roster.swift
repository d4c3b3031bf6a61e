import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// An action in the roster, or nil to fall through to the common ones.
  mutating func rosterAction(_ action: ActionName) -> [AppEffect]? {
    if let card { return cardAction(action, card) }
    let selected = roster.selectedModel
    switch action {
    case .open:
      return selected.map { [.openCard($0.id)] } ?? []
    case .add:
      return [.prepareForm(.household(nil), draft: nil)]
    case .edit:
      return selected.map { [.prepareForm(.household($0.id), draft: nil)] } ?? []
    case .delete:
      guard let household = selected else { return [] }
      overlays.append(
        .confirm(
          .deleteHousehold(
            household.id,
            message: l(
              .deleteHouseholdConfirm(
                household.householdNo, household.headName,
                household.memberCount)))))
      return []
    case .undo:
      return undoLast()
    case .search:
      search = RosterSearch()
      return []
    case .searchNext, .searchPrevious:
      guard let search, !search.query.isEmpty else { return [] }
      return [
        .searchRoster(
          query: search.query, filter: rosterFilter, sort: roster.sort,
          after: roster.rows.indices.contains(roster.selected)
            ? roster.rows[roster.selected].key : nil,
          backward: action == .searchPrevious, including: false)
      ]
    case .filter:
      return [.prepareForm(.rosterFilter, draft: nil)]
    case .filterClear:
      guard !rosterFilter.isEmpty else { return [] }
      rosterFilter = RosterFilter()
      rosterFilterLabel = ""
      return [loadPage(.roster, .top, withCount: true)].compactMap { $0 }
    case .importFile:
      return [.prepareForm(.importFile, draft: nil)]
    case .exportFile:
      return [.prepareForm(.exportFile, draft: nil)]
    case .back:
      if search != nil {
        search = nil
        return []
      }
      return nil
    default:
      return nil
    }
  }

  /// An action while the contact card is open.
  private mutating func cardAction(_ action: ActionName, _ state: CardState) -> [AppEffect]? {
    let household = state.card.household
    switch action {
    case .back:
      card = nil
      return [loadPage(.roster, .reload, withCount: false)].compactMap { $0 }
    case .tableDown:
      card?.selected = min(state.selected + 1, max(0, state.card.members.count - 1))
      return []
    case .tableUp:
      card?.selected = max(0, state.selected - 1)
      return []
    case .tableTop:
      card?.selected = 0
      return []
    case .tableBottom:
      card?.selected = max(0, state.card.members.count - 1)
      return []
    case .open:
      guard let member = state.selectedMember else { return [] }
      return [.prepareForm(.member(household: household.id, member: member.id), draft: nil)]
    case .add:
      return [.prepareForm(.member(household: household.id, member: nil), draft: nil)]
    case .edit:
      return [.prepareForm(.household(household.id), draft: nil)]
    case .delete:
      guard let member = state.selectedMember else { return [] }
      overlays.append(
        .confirm(.deleteMember(member.id, message: l(.deleteMemberConfirm(member.name)))))
      return []
    case .reveal:
      if state.revealed {
        card?.revealed = false
        return []
      }
      return [.reveal(household.id)]
    case .merge:
      return [.prepareForm(.merge(source: household.id), draft: nil)]
    case .undo:
      return undoLast()
    case .tablePageDown, .tablePageUp, .tableSortNext, .tableSortReverse, .search, .searchNext,
      .searchPrevious,
      .filter, .filterClear, .importFile, .exportFile:
      return []
    default:
      return nil
    }
  }

  private mutating func undoLast() -> [AppEffect] {
    guard let entry = undoStack.popLast() else {
      message = StatusMessage(l(.nothingToUndo), .warning)
      return []
    }
    return [.undo(entry)]
  }

  /// A key while the search field has the keys: typing searches as it goes.
  mutating func typeSearch(_ key: Key) -> [AppEffect] {
    guard var current = search else { return [] }
    switch key {
    case .enter:
      current.editing = false
      search = current
      return []
    case .escape:
      search = nil
      return []
    default:
      let before = current.query
      guard current.field.handle(key) else {
        if action(for: key) == .back { search = nil }
        return []
      }
      current.matches = nil
      search = current
      guard current.query != before, !current.query.isEmpty else { return [] }
      return [
        .searchRoster(
          query: current.query, filter: rosterFilter, sort: roster.sort,
          after: roster.rows.indices.contains(roster.selected)
            ? roster.rows[roster.selected].key : nil,
          backward: false, including: true)
      ]
    }
  }

  /// Shows the match a search found: the selection moves to it, on this page or a new one.
  mutating func searchFound(_ query: String, _ result: RosterSearchResult) -> [AppEffect] {
    guard search?.query == query else { return [] }
    search?.matches = result.matches
    search?.moreThan = result.moreThan
    guard let row = result.row else { return [] }
    if let index = roster.rows.firstIndex(where: { $0.key == row.key }) {
      roster.selected = index
      return []
    }
    roster.rows = [row]
    roster.selected = 0
    roster.positionKnown = false
    return [
      loadPage(.roster, .reload, withCount: false),
      .locateRoster(row.key, filter: rosterFilter, sort: roster.sort),
    ]
    .compactMap { $0 }
  }

  /// Takes in a row number found while the keyboard was idle, if the row still heads the page;
  /// else asks for the row that heads it now.
  mutating func rosterLocated(_ key: ListingKey, _ position: Int) -> [AppEffect] {
    guard !roster.positionKnown, let first = roster.rows.first else { return [] }
    guard first.key == key else {
      return [.locateRoster(first.key, filter: rosterFilter, sort: roster.sort)]
    }
    roster.firstRowNumber = position
    roster.positionKnown = true
    return []
  }
}
