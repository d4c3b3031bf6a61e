import Foundation

/// A household (户) of the roster.
public struct Household: Sendable, Hashable, Identifiable {
  public var id: UUID
  /// The household number (户号), unique among live households.
  public var householdNo: String
  /// The head of the household (户主).
  public var headName: String
  /// The village group or grid (or the village) the household belongs to.
  public var areaId: UUID?
  public var address: String
  public var phone: String
  /// Categories such as 脱贫户 and 低保户, in the order given, without repeats.
  public var categories: [HouseholdCategory]
  /// The cause of poverty (致贫原因), for households that were or are poor.
  public var povertyCause: PovertyCause?
  /// When the contact card (民情联系卡) was issued, if it was.
  public var cardIssuedOn: LocalDate?
  /// Help measures (帮扶措施) in force.
  public var helpMeasures: String
  public var notes: String

  /// A household with its number and head; every other field optional.
  public init(
    id: UUID = .timeOrdered(), householdNo: String, headName: String, areaId: UUID? = nil,
    address: String = "", phone: String = "", categories: [HouseholdCategory] = [],
    povertyCause: PovertyCause? = nil, cardIssuedOn: LocalDate? = nil, helpMeasures: String = "",
    notes: String = ""
  ) {
    self.id = id
    self.householdNo = householdNo
    self.headName = headName
    self.areaId = areaId
    self.address = address
    self.phone = phone
    self.categories = categories
    self.povertyCause = povertyCause
    self.cardIssuedOn = cardIssuedOn
    self.helpMeasures = helpMeasures
    self.notes = notes
  }
}
