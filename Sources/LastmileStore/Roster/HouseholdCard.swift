import Foundation
import LastmileCore

/// Everything the contact card (民情联系卡) shows of one household.
public struct HouseholdCard: Sendable, Equatable {
  public let household: Household
  /// The household's place: township, village, group names (empty where not set).
  public let township: String
  public let village: String
  public let group: String
  /// The contact cadres in force, with the date each started.
  public let contacts: [(name: String, role: RoleRules, since: LocalDate)]
  /// The contacts ended, the newest end first, each flagged when it ended before its cadre's
  /// role asks.
  public let pastContacts: [CadreContact]
  public let members: [Member]
  /// The visits, the newest first.
  public let visits: [VisitSummary]
  /// The requests, open ones first, then the newest.
  public let requests: [RequestSummary]

  public static func == (lhs: HouseholdCard, rhs: HouseholdCard) -> Bool {
    lhs.household == rhs.household && lhs.members == rhs.members && lhs.visits == rhs.visits
      && lhs.requests == rhs.requests && lhs.contacts.map(\.name) == rhs.contacts.map(\.name)
      && lhs.pastContacts == rhs.pastContacts
  }
}
