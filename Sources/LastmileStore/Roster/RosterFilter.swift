import Foundation
import LastmileCore

/// The filters of the roster; they combine (all must hold).
public struct RosterFilter: Sendable, Hashable {
  /// A township, village or group: households in it and below it.
  public var area: UUID?
  public var category: HouseholdCategory?
  /// Households this cadre contacts now.
  public var cadre: UUID?
  /// Households not visited in this many days (never visited included).
  public var notVisitedForDays: Int?
  public var hasOpenRequests = false
  /// Households that share a head's name with another in the same village, a member's ID
  /// number with another household, or their number with another (given apart on two laptops).
  public var possibleDuplicates = false
  /// Households with no visit on any of these days.
  public var notVisitedIn: ClosedRange<LocalDate>?
  /// Households no cadre contacts now.
  public var withoutContact = false
  /// Households with a member whose ID number is missing.
  public var memberWithoutID = false

  public init(
    area: UUID? = nil, category: HouseholdCategory? = nil, cadre: UUID? = nil,
    notVisitedForDays: Int? = nil,
    hasOpenRequests: Bool = false, possibleDuplicates: Bool = false,
    withoutContact: Bool = false, memberWithoutID: Bool = false
  ) {
    self.area = area
    self.category = category
    self.cadre = cadre
    self.notVisitedForDays = notVisitedForDays
    self.hasOpenRequests = hasOpenRequests
    self.possibleDuplicates = possibleDuplicates
    self.withoutContact = withoutContact
    self.memberWithoutID = memberWithoutID
  }

  /// Whether no filter is set.
  public var isEmpty: Bool { self == RosterFilter() }
}

/// The columns the roster sorts by, in the order of its listing's sort keys.
public enum RosterColumn: Int, CaseIterable, Sendable {
  /// Area (township, village, group), then household number: the default order.
  case area
  case householdNo
  /// The head's name, in pinyin order.
  case head
  case members
  case categories
  case cadre
  case lastVisit
  case openRequests
}
