import Foundation

/// Who made a help request: a roster member or household, or a person not in the roster.
public struct Requester: Sendable, Hashable {
  /// The person's name as given.
  public var name: String
  public var phone: String
  /// Where the person lives, for people not in the roster.
  public var place: String
  /// The household, when the person is in the roster.
  public var householdId: UUID?
  /// The member, when known.
  public var memberId: UUID?

  /// A requester; link a household or member when the person is in the roster.
  public init(
    name: String, phone: String = "", place: String = "", householdId: UUID? = nil,
    memberId: UUID? = nil
  ) {
    self.name = name
    self.phone = phone
    self.place = place
    self.householdId = householdId
    self.memberId = memberId
  }

}
