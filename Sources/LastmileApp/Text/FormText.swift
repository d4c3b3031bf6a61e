import LastmileCore

/// The forms' titles, fields, choices and checks.
public enum FormText: LocalizedText {
  case operatorTitle
  case visitTitleNew
  case visitTitleEdit(LocalDate, String)
  case fieldVisitHouseholds
  case visitHouseholdsHint
  case fieldVisitPlace
  case visitCadresHint
  case fieldVisitHours
  case visitFollowUpHint
  case fieldVisitText
  case fieldVisitProblem(Int)
  case visitProblemHint
  case fieldHoursRange
  case chooseHouseholdTitle(String)
  case candidateAge(Int)
  case diaryFilterTitle
  case diarySearchTitle
  case diarySearchField
  case diarySearchHint
  case queueSearchTitle
  case queueSearchHint
  case followUpOpenLabel
  case followUpOverdueLabel
  case fieldFrom
  case fieldThrough
  case dateFromLabel(LocalDate)
  case dateThroughLabel(LocalDate)
  case extensionNotAfterToday
  case extensionTooLong(Int)
  case operatorName
  case settingsTitle
  case fieldOffice
  case settingsDeadlinesFromRules(Int, Int, Int)
  case fieldTargets
  case fieldReceptionDays
  case fieldReceptionHours
  case fieldReceptionHoliday
  case fieldReceptionMakeUp
  case receptionDaysHint
  case receptionBadHours(String)
  case receptionHolidayCancels
  case receptionHolidayMoves
  case receptionMakeUpNo
  case receptionMakeUpYes
  case formHints(String, String, String)
  case formRevealHint(String)
  case exportAsShown(Int, String)
  case bookDayTitle
  case fieldSignedOn
  case fieldMeeting
  case fieldApproval
  case fieldWrittenCategories
  case fieldCategories
  case categoriesHint
  case fieldPhrases
  case phraseTitle
  case fieldPhrase
  case fieldCloseApproval
  case approveClose
  case refuseClose
  case closeAskedBy(String, String, String)
  case fieldSignedBy
  case fieldRepliedOn
  case fieldDepartmentReply
  case fieldReturnedOn
  case fieldReturnReason
  case dutyLeaderTitle(LocalDate)
  case fieldDutyLeader
  case fieldDutyLeaders
  case exportNote(String, String)
  case positiveNumber
  case dateInFuture
  case all
  case yes
  case no
  case none
  case householdTitleNew
  case householdTitleEdit(String)
  case memberTitleNew(String)
  case memberTitleEdit(String)
  case fieldArea
  case fieldHealth
  case fieldDisability
  case fieldSchooling
  case fieldTags
  case filterTitle
  case filterArea
  case filterDays
  case filterOpen
  case filterDuplicates
  case filterLabel(String)
  case filterDaysLabel(Int)
  case filterOpenLabel
  case filterDuplicatesLabel
  case importTitle
  case exportTitle
  case fieldTable
  case fieldFile
  case fieldFormat
  case fieldDryRun
  case fieldSkipInvalid
  case fieldUnmask
  case mergeTitle(String)
  case mergeTarget
  case queueFilterTitle
  case filterOverdue
  case filterReceptionDay
  case filterOverdueLabel
  case filterReceivedLabel(LocalDate, LocalDate)
  case filterStillOpenLabel
  case filterReceivedIn(String)
  case filterReceptionDayLabel(LocalDate)
  case fieldHow
  case fieldTransferTo
  case fieldUrgency
  case fieldNote
  case fieldMeetingQuestion
  case fieldReason
  case fieldReplyKind
  case fieldReply
  case fieldSatisfaction
  case fieldAssignee
  case fieldNewDue
  case fieldFollowUpMethod
  case fieldFollowUpAnswer
  case fieldMergeInto
  case handlingTitle(String, String)
  case handOverTitle(LocalDate)
  case exportBookTitle(LocalDate)
  case fieldRequester
  case fieldVillage
  case fieldContent
  case fieldDecisionDetail
  case tableHouseholds
  case tableMembers
  case tableVisits
  case tableRequests

