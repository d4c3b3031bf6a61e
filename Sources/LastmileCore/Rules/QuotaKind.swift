/// What a role's quota counts, as the rules file names it.
public enum QuotaKind: String, CaseIterable, Sendable {
  /// Contact points (villages, communities, or a unit above them) held at once.
  case contactAreas = "contact_areas"
  /// Contact households held at once (key, poor or service households).
  case contactHouseholds = "contact_households"
  /// Visits to each contact in a month.
  case visitsPerContactPerMonth = "visits_per_contact_per_month"
  /// Visits to each contact in a year.
  case visitsPerContactPerYear = "visits_per_contact_per_year"
  /// Days at the grassroots in a year.
  case grassrootsDaysPerYear = "grassroots_days_per_year"
  /// Stationed days (蹲点) in a month.
  case stationedDaysPerMonth = "stationed_days_per_month"
  /// The longest run of consecutive stationed days in a month, at least.
  case consecutiveStationedDaysPerMonth = "consecutive_stationed_days_per_month"
  /// Stationed survey days in a year.
  case stationedSurveyDaysPerYear = "stationed_survey_days_per_year"
  /// Survey reports (调研报告) in a year.
  case surveyReportsPerYear = "survey_reports_per_year"
  /// How long a contact is kept, at least, in months.
  case minimumContactMonths = "minimum_contact_months"

  public var chinese: String {
    switch self {
    case .contactAreas: "联系点"
    case .contactHouseholds: "联系户"
    case .visitsPerContactPerMonth: "每个联系对象每月走访"
    case .visitsPerContactPerYear: "每个联系点每年去"
    case .grassrootsDaysPerYear: "每年下基层天数"
    case .stationedDaysPerMonth: "每月蹲点天数"
    case .consecutiveStationedDaysPerMonth: "每月连续蹲点天数"
    case .stationedSurveyDaysPerYear: "每年蹲点调研天数"
    case .surveyReportsPerYear: "每年调研报告"
    case .minimumContactMonths: "联系点至少保持（月）"
    }
  }

  public var english: String {
    switch self {
    case .contactAreas: "contact points"
    case .contactHouseholds: "contact households"
    case .visitsPerContactPerMonth: "visits to each contact a month"
    case .visitsPerContactPerYear: "visits to each contact point a year"
    case .grassrootsDaysPerYear: "days at the grassroots a year"
    case .stationedDaysPerMonth: "stationed days a month"
    case .consecutiveStationedDaysPerMonth: "consecutive stationed days a month"
    case .stationedSurveyDaysPerYear: "stationed survey days a year"
    case .surveyReportsPerYear: "survey reports a year"
    case .minimumContactMonths: "months a contact is kept, at least"
    }
  }
}

extension QuotaKind {
  /// Whether the quota is a year's: judged over the year up to the period's end, owing the
  /// whole share of the months gone (a report a year is owed once the year is over).
  public var isYearly: Bool {
    switch self {
    case .visitsPerContactPerYear, .grassrootsDaysPerYear, .stationedSurveyDaysPerYear,
      .surveyReportsPerYear:
      true
    default: false
    }
  }

  /// What a result of the quota counts, as a line of a report says it: for most the quota's
  /// own name; for the runs and the kept contacts, what the required and done figures count.
  public func resultLabel(_ quota: Int, _ language: Language) -> String {
    switch self {
    case .consecutiveStationedDaysPerMonth:
      language == .zh ? "连续蹲点满 \(quota) 天的月份" : "months with \(quota) stationed days in a row"
    case .minimumContactMonths:
      language == .zh ? "结束时满 \(quota) 个月的联系点" : "contacts ended after \(quota) months or more"
    default:
      language == .zh ? chinese : english
    }
  }
}
