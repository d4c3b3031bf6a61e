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
        "已记下走访 \(label)，生成诉求 \(count) 件", "Visit saved: \(label); \(count) requests raised")
    case .followUpMarked(let label): Translations("跟进已完成：\(label)", "Follow-up done: \(label)")
    case .noFollowUp: Translations("这条走访没有待跟进的事项", "This visit has no follow-up open")
    case .visitGone: Translations("这条走访记录已不存在", "This visit is gone")
    case .readerCadres(let names): Translations("干部：\(names)", "Cadres: \(names)")
    case .readerPlace(let place): Translations("地点：\(place)", "Place: \(place)")
    case .readerHours(let hours): Translations("时长：\(hours) 小时", "Hours: \(hours)")
    case .readerOvernight: Translations("入住：是", "Stayed overnight: yes")
    case .readerFollowUp(let date): Translations("跟进日期：\(date)", "Follow up on: \(date)")
    case .readerFollowUpDone(let date):
      Translations("（\(date) 已完成）", "(done on \(date))")
    case .readerFollowUpOpen: Translations("（待跟进）", "(open)")
    case .readerOpenLinks(let keys):
      Translations("按 \(keys) 打开下列户或诉求：", "Press \(keys) to open a household or request below:")
    case .linkHousehold(let label): Translations("户 \(label)", "household \(label)")
    case .linkRequest(let category, let content, let status):
      Translations(
        "诉求 [\(category)] \(content)（\(status)）", "request [\(category)] \(content) (\(status))")
    case .lastVisit(let date, let days):
      Translations("上次走访 \(date)，距今 \(days) 天", "last visit \(date), \(days) days ago")
    case .notAmongCadres(let name):
      Translations(
        "“\(name)”不在干部名单中，保存时会问是否登记",
        "“\(name)” is not among the cadres; saving asks to register them")
    case .statusFollowUps(let count): Translations("待跟进 \(count)", "\(count) follow-ups")
    case .cardWriteVisit: Translations("写走访", "write a visit")
    case .notVisitedYet: Translations("尚无走访记录", "not visited yet")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: DiaryText) -> String { text.text(language) }
}
