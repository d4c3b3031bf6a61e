import Foundation
import LastmileCore
import LastmileStore

/// The contact card open over the roster.
public struct CardState: Sendable, Equatable {
  public var card: HouseholdCard
  /// The selected member.
  public var selected = 0
  /// Whether ID numbers and phones show in full.
  public var revealed = false

  public init(card: HouseholdCard) {
    self.card = card
  }

  /// The selected member, if any.
  public var selectedMember: LastmileCore.Member? {
    card.members.indices.contains(selected) ? card.members[selected] : nil
  }
}
