import Foundation
import LastmileCore

/// A person of the roster found by what was typed at the reception desk.
public struct PersonMatch: Sendable, Equatable {
  public let memberId: UUID
  public let householdId: UUID
  public let name: String
  public let householdNo: String
  /// The village and group.
  public let place: String
  public let address: String
  public let phone: String
  /// The village the household is in, for the request.
  public let villageId: UUID?
}