  public var translations: Translations {
    switch self {
    case .operatorTitle: Translations("谁在操作？", "Who is at the keyboard?")
    case .operatorName: Translations("姓名", "Name")
    case .settingsTitle: Translations("设置", "Settings")
    case .fieldOffice: Translations("单位名称", "Office")
    case .settingsDeadlinesFromRules(let reply, let transfer, let soon):
      Translations(
        "期限由规则文件定：答复 \(reply) 个工作日，转办 \(transfer) 天，剩 \(soon) 个工作日为将到期（lastmile rules show）",
        "Deadlines come from the rules file: reply \(reply) working days, transfer \(transfer) days, due soon at \(soon) (lastmile rules show)"
      )
    case .fieldTargets: Translations("转办对象（每行一个）", "Transfer to (one per line)")
    case .fieldReceptionDays: Translations("接待日（星期）", "Reception days")
    case .fieldReceptionHours: Translations("接待时间", "Reception hours")
    case .fieldReceptionHoliday: Translations("遇节假日", "On a holiday")
    case .fieldReceptionMakeUp: Translations("调休上班日", "Make-up working days")
    case .receptionDaysHint:
      Translations(
        "星期几，1 是周一、7 是周日，空格隔开（3 即每周三）",
        "weekdays, 1 Monday to 7 Sunday, with spaces (3: every Wednesday)")
    case .receptionBadHours(let text):
      Translations(
        "“\(text)”不是接待时间：写成 15:00-17:40", "“\(text)” is not a time span: write 15:00-17:40")
    case .receptionHolidayCancels: Translations("取消", "cancelled")
    case .receptionHolidayMoves: Translations("顺延到下一个工作日", "moved to the next working day")
    case .receptionMakeUpNo: Translations("不接待", "no reception")
    case .receptionMakeUpYes: Translations("也接待", "a reception too")
    case .formHints(let p1, let p2, let p3):
      Translations(
        "\(p1) 保存 · \(p2) 下一栏 · \(p3) 取消", "\(p1) save · \(p2) next field · \(p3) cancel")
    case .formRevealHint(let p1): Translations("\(p1) 显示号码", "\(p1) show numbers")
    case .exportAsShown(let p1, let p2):
      Translations("当前列表（\(p1) 行，筛选：\(p2)）", "the list as shown (\(p1) rows, filter: \(p2))")
    case .bookDayTitle: Translations("打开记录簿", "Open a record book")
    case .fieldSignedOn: Translations("签收日期", "Signed for on")
    case .fieldMeeting: Translations("提交", "Refer to")
    case .fieldApproval: Translations("审核", "Approval")
    case .fieldWrittenCategories: Translations("书面答复的类别", "Answered in writing")
    case .fieldCategories: Translations("诉求类别（每行一个）", "Categories (one a line)")
    case .categoriesHint: Translations("中文名 英文名（英文可省）", "Chinese name, then English")
    case .fieldPhrases: Translations("常用语（每行一条）", "Phrase book (one a line)")
    case .phraseTitle: Translations("常用语", "Phrase book")
    case .fieldPhrase: Translations("插入", "Insert")
    case .fieldCloseApproval: Translations("办结须另一人审核", "Closing needs approval")
    case .approveClose: Translations("同意办结", "approve the close")
    case .refuseClose: Translations("退回（写明理由）", "send it back (say why)")
    case .closeAskedBy(let p1, let p2, let p3):
      Translations("\(p1) 于 \(p2) 申请办结（\(p3)）", "\(p1) asked to close it at \(p2) (\(p3))")
    case .fieldSignedBy: Translations("签收人", "Signed by")
    case .fieldRepliedOn: Translations("回复日期", "Replied on")
    case .fieldDepartmentReply: Translations("承办单位回复", "The department's reply")
    case .fieldReturnedOn: Translations("退单日期", "Sent back on")
    case .fieldReturnReason: Translations("退单理由", "Why it was sent back")
    case .dutyLeaderTitle(let p1): Translations("\(p1) 的值班领导", "Leader on duty on \(p1)")
    case .fieldDutyLeader: Translations("值班领导", "Leader on duty")
    case .fieldDutyLeaders: Translations("值班领导（每行一位）", "Duty leaders (one per line)")
    case .exportNote(let p1, let p2): Translations("\(p1) · 筛选：\(p2)", "\(p1) · filter: \(p2)")
    case .positiveNumber: Translations("应为正整数", "must be a whole number above 0")
    case .dateInFuture: Translations("日期在今天之后", "the date is after today")
    case .all: Translations("（全部）", "(all)")
    case .yes: Translations("是", "yes")
    case .no: Translations("否", "no")
    case .none: Translations("（无）", "(none)")
    case .householdTitleNew: Translations("新增户", "New household")
    case .householdTitleEdit(let p1): Translations("修改户 \(p1)", "Edit household \(p1)")
    case .memberTitleNew(let p1): Translations("新增成员（户 \(p1)）", "New member of household \(p1)")
    case .memberTitleEdit(let p1): Translations("修改成员 \(p1)", "Edit member \(p1)")
    case .fieldArea: Translations("村/组", "Village/group")
    case .fieldHealth: Translations("健康状况", "Health")
    case .fieldDisability: Translations("残疾情况", "Disability")
    case .fieldSchooling: Translations("就学情况", "Schooling")
    case .fieldTags: Translations("标签（、分隔）", "Tags (comma separated)")
    case .filterTitle: Translations("筛选户籍", "Filter the roster")
    case .filterArea: Translations("地区", "Area")
    case .filterDays: Translations("未走访天数", "Not visited for (days)")
    case .filterOpen: Translations("有待办诉求", "Has open requests")
    case .filterDuplicates: Translations("疑似重复", "Possible duplicates")
    case .filterLabel(let p1): Translations("筛选：\(p1)", "Filter: \(p1)")
    case .filterDaysLabel(let p1):
      Translations("\(p1) 天未走访", "not visited in \(counted(p1, "day"))")
    case .filterOpenLabel: Translations("有待办诉求", "open requests")
    case .filterDuplicatesLabel: Translations("疑似重复", "possible duplicates")
    case .importTitle: Translations("导入 CSV", "Import CSV")
    case .exportTitle: Translations("导出", "Export")
    case .fieldTable: Translations("内容", "Table")
    case .fieldFile: Translations("文件", "File")
    case .fieldFormat: Translations("格式", "Format")
    case .fieldDryRun: Translations("只试运行", "Dry run only")
    case .fieldSkipInvalid: Translations("跳过有问题的行", "Skip bad rows")
    case .fieldUnmask: Translations("显示完整证件号和电话", "Show ID numbers and phones in full")
    case .mergeTitle(let p1): Translations("合并户 \(p1)", "Merge household \(p1)")
    case .mergeTarget: Translations("并入户号", "Into household No.")
    case .queueFilterTitle: Translations("筛选诉求", "Filter requests")
    case .filterOverdue: Translations("只看逾期", "Overdue only")
    case .filterReceptionDay: Translations("接待日", "Reception day")
    case .filterOverdueLabel: Translations("逾期", "overdue")
    case .filterReceivedLabel(let from, let through):
      Translations("\(from) 至 \(through) 受理", "received \(from) to \(through)")
    case .filterStillOpenLabel: Translations("未办结", "not closed")
    case .filterReceivedIn(let period): Translations("\(period) 受理", "received \(period)")
    case .filterReceptionDayLabel(let p1): Translations("\(p1) 接待日", "reception day \(p1)")
    case .fieldHow: Translations("怎么解决的", "How it was solved")
    case .fieldTransferTo: Translations("转给", "Transfer to")
    case .fieldUrgency: Translations("紧急程度", "Urgency")
    case .fieldNote: Translations("说明", "Note")
    case .fieldMeetingQuestion: Translations("提请会议研究", "Question for the meeting")
    case .fieldReason: Translations("原因", "Reason")
    case .fieldReplyKind: Translations("答复方式", "Reply")
    case .fieldReply: Translations("答复内容", "What was replied")
    case .fieldSatisfaction: Translations("满意度", "Satisfaction")
    case .fieldAssignee: Translations("承办人", "Handled by")
    case .fieldNewDue: Translations("新的答复期限", "New deadline")
    case .fieldFollowUpMethod: Translations("回访方式", "Follow-up by")
    case .fieldFollowUpAnswer: Translations("回访结果", "Answer")
    case .fieldMergeInto: Translations("并入", "Merge into")
    case .handlingTitle(let p1, let p2): Translations("\(p1)：\(p2)", "\(p1): \(p2)")
    case .handOverTitle(let p1):
      Translations("移交 \(p1) 接待日记录簿", "Hand over the record book of \(p1)")
    case .exportBookTitle(let p1):
      Translations("导出 \(p1) 接待日记录簿", "Export the record book of \(p1)")
    case .fieldRequester: Translations("来访人", "Visitor")
    case .fieldVillage: Translations("村/社区", "Village")
    case .fieldContent: Translations("反映问题", "Matter raised")
    case .fieldDecisionDetail: Translations("办理说明", "How / why")
    case .tableHouseholds: Translations("户籍", "households")
    case .tableMembers: Translations("成员", "members")
    case .tableVisits: Translations("走访", "visits")
    case .tableRequests: Translations("诉求", "requests")
    case .visitTitleNew: Translations("写走访记录（民情日记）", "Write a visit (diary)")
    case .visitTitleEdit(let p1, let p2):
      Translations("修改走访：\(p1) \(p2)", "Edit the visit: \(p1) \(p2)")
    case .fieldVisitHouseholds: Translations("走访户", "Households")
    case .visitHouseholdsHint:
      Translations("户号或户主姓名（拼音、首字母亦可），多户用、隔开", "numbers or names (pinyin, initials), 、 between")
    case .fieldVisitPlace: Translations("地点（村、组）", "Place")
    case .visitCadresHint: Translations("干部姓名，多人用、隔开", "cadres' names, 、 between")
    case .fieldVisitHours: Translations("时长（小时）", "Hours")
    case .visitFollowUpHint: Translations("需要再去时填写", "when to go back, if needed")
    case .fieldVisitText: Translations("所见所闻", "Seen and heard")
    case .fieldVisitProblem(let p1): Translations("问题 \(p1)", "Problem \(p1)")
    case .visitProblemHint:
      Translations("听到的困难，一行一件，保存时生成诉求", "a problem heard; each becomes a request")
    case .fieldHoursRange: Translations("应为 0 到 24 之间的小时数", "hours from 0 to 24")
    case .chooseHouseholdTitle(let typed):
      Translations("“\(typed)”是哪一户？", "Which household is “\(typed)”?")
    case .candidateAge(let years): Translations("\(years)岁", "aged \(years)")
    case .diaryFilterTitle: Translations("筛选民情日记", "Filter the diary")
    case .diarySearchTitle: Translations("搜索民情日记", "Search the diary")
    case .diarySearchField: Translations("查找", "Find")
    case .diarySearchHint:
      Translations("内容里的字词，或干部、群众的姓名（拼音亦可）", "words of the text, or a name (pinyin too)")
    case .queueSearchTitle: Translations("查找诉求", "Find requests")
    case .queueSearchHint:
      Translations(
        "编号（SQ-…），或来访人、内容、答复里的字词", "a number (SQ-…), or words of the requester, matter or reply")
    case .followUpOpenLabel: Translations("待跟进", "follow-up open")
    case .followUpOverdueLabel: Translations("跟进已逾期", "follow-up overdue")
    case .fieldFrom: Translations("从（日期）", "From")
    case .fieldThrough: Translations("到（日期）", "Through")
    case .dateFromLabel(let date): Translations("\(date) 起", "from \(date)")
    case .dateThroughLabel(let date): Translations("至 \(date)", "through \(date)")
    case .extensionNotAfterToday: Translations("新期限应在今天之后", "the new deadline is after today")
    case .extensionTooLong(let days):
      Translations("延期最多到今天起 \(days) 天内", "an extension reaches at most \(days) days from today")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: FormText) -> String { text.text(language) }
}
