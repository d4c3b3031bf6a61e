import LastmileCore

/// The review's words: its panels beyond the requests', its keys, its scope form, and the way
/// back from a list it opened.
public enum ReviewText: LocalizedText {
  case reviewScope(String, String)
  case reviewAllAreas
  case reviewStatusIn(String)
  case reviewBeforeCount(Int)
  case reviewVisitsByCadre(String)
  case reviewNoVisits
  case reviewMoreRows(Int)
  case reviewNotVisited
  case reviewOverDays(Int)
  case reviewVillageLine(String, Int, Int, Int, Int)
  case reviewNoVillage
  case reviewKeyNotVisited(String)
  case reviewQuotas(String)
  case reviewQuotasSummary(Int, Int)
  case reviewQuotaShort(String, String, Int)
  case reviewNoQuotas
  case reviewCounting
  case reviewStep
  case reviewNotBegun(String)
  case fieldReviewArea
  case reviewFlow(String, String)
  case reviewFlowReceived
  case reviewFlowClosed
  case reviewFlowScale(Int)
  case reviewKeys(String, String, String)
  case reviewNothingToOpen
  case reviewScopeTitle
  case fieldPeriod
  case reviewBadPeriod(String)
  case drillBack(String)
  case reviewExportTitle
  case fieldPanel
  case columnCount
  case columnBefore

  public var translations: Translations {
    switch self {
    case .reviewScope(let period, let area):
      Translations("统计 · \(period) · \(area)", "Review · \(period) · \(area)")
    case .reviewAllAreas: Translations("全部地区", "all areas")
    case .reviewStatusIn(let period): Translations("诉求状态 · \(period)", "By status · \(period)")
    case .reviewBeforeCount(let n): Translations("上期 \(n)", "was \(n)")
    case .reviewVisitsByCadre(let period):
      Translations("走访次数 · 按干部 · \(period)", "Visits per cadre · \(period)")
    case .reviewNoVisits: Translations("这一时段没有走访记录", "No visits in this period")
    case .reviewMoreRows(let n): Translations("另有 \(n) 行，导出可得全部", "\(n) more rows; export for all")
    case .reviewNotVisited:
      Translations("未走访的户 · 按村（截至今天）", "Households not visited, by village (as of today)")
    case .reviewOverDays(let days): Translations("超过 \(days) 天", "over \(days) days")
    case .reviewVillageLine(let name, let households, let d30, let d60, let d90):
      Translations(
        "\(name)（\(households) 户）：30 天 \(d30) · 60 天 \(d60) · 90 天 \(d90)",
        "\(name) (\(households)): 30 days \(d30) · 60 days \(d60) · 90 days \(d90)")
    case .reviewNoVillage: Translations("（未分村）", "(no village)")
    case .reviewKeyNotVisited(let period):
      Translations("重点户本期未走访 · \(period)", "Key households not visited · \(period)")

    case .reviewQuotas(let period):
      Translations(
        "任务完成 · 按干部（差得多的在前）· \(period)", "Quotas per cadre, the shortest first · \(period)")
    case .reviewQuotasSummary(let met, let short):
      Translations("达标 \(met) 人，未达标 \(short) 人", "\(met) met, \(short) short")
    case .reviewQuotaShort(let name, let role, _):
      Translations("\(name)（\(role)）", "\(name) (\(role))")
    case .reviewCounting: Translations("正在统计…", "counting…")
    case .reviewStep: Translations("换时段", "period")
    case .reviewNotBegun(let period):
      Translations("时段 \(period) 还没有开始", "The period \(period) has not begun")
    case .fieldReviewArea: Translations("地区", "Area")
    case .reviewNoQuotas: Translations("没有要考核的干部", "No cadre has quotas")
    case .reviewFlow(let first, let last):
      Translations("逐月受理与办结 · \(first)–\(last)", "Received and closed by month · \(first)–\(last)")
    case .reviewFlowReceived: Translations("受理", "received")
    case .reviewFlowClosed: Translations("办结", "closed")
    case .reviewFlowScale(let most): Translations("最高 \(most)", "most \(most)")
    case .reviewKeys(let open, let scope, let export):
      Translations(
        "\(open) 名单 · \(scope) 时段/地区 · \(export) 导出",
        "\(open) list · \(scope) period/area · \(export) export")
    case .reviewNothingToOpen: Translations("这一行没有可打开的名单", "This row opens no list")
    case .reviewScopeTitle: Translations("统计的时段和地区", "The review's period and area")
    case .fieldPeriod: Translations("时段", "Period")
    case .reviewBadPeriod(let text):
      Translations(
        "时段“\(text)”看不懂：写作 2026-11、2026-Q4、2026 或 2026-YTD",
        "Period \"\(text)\" is not one: write 2026-11, 2026-Q4, 2026 or 2026-YTD")

    case .drillBack(let key): Translations("〈\(key) 返回统计〉", "<\(key) back to the review>")
    case .reviewExportTitle: Translations("导出统计的一个表", "Export a table of the review")
    case .fieldPanel: Translations("表", "Table")

    case .columnCount: Translations("数量", "Count")
    case .columnBefore: Translations("上期", "Before")
    }
  }
}

extension Localizer {
  func callAsFunction(_ text: ReviewText) -> String { text.text(language) }
}
