import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The roster's search: what is typed, whether it is being typed, and how many households match.
public struct RosterSearch: Sendable, Equatable {
  public var field = TextField(maxLength: 30)
  /// Whether keys go to the search field.
  public var editing = true
  /// How many households match, once a search ran.
  public var matches: Int?
  /// Whether more households match than `matches` (a broad search is not counted to the end).
  public var moreThan = false

  public init() {}

  /// The text searched for.
  public var query: String { field.text }
}

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
