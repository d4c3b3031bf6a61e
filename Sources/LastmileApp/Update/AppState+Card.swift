import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// A key while the contact card is open.
  mutating func cardKey(_ key: Key, _ state: CardState) -> [AppEffect] {
    guard let action = action(for: key) else { return [] }
    let household = state.card.household
    switch action {
    case .back:
      navigation.pop()
      return [loadPage(.roster, .reload, withCount: false)].compactMap { $0 }
    case .tableDown:
      updateCard { $0.select(state.position + 1) }
    case .tableUp:
      updateCard { $0.select(state.position - 1) }
    case .tableTop:
      updateCard { $0.select(0) }
    case .tableBottom:
      updateCard { $0.select(state.count - 1) }
    case .sectionNext, .sectionPrevious:
      let count = CardState.Section.allCases.count
      let step = action == .sectionNext ? 1 : count - 1
      updateCard {
        $0.section = CardState.Section(rawValue: (state.section.rawValue + step) % count)!
      }
    case .open:
      return openOnCard(state)
    case .add:
      return [.loadFormData(.member(household: household.id, member: nil), draft: nil)]
    case .edit:
      return [.loadFormData(.household(household.id), draft: nil)]
    case .delete:
      guard state.section == .members, let member = state.selectedMember else { return [] }
      navigation.push(
        .dialog(.deleteMember(member.id, name: member.name, isHead: member.relation == .head)))
    case .reveal:
      if state.revealed {
        updateCard { $0.revealed = false }
        return []
      }
      return [.reveal(household.id)]
    case .merge:
      return [.loadFormData(.merge(source: household.id), draft: nil)]
    case .writeVisit:
      return [.loadFormData(.visit(nil, household: household.id), draft: nil)]
    case .undo:
      return undoLast()
    default:
      return isShellAction(action) ? perform(action) : []
    }
    return []
  }

  /// Enter on the card: a member's form, a visit read whole, or a request's own view (in the
  /// queue; the card stays open in the roster).
  private mutating func openOnCard(_ state: CardState) -> [AppEffect] {
    switch state.section {
    case .members:
      guard let member = state.selectedMember else { return [] }
      return [
        .loadFormData(.member(household: state.card.household.id, member: member.id), draft: nil)
      ]
    case .visits:
      guard let visit = state.selectedVisit else { return [] }
      return [.openVisit(visit.id)]
    case .requests:
      guard let request = state.selectedRequest else { return [] }
      return switchTab(to: .queue) + [.openRequest(request.id)]
    }
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
