import Foundation

/// A cadre's role: the id of a role of the rules file (`township_leader`), which sets the role's
/// names and quotas. A locality's rules can rename roles and add their own.
public struct CadreRole: RawRepresentable, Sendable, Hashable, Comparable {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  public static func < (lhs: CadreRole, rhs: CadreRole) -> Bool { lhs.rawValue < rhs.rawValue }

  /// 县级领导
  public static let countyLeader = CadreRole(rawValue: "county_leader")
  /// 乡镇(街道)党政班子
  public static let townshipLeader = CadreRole(rawValue: "township_leader")
  /// 局领导
  public static let bureauLeader = CadreRole(rawValue: "bureau_leader")
  /// 科室负责人
  public static let sectionHead = CadreRole(rawValue: "section_head")
  /// 机关干部: the role a cadre named only in an import or a visit gets.
  public static let staff = CadreRole(rawValue: "staff")
  /// 村(社区)书记/主任
  public static let villageSecretary = CadreRole(rawValue: "village_secretary")
  /// 村(社区)两委成员
  public static let villageCommittee = CadreRole(rawValue: "village_committee")
  /// 党员
  public static let partyMember = CadreRole(rawValue: "party_member")
  /// 志愿者
  public static let volunteer = CadreRole(rawValue: "volunteer")

  /// The role's name under `rules` in `language`; the id when the rules no longer have it.
  public func label(_ rules: Rules, _ language: Language) -> String {
    rules.rules(of: self).label(language)
  }

  /// Other words an import accepts for a role, as the shipped roles are often written.
  public static let aliases: [String: CadreRole] = [
    "县领导": .countyLeader, "乡镇领导": .townshipLeader, "班子成员": .townshipLeader, "镇领导": .townshipLeader,
    "领导": .townshipLeader, "领导干部": .townshipLeader, "局长": .bureauLeader, "副局长": .bureauLeader,
    "科长": .sectionHead, "股长": .sectionHead, "干部": .staff, "工作人员": .staff, "村书记": .villageSecretary,
    "书记": .villageSecretary, "村主任": .villageSecretary, "社区书记": .villageSecretary,
    "两委委员": .villageCommittee, "村干部": .villageCommittee,
  ]
}

extension Rules {
  /// The rules of a role; a role the rules no longer have keeps its id as its name and no quota.
  public func rules(of role: CadreRole) -> RoleRules {
    self.role(role.rawValue)
      ?? RoleRules(id: role.rawValue, chinese: role.rawValue, english: role.rawValue)
  }

  /// The role a text names: a role's id, its Chinese or English name, or a common other word.
  public func role(named text: String) -> CadreRole? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let role = roles.first(where: {
      $0.id == trimmed || $0.chinese == trimmed || $0.english.lowercased() == trimmed.lowercased()
    }) {
      return CadreRole(rawValue: role.id)
    }
    return CadreRole.aliases[trimmed].flatMap { role($0.rawValue) == nil ? nil : $0 }
  }
}
