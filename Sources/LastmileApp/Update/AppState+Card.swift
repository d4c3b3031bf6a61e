import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key while the contact card is open.
  mutating func cardKey(_ key: Key, _ state: CardState) -> [AppEffect] {
    guard let action = action(for: key) else { return [] }
    let household = state.card.household
    let last = max(0, state.card.members.count - 1)
    switch action {
    case .back:
      navigation.pop()
      return [loadPage(.roster, .reload, withCount: false)].compactMap { $0 }
    case .tableDown:
      updateCard { $0.selected = min(state.selected + 1, last) }
    case .tableUp:
      updateCard { $0.selected = max(0, state.selected - 1) }
    case .tableTop:
      updateCard { $0.selected = 0 }
    case .tableBottom:
      updateCard { $0.selected = last }
    case .open:
      guard let member = state.selectedMember else { return [] }
      return [.loadFormData(.member(household: household.id, member: member.id), draft: nil)]
    case .add:
      return [.loadFormData(.member(household: household.id, member: nil), draft: nil)]
    case .edit:
      return [.loadFormData(.household(household.id), draft: nil)]
    case .delete:
      guard let member = state.selectedMember else { return [] }
      navigation.push(.dialog(.deleteMember(member.id, name: member.name)))
    case .reveal:
      if state.revealed {
        updateCard { $0.revealed = false }
        return []
      }
      return [.reveal(household.id)]
    case .merge:
      return [.loadFormData(.merge(source: household.id), draft: nil)]
    case .undo:
      return undoLast()
    default:
      return isShellAction(action) ? perform(action) : []
    }
    return []
  }

  /// Takes in a card read again, keeping the selection and the reveal on the same household.
  mutating func cardLoaded(_ card: HouseholdCard?) -> [AppEffect] {
    guard let card else {
      navigation.removeAll {
        if case .card = $0 { true } else { false }
      }
      return []
    }
    let same = self.card?.card.household.id == card.household.id
    var state = CardState(card: card)
    state.selected = min(same ? self.card?.selected ?? 0 : 0, max(0, card.members.count - 1))
    state.revealed = same ? self.card?.revealed ?? false : false
    let replaced = navigation.updateTopmost { layer in
      guard case .card = layer else { return false }
      layer = .card(state)
      return true
    }
    if !replaced {
      if navigation.tab != .roster { navigation.tab = .roster }
      navigation.push(.card(state))
    }
    return []
  }
}
