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
  /// What tells two people of one name apart: their place in the household, their age and the
  /// last four characters of their ID number (empty without one).
  public let relation: Relation
  public let birthDate: LocalDate?
  public let idTail: String

  public init(
    memberId: UUID, householdId: UUID, name: String, householdNo: String, place: String,
    address: String, phone: String, villageId: UUID?, relation: Relation = .other,
    birthDate: LocalDate? = nil, idTail: String = ""
  ) {
    self.memberId = memberId
    self.householdId = householdId
    self.name = name
    self.householdNo = householdNo
    self.place = place
    self.address = address
    self.phone = phone
    self.villageId = villageId
    self.relation = relation
    self.birthDate = birthDate
    self.idTail = idTail
  }
}

/// The people found for what was typed at the desk: the closest first, up to a limit, and how
/// many matched in all.
public struct PeopleFound: Sendable, Equatable {
  public var people: [PersonMatch]
  /// How many matched, those listed included.
  public var total: Int
  /// Whether the search stopped before the end (so more than `total` may match).
  public var capped: Bool

  public init(people: [PersonMatch], total: Int, capped: Bool = false) {
    self.people = people
    self.total = total
    self.capped = capped
  }

  public static let none = PeopleFound(people: [], total: 0)

  /// How many matched beyond those listed.
  public var more: Int { total - people.count }
}
