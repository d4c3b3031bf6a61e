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
