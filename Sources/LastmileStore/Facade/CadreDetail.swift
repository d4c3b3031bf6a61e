import Foundation
import LastmileCore

/// A cadre in the registry's list: who, their role, what they contact, and how their quotas
/// stand this month.
public struct CadreSummary: Sendable, Equatable {
  public let cadre: Cadre
  public let role: RoleRules
  public let contactAreas: Int
  public let contactHouseholds: Int
  /// How much is missing over every quota of the period (nil when the role has none).
  public let short: Int?
}

/// One of a cadre's contacts (联系点, 联系户), in force or ended.
public struct CadreContact: Sendable, Equatable {
  public let id: UUID
  public let cadreName: String
  public let isHousehold: Bool
  /// The household (`01010003 张三`) or the area's path (`青山镇 › 石桥村`).
  public let label: String
  public let startsOn: LocalDate
  public let endsOn: LocalDate?
  /// Ended before the months the cadre's role asks a contact to be kept.
  public let endedEarly: Bool
}

/// A cadre whole: their record, the roles they held, their contacts with their history, and
/// their quotas over a period.
public struct CadreDetail: Sendable, Equatable {
  public let cadre: Cadre
  public let role: RoleRules
  /// The roles held before, the newest first, with their names under the rules in force.
  public let pastRoles: [(role: RoleRules, from: LocalDate?, through: LocalDate)]
  /// The contacts in force first (oldest first), then the ended ones (the newest end first).
  public let contacts: [CadreContact]
  public let period: Period
  public let compliance: [RoleCompliance]

  public static func == (lhs: CadreDetail, rhs: CadreDetail) -> Bool {
    lhs.cadre == rhs.cadre && lhs.contacts == rhs.contacts && lhs.period == rhs.period
      && lhs.compliance == rhs.compliance
      && lhs.pastRoles.map(\.through) == rhs.pastRoles.map(\.through)
  }
}
