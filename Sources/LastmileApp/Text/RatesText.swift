import LastmileCore

/// The words of the rates report.
public enum RatesText: LocalizedText {
  case ratesTitle(LocalDate, LocalDate)
  case ratesSummary(Int, Int)
  case ratesGroup
  case ratesAll
  case ratesReceived
  case ratesResponse
  case ratesResolution
  case ratesSatisfaction
  case ratesFollowUp
  case ratesRate(String, Int, Int)
  case ratesNoRate
  case ratesLoweredHeader(Int)
  case ratesLateReply(LocalDate, LocalDate)
  case ratesUnreplied(LocalDate)
  case ratesDissatisfied
  case ratesNone
  case ratesChartAll
  case ratesChartResolution
  case ratesNoGroup
  case reviewRatesTitle(String, String)
  case reviewBefore(String)
  case reviewByCategory(String)
  case reviewByChannel(String)
  case reviewNoRequests
  case reviewOverdueByAssignee
  case reviewNoneOverdue
  case reviewOpenByAge
  case reviewAge7
  case reviewAge30
  case reviewAge90
  case reviewAgeOlder
  case reviewHealth
  case reviewScroll(Int, Int, Int)
  case reviewDuplicates(Int)
  case reviewWithoutID(Int)
  case reviewWithoutContact(Int)

  public var translations: Translations {
    switch self {
    case .ratesTitle(let from, let through):
      Translations("诉求办理“四率” \(from) 至 \(through)", "Request rates \(from) to \(through)")
    case .ratesSummary(let received, let lowered):
      Translations(
        "受理 \(received) 件；拉低指标的 \(lowered) 件列在表后",
        "\(received) received; the \(lowered) that lowered a rate are listed after the table")
    case .ratesGroup: Translations("分组", "Group")
    case .ratesAll: Translations("合计", "All")
    case .ratesReceived: Translations("受理", "Received")
    case .ratesResponse: Translations("按时响应率", "Replied in time")
    case .ratesResolution: Translations("办结率", "Closed")
    case .ratesSatisfaction: Translations("满意率", "Satisfied")
    case .ratesFollowUp: Translations("回访率", "Followed up")
    case .ratesRate(let percent, let numerator, let denominator):
      Translations(
        "\(percent)%（\(numerator)/\(denominator)）", "\(percent)% (\(numerator)/\(denominator))")
    case .ratesNoRate: Translations("—（0/0）", "— (0/0)")
    case .ratesLoweredHeader(let count):
      Translations("拉低指标的诉求（\(count) 件）：", "Requests that lowered a rate (\(count)):")
    case .ratesLateReply(let due, let replied):
      Translations("迟复：期限 \(due)，答复 \(replied)", "late reply: due \(due), replied \(replied)")
    case .ratesUnreplied(let due): Translations("逾期未复：期限 \(due)", "not replied: due \(due)")
    case .ratesDissatisfied: Translations("不满意", "dissatisfied")
    case .ratesChartAll: Translations("四率", "The four rates")
    case .ratesChartResolution: Translations("各组办结率", "Closed, by group")
    case .ratesNone: Translations("这一时段没有受理诉求。", "No requests were received in this period.")
    case .ratesNoGroup: Translations("（未填）", "(none)")
    case .reviewRatesTitle(let period, let before):
      Translations("四率 · \(period)（上期 \(before)）", "Rates · \(period) (before: \(before))")
    case .reviewBefore(let percent): Translations("上期 \(percent)", "was \(percent)")
    case .reviewByCategory(let period): Translations("诉求类别 · \(period)", "By category · \(period)")
    case .reviewByChannel(let period): Translations("诉求渠道 · \(period)", "By channel · \(period)")
    case .reviewNoRequests: Translations("这个月没有受理诉求", "No requests this month")
    case .reviewOverdueByAssignee: Translations("逾期诉求 · 按承办人", "Overdue requests by assignee")
    case .reviewNoneOverdue: Translations("没有逾期的诉求", "No request is overdue")
    case .reviewOpenByAge: Translations("未办结诉求 · 按受理至今", "Open requests by age")
    case .reviewAge7: Translations("7 天内", "up to 7 days")
    case .reviewAge30: Translations("8–30 天", "8–30 days")
    case .reviewAge90: Translations("31–90 天", "31–90 days")
    case .reviewAgeOlder: Translations("90 天以上", "over 90 days")
    case .reviewHealth: Translations("数据自查", "The data's health")
    case .reviewScroll(let first, let last, let total):
      Translations("第 \(first)–\(last) 行/共 \(total) 行", "rows \(first)–\(last) of \(total)")
    case .reviewDuplicates(let n):
      Translations(
        "可能重复的户 \(n) 户（同村同户主、同一身份证号或同一户号）",
        "\(n) households may be duplicates (a head's name twice in a village, one ID number or one number)"
      )
    case .reviewWithoutID(let n):
      Translations("有成员缺身份证号的户 \(n) 户", "\(n) households with a member lacking an ID number")
    case .reviewWithoutContact(let n):
      Translations("没有联系干部的户 \(n) 户", "\(n) households no cadre contacts")
    }
  }
}

extension Localizer {
  func callAsFunction(_ text: RatesText) -> String { text.text(language) }
}
