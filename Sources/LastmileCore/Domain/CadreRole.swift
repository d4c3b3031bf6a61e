/// A cadre's role, which sets their contact duties.
public enum CadreRole: String, CodedValue {
  case leader
  case sectionHead = "section_head"
  case staff
  case communitySecretary = "community_secretary"
  case partyMember = "party_member"

  public var chinese: String {
    switch self {
    case .leader: "班子成员"
    case .sectionHead: "科室负责人"
    case .staff: "机关干部"
    case .communitySecretary: "社区书记"
    case .partyMember: "党员"
    }
  }

  public var english: String {
    switch self {
    case .leader: "leader"
    case .sectionHead: "section head"
    case .staff: "staff"
    case .communitySecretary: "community secretary"
    case .partyMember: "party member"
    }
  }

  public static var aliases: [String: CadreRole] {
    [
      "领导": .leader, "领导干部": .leader, "科长": .sectionHead, "干部": .staff, "村书记": .communitySecretary,
      "书记": .communitySecretary,
    ]
  }
}

extension CadreRole {
  /// The role of the rules file this role is (until the registry holds the rules' roles).
  public var rulesID: String {
    switch self {
    case .leader: "township_leader"
    case .sectionHead: "section_head"
    case .staff: "staff"
    case .communitySecretary: "village_secretary"
    case .partyMember: "party_member"
    }
  }
}
