/// The kind of a visit diary entry.
public enum VisitKind: String, CodedValue {
  case homeVisit = "home_visit"
  case stationed
  case survey
  case forum
  case condolence
  case phone

  public var chinese: String {
    switch self {
    case .homeVisit: "入户走访"
    case .stationed: "蹲点"
    case .survey: "调研"
    case .forum: "座谈"
    case .condolence: "慰问"
    case .phone: "电话"
    }
  }

  public var english: String {
    switch self {
    case .homeVisit: "home visit"
    case .stationed: "stationed day"
    case .survey: "survey"
    case .forum: "forum"
    case .condolence: "condolence visit"
    case .phone: "phone call"
    }
  }

  public static var aliases: [String: VisitKind] {
    [
      "走访": .homeVisit, "入户": .homeVisit, "家访": .homeVisit, "蹲点调研": .stationed, "座谈会": .forum,
      "电话回访": .phone,
    ]
  }
}
