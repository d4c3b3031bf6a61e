/// A category a household belongs to (several are allowed).
public enum HouseholdCategory: String, CodedValue {
  case povertyAlleviated = "poverty_alleviated"
  case monitored
  case minimumAllowance = "minimum_allowance"
  case extremePoverty = "extreme_poverty"
  case emptyNestElderly = "empty_nest_elderly"
  case leftBehindChildren = "left_behind_children"
  case disability
  case keyHousehold = "key_household"

  public var chinese: String {
    switch self {
    case .povertyAlleviated: "脱贫户"
    case .monitored: "监测户"
    case .minimumAllowance: "低保户"
    case .extremePoverty: "特困供养"
    case .emptyNestElderly: "空巢老人"
    case .leftBehindChildren: "留守儿童"
    case .disability: "残疾"
    case .keyHousehold: "重点户"
    }
  }

  public var english: String {
    switch self {
    case .povertyAlleviated: "poverty-alleviated"
    case .monitored: "monitored"
    case .minimumAllowance: "minimum allowance"
    case .extremePoverty: "extreme-poverty support"
    case .emptyNestElderly: "empty-nest elderly"
    case .leftBehindChildren: "left-behind children"
    case .disability: "disability"
    case .keyHousehold: "key household"
    }
  }

  /// A two-character tag for narrow table cells (`脱贫`, `低保`).
  public func shortTag(_ language: Language) -> String {
    switch (self, language) {
    case (.povertyAlleviated, .zh): "脱贫"
    case (.monitored, .zh): "监测"
    case (.minimumAllowance, .zh): "低保"
    case (.extremePoverty, .zh): "特困"
    case (.emptyNestElderly, .zh): "空巢"
    case (.leftBehindChildren, .zh): "留守"
    case (.disability, .zh): "残疾"
    case (.keyHousehold, .zh): "重点"
    case (.povertyAlleviated, .en): "lifted"
    case (.monitored, .en): "watch"
    case (.minimumAllowance, .en): "dibao"
    case (.extremePoverty, .en): "needy"
    case (.emptyNestElderly, .en): "elder"
    case (.leftBehindChildren, .en): "kids"
    case (.disability, .en): "disab"
    case (.keyHousehold, .en): "key"
    }
  }

  public static var aliases: [String: HouseholdCategory] {
    [
      "脱贫": .povertyAlleviated, "监测": .monitored, "低保": .minimumAllowance, "特困": .extremePoverty,
      "特困户": .extremePoverty, "空巢": .emptyNestElderly, "留守": .leftBehindChildren,
      "残疾户": .disability, "重点": .keyHousehold,
    ]
  }
}

/// The main cause of a household's poverty (致贫原因).
public enum PovertyCause: String, CodedValue {
  case illness
  case disability
  case education
  case lackOfLabor = "lack_of_labor"
  case lackOfSkills = "lack_of_skills"
  case lackOfFunds = "lack_of_funds"
  case lackOfLand = "lack_of_land"
  case other

  public var chinese: String {
    switch self {
    case .illness: "因病"
    case .disability: "因残"
    case .education: "因学"
    case .lackOfLabor: "缺劳力"
    case .lackOfSkills: "缺技术"
    case .lackOfFunds: "缺资金"
    case .lackOfLand: "缺土地"
    case .other: "其他"
    }
  }

  public var english: String {
    switch self {
    case .illness: "illness"
    case .disability: "disability"
    case .education: "schooling costs"
    case .lackOfLabor: "lack of labour"
    case .lackOfSkills: "lack of skills"
    case .lackOfFunds: "lack of funds"
    case .lackOfLand: "lack of land"
    case .other: "other"
    }
  }
}
