import LastmileCore

/// The words of the work summary (工作总结).
public enum SummaryText: LocalizedText {
  case summaryTitle(LocalDate, LocalDate)
  case summaryPreamble(Int)
  case summaryCadre
  case summaryRole
  case summaryGrassroots
  case summaryStationed
  case summaryNights
  case summaryGroups
  case summaryHouseholds
  case summaryCards
  case summaryDiaries
  case summarySituationReports
  case summarySurveyReports
  case summarySuggestions
  case summaryProblems
  case summaryGroupTimes(Int, Int)
  case summarySolvedOf(Int, Int)
  case summaryParagraphsHeader
  case summaryParagraph(String, String, LocalDate, LocalDate, [Int])
  case summaryNone
  case summaryChartDays(Int)
  case summaryChartHouseholds(Int)
  case reportLetterhead(String, String, String, String)
  case reportNoOffice

  public var translations: Translations {
    switch self {
    case .summaryTitle(let from, let through):
      Translations("干部工作总结 \(from) 至 \(through)", "Cadres' work summary \(from) to \(through)")
    case .summaryPreamble(let count): Translations("\(count) 名干部", "\(count) cadres")
    case .summaryCadre: Translations("干部", "Cadre")
    case .summaryRole: Translations("角色", "Role")
    case .summaryGrassroots: Translations("下基层天数", "Days out")
    case .summaryStationed: Translations("蹲点天数", "Stationed")
    case .summaryNights: Translations("住村", "Nights")
    case .summaryGroups: Translations("走访小组（次）", "Groups (visits)")
    case .summaryHouseholds: Translations("走访户", "Households")
    case .summaryCards: Translations("联系卡", "Cards")
    case .summaryDiaries: Translations("民情日记", "Diaries")
    case .summarySituationReports: Translations("社情民意", "Situation")
    case .summarySurveyReports: Translations("调研报告", "Surveys")
    case .summarySuggestions: Translations("意见建议", "Suggestions")
    case .summaryProblems: Translations("问题（已解决）", "Problems (solved)")
    case .summaryGroupTimes(let groups, let times):
      Translations("\(groups)（\(times)）", "\(groups) (\(times))")
    case .summarySolvedOf(let raised, let solved):
      Translations("\(raised)（\(solved)）", "\(raised) (\(solved))")
    case .summaryParagraphsHeader: Translations("总结：", "In words:")
    case .summaryParagraph(let name, let role, let from, let through, let n):
      Translations(
        "\(name)（\(role)）\(from)至\(through)：深入基层 \(n[0]) 天，其中蹲点 \(n[1]) 天，住村 \(n[2]) 晚；走访村民小组 \(n[3]) 个共 \(n[4]) 次，入户走访 \(n[5]) 户；发放民情联系卡 \(n[6]) 张；撰写民情日记 \(n[7]) 篇、社情民意 \(n[8]) 篇、调研报告 \(n[9]) 篇，提出意见建议 \(n[10]) 条；收集群众反映问题 \(n[11]) 个，已解决 \(n[12]) 个。",
        "\(name) (\(role)), \(from) to \(through): \(n[0]) days at the grassroots, \(n[1]) of them stationed, \(n[2]) nights in the village; \(n[3]) village groups visited \(n[4]) times, \(n[5]) households visited; \(n[6]) contact cards issued; \(n[7]) diary entries, \(n[8]) situation reports, \(n[9]) survey reports, \(n[10]) suggestions; \(n[11]) problems raised, \(n[12]) solved."
      )
    case .summaryNone: Translations("没有干部。", "No cadres.")
    case .summaryChartDays(let n):
      Translations("下基层天数（最多的 \(n) 人）", "Days at the grassroots (the \(n) with most)")
    case .summaryChartHouseholds(let n):
      Translations("走访户数（最多的 \(n) 人）", "Households visited (the \(n) with most)")
    case .reportNoOffice: Translations("（单位名称未设置：F9 设置）", "(no office name: set it with F9)")
    case .reportLetterhead(let office, let period, let database, let made):
      Translations(
        "\(office) · \(period) · 数据库 \(database) · \(made) 生成",
        "\(office) · \(period) · database \(database) · made \(made)")
    }
  }
}

extension Localizer {
  func callAsFunction(_ text: SummaryText) -> String { text.text(language) }
}
