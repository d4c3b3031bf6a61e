import Foundation

/// A member (成员) of a household.
public struct Member: Sendable, Hashable, Identifiable {
  public var id: UUID
  public var householdId: UUID
  public var name: String
  public var relation: Relation
  public var sex: Sex?
  public var birthDate: LocalDate?
  /// The resident ID number (身份证号), 18 characters once validated, or empty.
  public var idNumber: String
  public var phone: String
  /// Health notes (chronic illness, medical cards).
  public var health: String
  /// Disability notes (kind, grade, certificate).
  public var disability: String
  /// Schooling notes (school, grade, support received).
  public var schooling: String
  /// Free tags (`留守儿童`, `党员`).
  public var tags: [String]
  public var notes: String

  /// A member of `householdId` with a name and relation; every other field optional.
  public init(
    id: UUID = .timeOrdered(), householdId: UUID, name: String, relation: Relation, sex: Sex? = nil,
    birthDate: LocalDate? = nil, idNumber: String = "", phone: String = "", health: String = "",
    disability: String = "", schooling: String = "", tags: [String] = [], notes: String = ""
  ) {
    self.id = id
    self.householdId = householdId
    self.name = name
    self.relation = relation
    self.sex = sex
    self.birthDate = birthDate
    self.idNumber = idNumber
    self.phone = phone
    self.health = health
    self.disability = disability
    self.schooling = schooling
    self.tags = tags
    self.notes = notes
  }
}
