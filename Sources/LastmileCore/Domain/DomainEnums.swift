/// The level of an area: township, village or community, group or grid.
public enum AreaLevel: String, CodedValue {
  /// A county (县), above the townships: a contact point for county leaders.
  case county
  /// A county department (县直部门) or another office above the village.
  case department
  case township
  case village
  case group

  public var chinese: String {
    switch self {
    case .county: "县(区)"
    case .department: "县直部门"
    case .township: "乡镇"
    case .village: "村/社区"
    case .group: "村民小组/网格"
    }
  }

  public var english: String {
    switch self {
    case .county: "county"
    case .department: "department"
    case .township: "township"
    case .village: "village or community"
    case .group: "group or grid"
    }
  }
}

/// A sex as the resident ID records it.
public enum Sex: String, CodedValue {
  case male
  case female

  public var chinese: String { self == .male ? "男" : "女" }
  public var english: String { self == .male ? "male" : "female" }
  public var shortEnglish: String { self == .male ? "M" : "F" }
  public static var aliases: [String: Sex] {
    ["m": .male, "f": .female, "男性": .male, "女性": .female]
  }
}

/// A request's urgency.
public enum Urgency: String, CodedValue {
  case normal
  case urgent
  case critical

  public var chinese: String {
    switch self {
    case .normal: "一般"
    case .urgent: "紧急"
    case .critical: "特急"
    }
  }

  public var english: String { rawValue }
}
