import Foundation
import LastmileCore

/// A visit read whole: what it names, and the requests it raised with where they stand.
public struct VisitDetail: Sendable, Equatable {
  public let visit: Visit
  public let cadres: [CadreRef]
  public let households: [HouseholdRef]
  /// The place's path below the township (村 › 组), or empty.
  public let place: String
  public let requests: [RaisedRequest]
  /// Whether its follow-up is still open (no later visit, not marked done).
  public let followUpOpen: Bool

  /// A request a visit raised.
  public struct RaisedRequest: Sendable, Equatable {
    public let id: UUID
    public let category: String
    public let content: String
    public let status: RequestStatus
  }
}
