import LastmileCore

/// The diary's words: the visit form's questions, the reader of a visit, its messages.
public enum DiaryText: LocalizedText {
  case newCadresTitle
  case newCadresConfirm(String)
  case answerRegisterAndSave
  case deleteVisitConfirm(String, String)
  case visitSaved(String)
  case visitSavedRaised(String, Int)
  case followUpMarked(String)
  case noFollowUp
  case visitGone
  case readerCadres(String)
  case readerPlace(String)
  case readerHours(String)
  case readerOvernight
  case readerFollowUp(LocalDate)
  case readerFollowUpDone(LocalDate)
  case readerFollowUpOpen
  case readerOpenLinks(String)
  case linkHousehold(String)
  case linkRequest(String, String, String)
  case lastVisit(LocalDate, Int)
  case notVisitedYet
  case cardWriteVisit
  case statusFollowUps(Int)
  case noCadreForCalendar
  case calendarCadreTitle
  case calendarTitle(String, Int, Int)
  case weekdays
  case markStationed
  case markReception
  case markVisited(Int)
  case markEntries(Int)
  case totalsTitle
  case totalGrassroots(Int)
  case totalStationed(Int, Int)
  case totalHouseholds(Int)
  case totalEntries(Int)
  case totalWritten(String, Int)
  case calendarLegend
  case calendarDayEntries
  case reportQuotasTitle(String)
  case reportQuotasSummary(Int, Int)
  case reportQuotasNone
  case reportQuota
  case reportRequired
  case reportDone
  case reportShort
  case reportMet
  case notAmongCadres(String)

  public var translations: Translations {
    switch self {
    case .newCadresTitle: Translations("新干部", "New cadres")
    case .newCadresConfirm(let names):
      Translations(
        "\(names) 不在干部名单中。登记为机关干部后保存这条走访？（角色可以日后修改）",
        "\(names) is not among the cadres. Register as staff and save the visit? (The role can be changed later.)"
      )
    case .answerRegisterAndSave: Translations("登记并保存", "register and save")
    case .deleteVisitConfirm(let label, let undo):
      Translations(
        "删除走访记录 \(label)？它提出的诉求保留。可以用 \(undo) 撤销。",
        "Delete the visit \(label)? The requests it raised stay. \(undo) undoes it.")
    case .visitSaved(let label): Translations("已记下走访 \(label)", "Visit saved: \(label)")
    case .visitSavedRaised(let label, let count):
      Translations(
        "已记下走访 \(label)，生成诉求 \(count) 件",
        "Visit saved: \(label); \(counted(count, "request")) raised")
    case .followUpMarked(let label): Translations("跟进已完成：\(label)", "Follow-up done: \(label)")
    case .noFollowUp: Translations("这条走访没有待跟进的事项", "This visit has no follow-up open")
    case .visitGone: Translations("这条走访记录已不存在", "This visit is gone")
    case .readerCadres(let names): Translations("干部：\(names)", "Cadres: \(names)")
    case .readerPlace(let place): Translations("地点：\(place)", "Place: \(place)")
    case .readerHours(let hours): Translations("时长：\(hours) 小时", "Hours: \(hours)")
    case .readerOvernight: Translations("入住：是", "Stayed overnight: yes")
    case .readerFollowUp(let date): Translations("跟进日期：\(date)", "Follow up on: \(date)")
    case .readerFollowUpDone(let date):
      Translations("（\(date) 已完成）", " (done on \(date))")
    case .readerFollowUpOpen: Translations("（待跟进）", " (open)")
    case .readerOpenLinks(let keys):
      Translations("按 \(keys) 打开下列户或诉求：", "Press \(keys) to open a household or request below:")
    case .linkHousehold(let label): Translations("户 \(label)", "household \(label)")
    case .linkRequest(let category, let content, let status):
      Translations(
        "诉求 [\(category)] \(content)（\(status)）", "request [\(category)] \(content) (\(status))")
    case .lastVisit(let date, let days):
      Translations("上次走访 \(date)，距今 \(days) 天", "last visit \(date), \(counted(days, "day")) ago")
    case .notAmongCadres(let name):
      Translations(
        "“\(name)”不在干部名单中，保存时会问是否登记",
        "“\(name)” is not among the cadres; saving asks to register them")
    case .noCadreForCalendar:
      Translations(
        "没有可显示的干部：在日记里选一条走访，或以干部的名字操作（F2）",
        "No cadre to show: select a visit in the diary, or work under a cadre's name (F2)")
    case .calendarCadreTitle: Translations("看哪位干部的月历", "Whose month to show")
    case .calendarTitle(let name, let year, let month):
      Translations(
        "\(name) · \(year) 年 \(month) 月", "\(name) · \(year)-\(month < 10 ? "0" : "")\(month)")
    case .weekdays: Translations("一 二 三 四 五 六 日", "Mon Tue Wed Thu Fri Sat Sun")
    case .markStationed: Translations("蹲", "S")
    case .markReception: Translations("接", "R")
    case .markVisited(let count): Translations("访\(count)", "v\(count)")
    case .markEntries(let count): Translations("记\(count)", "e\(count)")
    case .totalsTitle: Translations("本月合计", "This month")
    case .totalGrassroots(let days): Translations("下基层 \(days) 天", "\(counted(days, "day")) out")
    case .totalStationed(let days, let run):
      Translations("蹲点 \(days) 天，最长连续 \(run) 天", "\(days) stationed, longest run \(run)")
    case .totalHouseholds(let count):
      Translations("走访 \(count) 户", "\(counted(count, "household")) visited")
    case .totalEntries(let count):
      Translations("日记 \(count) 条", "\(counted(count, "diary entry", "diary entries"))")
    case .totalWritten(let kind, let count): Translations("\(kind) \(count) 篇", "\(kind): \(count)")
    case .reportQuotasTitle(let period):
      Translations("干部定额完成情况 \(period)", "Cadres' quotas, \(period)")
    case .reportQuotasSummary(let cadres, let short):
      Translations(
        "\(cadres) 名干部，其中 \(short) 名未完成；未完成的在前",
        "\(counted(cadres, "cadre")), \(short) short; the short first")
    case .reportQuotasNone: Translations("没有需要完成定额的干部", "No cadre has a quota")
    case .reportQuota: Translations("定额", "Quota")
    case .reportRequired: Translations("要求", "Required")
    case .reportDone: Translations("完成", "Done")
    case .reportShort: Translations("差", "Short")
    case .reportMet: Translations("达标", "met")
    case .calendarDayEntries: Translations("当天的记录", "the day's entries")
    case .calendarLegend:
      Translations(
        "蹲=蹲点 访N=走访户数 接=接待值班 记N=日记条数；连续蹲点三天以上加下划线",
        "S stationed · vN visited · R reception · eN entries · 3+ runs underlined")
    case .statusFollowUps(let count):
      Translations("跟进到期 \(count)", counted(count, "follow-up") + " due")
    case .cardWriteVisit: Translations("写走访", "write a visit")
    case .notVisitedYet: Translations("尚无走访记录", "not visited yet")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: DiaryText) -> String { text.text(language) }
}
