/// The kind of a visit diary entry: the ways of going to the people, then the written kinds a
/// work summary counts.
public enum VisitKind: String, CodedValue {
  case homeVisit = "home_visit"
  case phone
  case forum
  case condolence
  case stationed
  case survey
  case reception
  case randomSurvey = "random_survey"
  case diary
  case situationReport = "situation_report"
  case suggestion
  case surveyReport = "survey_report"

  public var chinese: String {
    switch self {
    case .homeVisit: "入户走访"
    case .phone: "电话联系"
    case .forum: "座谈"
    case .condolence: "慰问"
    case .stationed: "蹲点"
    case .survey: "调研"
    case .reception: "接访/下访"
    case .randomSurvey: "随机调研"
    case .diary: "民情日记"
    case .situationReport: "民情报告"
    case .suggestion: "工作建议"
    case .surveyReport: "调研报告"
    }
  }

  public var english: String {
    switch self {
    case .homeVisit: "home visit"
    case .phone: "phone call"
    case .forum: "forum"
    case .condolence: "condolence visit"
    case .stationed: "stationed day"
    case .survey: "survey"
    case .reception: "receiving visitors"
    case .randomSurvey: "random survey"
    case .diary: "diary entry"
    case .situationReport: "situation report"
    case .suggestion: "suggestion"
    case .surveyReport: "survey report"
    }
  }

  public var shortEnglish: String {
    switch self {
    case .homeVisit: "home"
    case .phone: "phone"
    case .condolence: "condolence"
    case .stationed: "stationed"
    case .reception: "reception"
    case .randomSurvey: "random"
    case .situationReport: "report"
    case .surveyReport: "survey rpt"
    default: english
    }
  }

  public static var aliases: [String: VisitKind] {
    [
      "走访": .homeVisit, "入户": .homeVisit, "家访": .homeVisit, "蹲点调研": .stationed, "座谈会": .forum,
      "电话": .phone, "电话回访": .phone, "接访": .reception, "下访": .reception, "日记": .diary,
      "建议": .suggestion,
    ]
  }

  /// Whether the entry is written work (a diary entry, a report, a suggestion) rather than a
  /// going out: it needs no household or place.
  public var isWritten: Bool {
    switch self {
    case .diary, .situationReport, .suggestion, .surveyReport: true
    default: false
    }
  }

  /// Whether the entry is a going to households (a home visit, a call, a condolence visit): it
  /// names at least one.
  public var needsHousehold: Bool {
    switch self {
    case .homeVisit, .phone, .condolence: true
    default: false
    }
  }

  /// Whether the entry is about a place as a whole (a stationed day, a survey, a forum): it
  /// needs a place when it names no household.
  public var needsPlace: Bool {
    switch self {
    case .stationed, .survey, .forum, .randomSurvey: true
    default: false
    }
  }
}
