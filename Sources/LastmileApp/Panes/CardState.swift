import Foundation
import LastmileCore
import LastmileStore

/// The contact card open over the roster.
public struct CardState: Sendable, Equatable {
  /// The parts of the card Up, Down and Enter work in; Left and Right move between them.
  public enum Section: Int, Sendable, CaseIterable {
    case members
    case visits
    case requests
  }

  public var card: HouseholdCard
  /// The part that has the keys.
  public var section = Section.members
  /// The selected member.
  public var selected = 0
  /// The selected visit and request, in their lists.
  public var visit = 0
  public var request = 0
  /// Whether ID numbers and phones show in full.
  public var revealed = false

  public init(card: HouseholdCard) {
    self.card = card
  }

  /// The selected member, if any.
  public var selectedMember: LastmileCore.Member? {
    card.members.indices.contains(selected) ? card.members[selected] : nil
  }

  /// The selected visit, if any.
  public var selectedVisit: VisitSummary? {
    card.visits.indices.contains(visit) ? card.visits[visit] : nil
  }

  /// The selected request, if any.
  public var selectedRequest: RequestSummary? {
    card.requests.indices.contains(request) ? card.requests[request] : nil
  }

  /// Moves the selection of the focused part to `index` (clamped to its list).
  mutating func select(_ index: Int) {
    switch section {
    case .members: selected = max(0, min(index, card.members.count - 1))
    case .visits: visit = max(0, min(index, card.visits.count - 1))
    case .requests: request = max(0, min(index, card.requests.count - 1))
    }
  }

  /// The selection of the focused part.
  var position: Int {
    switch section {
    case .members: selected
    case .visits: visit
    case .requests: request
    }
  }

  /// The length of the focused part's list.
  var count: Int {
    switch section {
    case .members: card.members.count
    case .visits: card.visits.count
    case .requests: card.requests.count
    }
  }
}
