import LastmileCore

/// The application's words: the shell, the card, the queue, the desk and the book, and its messages.
public enum AppText: LocalizedText {
  case tabRoster
  case lockTitle
  case lockPrompt
  case lockChecking
  case lockRefused(Int)
  case lockHint
  case lockNoPIN
  case lockUnreadableFile(String)
  case tabDiary
  case tabQueue
  case tabReview
  case paneRoster
  case paneDiary
  case paneQueue
  case paneReview
  case statusFacts(String, String, LocalDate, Int)
  case statusOverdue(Int)
  case noOperator
  case bookLateMark
  case bookChangedAfterHandover(Int)
  case bookLateEntry(Int, String, LocalDateTime)
  case readOnlyMark
  case readerFooter(String, Int, Int, Int)
  case readFull(String)
  case noEarlierReceptionDay
  case noLaterReceptionDay
  case cardParts
  case cardOpen
  case cardAddMember
  case cardEditHousehold
  case cardShowNumbers
  case cardBack
  case readerRequestTitle(String)
  case readerVisitTitle(LocalDate, String)
  case readerBookTitle(LocalDate, Int)
  case tooSmall(Int, Int, Int, Int)
  case errorStatus(String)
  case quitTitle
  case quitUnsaved
  case closeUnsaved
  case firstTitle
  case firstEmpty(String)
  case demoLoaded(Int, Int, Int)
  case operatorChanged(String)
  case operatorNeededToSave
  case answerDiscardTyped
  case draftsInUseElsewhere(String)
  case operatorCarriedOver(String, String)
  case settingsSaved
  case draftTitle
  case draftKept(String)
  case draftUnknown(String)
  case discardTitle
  case answerQuitKeeping
  case answerQuitDiscarding
  case answerStay
  case answerKeepEditing
  case answerLater
  case draftOffer(String, String, String)
  case mergeConfirm(String, String, String, String)
  case merged(String, String)
  case duplicateTitle
  case deleteTitle
  case deleteHouseholdConfirm(String, String, Int, String)
  case deleteMemberConfirm(String, String)
  case deleteHeadConfirm(String, String, String)
  case importRefusedInApp(Int)
  case unexpectedFailure(String)
  case unexpectedFailureUnlogged
  case deleted(String, String)
  case saved(String)
  case undone(String)
  case nothingToUndo
  case revealed
  case searchPrompt
  case searchHint
  case searchMatches(Int)
  case searchMatchesMore(Int)
  case searchStep(String, String)
  case searchNone(String)
  case importDone
  case importFailed
  case moreProblems(Int)
  case exported(Int, String)
  case cardTitle(String, String)
  case cardArea
  case cardAddress
  case cardPhone
  case cardCategories
  case cardCause
  case cardCard
  case cardIssued(LocalDate)
  case cardNotIssued
  case cardContacts
  case cardSince(String, String, LocalDate)
  case cardPast(String)
  case cardMeasures
  case cardNotes
  case cardMembers(Int)
  case cardVisits(Int)
  case cardRequests(Int)
  case cardNoVisits
  case cardNoRequests
  case reportOverdueTitle(LocalDate)
  case reportOverdueCount(LocalDate, Int)
  case reportOverdueNone(LocalDate)
  case reportWorkingDaysOverdue
  case bookTitle(LocalDate)
  case bookDayLine(LocalDate, Int)
  case bookNumber
  case bookRequester
  case bookAddress
  case bookPhone
  case bookContent
  case bookDecision
  case bookAssignee
  case bookDue
  case bookAnsweredOnSpot
  case bookEmpty(LocalDate)
  case bookNotHandedOver
  case bookSignatures
  case noteJoiner
  case bookHandedOver(LocalDateTime, String, String)
  case bookFileName(LocalDate)
  case receptionTitle
  case receptionRequesterHint
  case requestHandled(String, String)
  case noMergeCandidates
  case bookHandedOverMessage(LocalDate, String)
  case walkInSaved(String, String, Int)
  case receptionDayToday(String)
  case receptionDayMoved(LocalDate, String, String)
  case receptionDayMakeUp(String, String)
  case receptionDayNot(String)
  case receptionDayNone
  case receptionDutyLeader(String)
  case receptionNoDutyLeader(String)
  case rotaTitle(Int, Int)
  case rotaDay
  case slipLabel
  case phrasesNone(String)
  case phrasesTextOnly
  case reviewReplyKinds(Int, Int)
  case reviewWrittenReplies
  case reviewPrincipleOrally
  case awaitingApprovalMark
  case awaitingApproval(String)
  case agendaTitle(String, Int)
  case agendaPending(Int, String)
  case agendaMatter
  case agendaQuestion
  case agendaQuestionColumn
  case agendaNumber
  case agendaReceived
  case agendaDecision
  case agendaEmpty(String)
  case agendaKeyDecide
  case agendaKeyRecord
  case agendaKeyUndo
  case agendaKeyOther
  case agendaKeyPrint
  case agendaRecorded(Int)
  case agendaRecordFirst(String)
  case agendaNothingDecided
  case agendaPreamble(LocalDate, Int)
  case agendaPrintedTitle(String, LocalDate)
  case agendaSignature
  case agendaPrintTitle(String)
  case agendaFileName(String, LocalDate)
  case outcomeTitle
  case outcomeSolve
  case outcomeTransfer
  case outcomeExplain
  case fieldOutcome
  case fieldOutcomeAssignee
  case fieldOutcomeDue
  case fieldOutcomeNote
  case outcomeSolveText(String, LocalDate)
  case outcomeTransferText(String)
  case outcomeExplainText(String)
  case returnedMark
  case returnedOn(String)
  case slipWritten(String)
  case slipFileName(String)
  case slipTitle
  case slipItem
  case slipValue
  case slipNumber
  case slipIssuedOn
  case slipRequester
  case slipDepartment
  case slipDue
  case slipMatter
  case slipDecision
  case slipSignature
  case slipReplyLines
  case slipReturnLine
  case slipRecorded(String)
  case slipPrintKey
  case slipFormTitle(String)
  case slipIssued(String, String)
  case slipSignedFor(String, String)
  case slipReplied(String)
  case slipReturned(String, String)
  case rotaKeyMonth
  case rotaKeyQuarter
  case rotaKeySwap
  case rotaKeyReplace
  case rotaKeyBook
  case rotaKeyMonths
  case rotaKeyBack
  case rotaHours
  case rotaReportHours(String, String)
  case rotaWeekday
  case rotaLeader
  case rotaWhy
  case rotaUnset
  case rotaMoved(LocalDate, String)
  case rotaMakeUp(String)
  case rotaExtra
  case rotaOutside
  case rotaNone
  case rotaNoLeaders(String)
  case rotaLeaders(String)
  case rotaMarkedShort
  case rotaGenerated(Int)
  case rotaSwapped(LocalDate, LocalDate)
  case rotaReplaced(LocalDate, String)
  case rotaMarked(LocalDate)
  case bookDutyLeader(String)
  case statusLateBook(String, String, Int)
  case statusFlagged(Int)
  case flagUndecided
  case flagNotTransferred
  case flagReturned
  case flagShortUndecided(Int, String)
  case flagShortNotTransferred(Int, String)
  case flagShortReturned(Int, String)
  case flagFullUndecided(Int, LocalDate)
  case flagFullNotTransferred(Int, LocalDate)
  case flagFullReturned(Int, LocalDate)
  case flagOfRequestUndecided(LocalDate)
  case flagOfRequestNotTransferred(LocalDate)
  case flagOfRequestReturned(LocalDate)
  case filterDeskFlag
  case deskFlagNone
  case receptionDayExtra(String)
  case receptionExtraTitle
  case receptionExtraConfirm(String)
  case receptionExtraYes
  case receptionExtraNo
  case receptionExtraOpened(LocalDate)
  case bookExtraDay(String)
  case requestViewTitle(LocalDateTime, String)
  case requestHistory(Int)
  case overdueWorkingDays(Int)
  case repliedInTime
  case repliedLate(Int)
  case workingDaysLeft(Int)
  case extendedTimes(Int)
  case handlingMenuTitle(String)
  case backToQueue
  case receptionHints(String, String, String, String)
  case receptionCount(LocalDate, Int)
  case receptionLinked
  case receptionMatches
  /// A person found at the desk: relation, age (nil unknown), ID tail (empty: none).
  case receptionPerson(String, Int?, String)
  case receptionMore(Int, capped: Bool)
  case receptionNewcomer
  case receptionListClosed
  case receptionSaved
  case noTerminal
  case calendarEstimated(String)
  case listComma

  public var translations: Translations {
    switch self {
    case .tabRoster: Translations("户籍", "Roster")
    case .lockTitle: Translations("lastmile 已锁定", "lastmile is locked")
    case .lockPrompt: Translations("输入 PIN 后按 Enter 解锁：", "Type the PIN and press Enter: ")
    case .lockChecking: Translations("正在核对……", "Checking…")
    case .lockRefused(let count):
      Translations("PIN 不对（第 \(count) 次）", "That is not the PIN (\(count) refused)")
    case .lockUnreadableFile(let path):
      Translations(
        "这次不会锁屏：锁屏设定读不出来，请用 lastmile lock set 重新设定（\(path)）",
        "The screen will not lock: its setting cannot be read; set it again with lastmile lock set (\(path))"
      )
    case .lockNoPIN:
      Translations(
        "还没有设定锁屏 PIN：在命令行用 lastmile lock set 设定",
        "No screen lock PIN is set: set one with lastmile lock set")
    case .lockHint:
      Translations(
        "锁屏下什么都没有丢：解锁后回到原来的样子。Ctrl-Q 退出并保留草稿",
        "Nothing under the lock is lost: unlocking brings it back as it was. Ctrl-Q quits, keeping drafts"
      )
    case .tabDiary: Translations("日记", "Diary")
    case .tabQueue: Translations("诉求", "Requests")
    case .tabReview: Translations("统计", "Review")
    case .paneRoster: Translations("户籍台账", "Household roster")
    case .paneDiary: Translations("民情日记", "Visit diary")
    case .paneQueue: Translations("群众诉求", "Help requests")
    case .paneReview: Translations("统计", "Review")
    case .statusFacts(let p1, let p2, let p3, let p4):
      Translations(
        "\(p1) · 操作人 \(p2) · \(p3) · \(p4) 户",
        "\(p1) · \(p2) · \(p3) · \(counted(p4, "household"))")
    case .statusOverdue(let p1): Translations("逾期 \(p1)", "\(p1) overdue")
    case .readerFooter(let p1, let p2, let p3, let p4):
      Translations(
        "\(p1) 关闭 · PgUp/PgDn 翻页 · 第 \(p2)–\(p3) 行，共 \(p4) 行",
        "\(p1) closes · PgUp/PgDn pages · lines \(p2)–\(p3) of \(p4)")
    case .readFull(let p1): Translations("\(p1) 阅读全文", "\(p1) reads it all")
    case .noEarlierReceptionDay: Translations("没有更早的接待日", "No earlier reception day")
    case .noLaterReceptionDay: Translations("没有更晚的接待日", "No later reception day")
    case .cardParts: Translations("成员/走访/诉求", "members/visits/requests")
    case .cardOpen: Translations("打开", "open")
    case .cardAddMember: Translations("新增成员", "add member")
    case .cardEditHousehold: Translations("修改户", "edit")
    case .cardShowNumbers: Translations("显示号码", "numbers")
    case .cardBack: Translations("返回", "back")
    case .readerRequestTitle(let p1): Translations("诉求全文：\(p1)", "The request in full: \(p1)")
    case .readerVisitTitle(let p1, let p2): Translations("走访记录：\(p1) \(p2)", "Visit: \(p1) \(p2)")
    case .readerBookTitle(let p1, let p2):
      Translations("记录簿 \(p1) 第 \(p2) 条", "Record book \(p1), entry \(p2)")
    case .bookLateMark: Translations("补录", "late")
    case .bookChangedAfterHandover(let count):
      Translations(
        "移交后补录 \(count) 条（见末尾）", "\(counted(count, "line")) added after the handover (see the end)")
    case .bookLateEntry(let number, let by, let at):
      Translations(
        "第 \(number) 条为移交后补录：\(by)，\(at)",
        "line \(number) was added after the handover by \(by) at \(at)")
    case .readOnlyMark: Translations("（只读）", "(read-only)")
    case .noOperator: Translations("（未设置）", "(none)")
    case .tooSmall(let p1, let p2, let p3, let p4):
      Translations(
        "终端太小：lastmile 至少需要 \(p1)×\(p2)，现在是 \(p3)×\(p4)。请放大窗口，或按 q 退出。",
        "The terminal is too small: lastmile needs \(p1)x\(p2), this one is \(p3)x\(p4). Enlarge it, or press q to quit."
      )
    case .errorStatus(let p1): Translations("出错：\(p1)", "Error: \(p1)")
    case .quitTitle: Translations("退出", "Quit")
    case .quitUnsaved:
      Translations(
        "还有没保存的表单。退出后它留作草稿，下次启动时可以恢复。",
        "A form is not saved. On quitting it is kept as a draft, offered back at the next start.")
    case .discardTitle: Translations("放弃修改？", "Discard the changes?")
    case .answerDiscardTyped: Translations("放弃所填内容", "discard what was typed")
    case .answerQuitKeeping: Translations("退出，留作草稿", "quit, keep the draft")
    case .answerQuitDiscarding: Translations("放弃修改并退出", "discard and quit")
    case .answerStay: Translations("不退出", "stay")
    case .answerKeepEditing: Translations("继续填写", "keep editing")
    case .answerLater: Translations("下次再说", "later")
    case .draftKept(let p1):
      Translations(
        "草稿《\(p1)》留着，下次启动时再问", "The draft “\(p1)” is kept; offered again at the next start")
    case .draftUnknown(let p1):
      Translations(
        "草稿《\(p1)》是这个版本不认识的表单，已留在数据库里，没有打开",
        "The draft “\(p1)” is of a form this version does not know; it stays in the database, unopened"
      )
    case .closeUnsaved:
      Translations("表单还没有保存。放弃填写的内容吗？", "The form is not saved. Discard what was typed?")
    case .firstTitle: Translations("欢迎使用 lastmile", "Welcome to lastmile")
    case .firstEmpty(let p1): Translations("数据库 \(p1) 还是空的。", "The database \(p1) is empty.")
    case .demoLoaded(let p1, let p2, let p3):
      Translations(
        "已载入演示数据：\(p1) 户，\(p2) 条走访，\(p3) 件诉求",
        "Demo data loaded: \(counted(p1, "household")), \(counted(p2, "visit")), \(counted(p3, "request"))"
      )
    case .draftsInUseElsewhere(let titles):
      Translations(
        "另一个 lastmile 窗口正在填写《\(titles)》，本窗口不提供它的草稿",
        "Another lastmile window is filling in “\(titles)”; its draft is not offered here")
    case .operatorNeededToSave:
      Translations(
        "保存前先填写操作人：每一处改动都记下是谁做的。填好后回到原表，再按一次保存。",
        "Say who is at the keyboard before saving: every change records who made it. Then save again in the form."
      )
    case .operatorChanged(let p1): Translations("操作人：\(p1)", "Operator: \(p1)")
    case .operatorCarriedOver(let p1, let p2):
      Translations(
        "修改将记在 \(p1) 名下（上次的操作人）；不是本人请按 \(p2)",
        "Changes are recorded as \(p1) (the last operator); not you? Press \(p2)")
    case .settingsSaved: Translations("设置已保存", "Settings saved")
    case .draftTitle: Translations("恢复草稿？", "Restore the draft?")
    case .draftOffer(let p1, let p2, let p3):
      Translations(
        "上次退出时，《\(p1)》还没有保存（\(p2)，\(p3)）。要恢复吗？",
        "When lastmile last stopped, “\(p1)” was not saved (\(p2), \(p3)). Restore it?")
    case .mergeConfirm(let p1, let p2, let p3, let p4):
      Translations(
        "把户 \(p1)（\(p2)）的成员、走访和诉求并入户 \(p3)（\(p4)），并删除户 \(p1)？",
        "Move the members, visits and requests of household \(p1) (\(p2)) into household \(p3) (\(p4)), and delete household \(p1)?"
      )
    case .merged(let p1, let p2):
      Translations("已把户 \(p1) 并入户 \(p2)", "Household \(p1) was merged into \(p2)")
    case .duplicateTitle: Translations("可能重复", "Possible duplicate")
    case .deleteTitle: Translations("删除", "Delete")
    case .deleteHouseholdConfirm(let number, let head, let members, let undo):
      Translations(
        "删除户 \(number)（\(head)）及其 \(members) 名成员？可以用 \(undo) 撤销。",
        "Delete household \(number) (\(head)) and its \(counted(members, "member"))? \(undo) undoes it."
      )
    case .deleteHeadConfirm(let name, let edit, let undo):
      Translations(
        "\(name) 是户主。删除成员后，户信息里的户主仍写着 \(name)：请用 \(edit) 改户主。仍要删除吗？可以用 \(undo) 撤销。",
        "\(name) is the head. Deleted, the household still names \(name) as its head: change it with \(edit). Delete anyway? \(undo) undoes it."
      )
    case .deleteMemberConfirm(let name, let undo):
      Translations("删除成员 \(name)？可以用 \(undo) 撤销。", "Delete the member \(name)? \(undo) undoes it.")
    case .unexpectedFailure(let log):
      Translations(
        "出现了意外的错误，没有完成：详情已记入 \(log)，请把它交给技术支持",
        "something unexpected went wrong and it was not done: the detail is in \(log), for support")
    case .unexpectedFailureUnlogged:
      Translations("出现了意外的错误，没有完成", "something unexpected went wrong and it was not done")
    case .importRefusedInApp(let rows):
      Translations(
        "没有导入任何内容：\(rows) 行有问题（修正后重试，或把“跳过有问题的行”选为“是”，只导入没有问题的行）",
        "nothing was imported: \(counted(rows, "row")) \(rows == 1 ? "has" : "have") problems (fix them, or set “Skip bad rows” to yes to import the good rows only)"
      )
    case .deleted(let p1, let p2):
      Translations("已删除 \(p1)（\(p2) 撤销）", "Deleted \(p1) (\(p2) undoes)")
    case .saved(let p1): Translations("已保存 \(p1)", "Saved \(p1)")
    case .undone(let p1): Translations("已撤销：\(p1)", "Undone: \(p1)")
    case .nothingToUndo: Translations("没有可以撤销的操作", "There is nothing to undo")
    case .revealed:
      Translations(
        "已显示完整证件号和电话（已记入审计日志）", "ID numbers and phones shown in full (recorded in the audit log)")
    case .searchPrompt: Translations("搜索：", "Search: ")
    case .searchHint:
      Translations(
        "姓名、拼音首字母、电话 4 位以上、身份证后 4–6 位、户号",
        "name, pinyin initials, 4+ phone digits, last 4–6 of an ID, household No.")
    case .searchMatches(let p1): Translations("找到 \(p1) 户", counted(p1, "household"))
    case .searchMatchesMore(let p1): Translations("找到 \(p1)+ 户", "\(p1)+ households")
    case .searchStep(let p1, let p2): Translations("\(p1)/\(p2) 跳转", "\(p1)/\(p2) to step")
    case .searchNone(let p1): Translations("没有找到“\(p1)”", "Nothing matches “\(p1)”")
    case .importDone: Translations("导入完成", "Import finished")
    case .importFailed: Translations("导入未完成", "Import refused")
    case .moreProblems(let p1): Translations("……还有 \(p1) 条", "… and \(p1) more")
    case .exported(let p1, let p2):
      Translations("已导出 \(p1) 行到 \(p2)", "\(counted(p1, "row")) written to \(p2)")
    case .cardTitle(let p1, let p2):
      Translations("民情联系卡 · 户号 \(p1) · \(p2)", "Contact card · household \(p1) · \(p2)")
    case .cardArea: Translations("地区", "Area")
    case .cardAddress: Translations("地址", "Address")
    case .cardPhone: Translations("电话", "Phone")
    case .cardCategories: Translations("类别", "Categories")
    case .cardCause: Translations("致贫原因", "Poverty cause")
    case .cardCard: Translations("联系卡", "Contact card")
    case .cardIssued(let p1): Translations("\(p1) 发放", "issued \(p1)")
    case .cardNotIssued: Translations("未发放", "not issued")
    case .cardContacts: Translations("联系干部", "Contact cadres")
    case .cardSince(let p1, let p2, let p3):
      Translations("\(p1)（\(p2)，\(p3) 起）", "\(p1) (\(p2), since \(p3))")
    case .cardPast(let p1): Translations("历任：\(p1)", "before: \(p1)")
    case .cardMeasures: Translations("帮扶措施", "Help measures")
    case .cardNotes: Translations("备注", "Notes")
    case .cardMembers(let p1): Translations("成员（\(p1)）", "Members (\(p1))")
    case .cardVisits(let p1): Translations("走访（\(p1)）", "Visits (\(p1))")
    case .cardRequests(let p1): Translations("诉求（\(p1) 件待办）", "Requests (\(p1) open)")
    case .cardNoVisits: Translations("还没有走访记录", "no visits yet")
    case .cardNoRequests: Translations("没有诉求", "no requests")
    case .reportOverdueTitle(let p1): Translations("逾期诉求（截至 \(p1)）", "Overdue requests as of \(p1)")
    case .reportOverdueCount(let p1, let p2):
      Translations(
        "截至 \(p1) 共有 \(p2) 件诉求超过答复期限仍未答复",
        "\(counted(p2, "request")) past their deadline and not replied to as of \(p1)")
    case .reportOverdueNone(let p1):
      Translations("截至 \(p1) 没有逾期诉求", "no overdue requests as of \(p1)")
    case .reportWorkingDaysOverdue: Translations("逾期工作日", "Working days overdue")
    case .bookTitle(let p1): Translations("接待日记录簿（\(p1)）", "Reception day record book, \(p1)")
    case .bookDayLine(let p1, let p2):
      Translations("接待日期：\(p1)　来访 \(p2) 人次", "Reception day \(p1): \(counted(p2, "walk-in"))")
    case .bookNumber: Translations("序号", "No.")
    case .bookRequester: Translations("来访人", "Visitor")
    case .bookAddress: Translations("住址", "Address")
    case .bookPhone: Translations("联系电话", "Phone")
    case .bookContent: Translations("反映问题", "Matter raised")
    case .bookDecision: Translations("处理意见", "Handling")
    case .bookAssignee: Translations("承办人", "Handled by")
    case .bookDue: Translations("答复期限", "Reply due")
    case .bookAnsweredOnSpot: Translations("当场答复", "answered on the spot")
    case .bookEmpty(let p1): Translations("\(p1) 没有来访记录", "no walk-ins on \(p1)")
    case .bookNotHandedOver: Translations("尚未移交", "not handed over yet")
    case .bookSignatures:
      Translations(
        "值班领导（签字）：____________　　记录人：____________　　接收人：____________",
        "Duty leader (signature): ____________    Recorded by: ____________    Received by: ____________"
      )
    case .noteJoiner: Translations("：", ": ")
    case .bookHandedOver(let p1, let p2, let p3):
      Translations("已于 \(p1) 由 \(p2) 移交给 \(p3)", "handed over at \(p1) by \(p2) to \(p3)")
    case .bookFileName(let p1): Translations("接待日记录簿-\(p1)", "record-book-\(p1)")
    case .receptionTitle: Translations("接待日登记", "Reception desk")
    case .receptionRequesterHint:
      Translations(
        "姓名、拼音首字母或电话", "a name, pinyin initials or a phone")
    case .requestHandled(let p1, let p2): Translations("已\(p1)：\(p2)", "\(p1): \(p2)")
    case .noMergeCandidates:
      Translations("此前没有同一来访人的诉求可以并入", "no earlier request of the same person to merge into")
    case .bookHandedOverMessage(let p1, let p2):
      Translations("\(p1) 的接待日记录簿已移交给 \(p2)", "the record book of \(p1) was handed over to \(p2)")
    case .receptionDayToday(let hours):
      Translations("今天是接待日 \(hours)", "Reception day today, \(hours)")
    case .receptionDayMoved(let from, let holiday, let hours):
      Translations(
        "今天接待（\(from) \(holiday)顺延）\(hours)",
        "Reception today (\(from), \(holiday), moved) \(hours)")
    case .receptionDayMakeUp(let name, let hours):
      Translations("今天\(name)，接待 \(hours)", "Reception today (\(name)) \(hours)")
    case .receptionDayNot(let next):
      Translations("今天不是接待日 · 下次 \(next)", "Not a reception day · next \(next)")
    case .statusFlagged(let p1): Translations("台账提醒 \(p1)", "\(p1) flagged")
    case .statusLateBook(let day, let since, let more):
      Translations(
        "记录簿 \(day) 未移交（自 \(since)）" + (more > 0 ? " 等 \(more + 1) 本" : ""),
        "book \(day) not handed over (since \(since))" + (more > 0 ? " +\(more)" : ""))
    case .receptionDayNone: Translations("设置里没有接待日（F9）", "No reception day set (F9)")
    case .flagUndecided: Translations("当日未定处理意见", "undecided at the end of its day")
    case .flagNotTransferred: Translations("转办未交办", "transfer not made")
    case .flagReturned: Translations("退单待重办", "sent back, to decide again")
    case .flagShortUndecided(let count, let since):
      Translations("未定 \(count)（自 \(since)）", "\(count) undecided (\(since))")
    case .flagShortNotTransferred(let count, let since):
      Translations("待交办 \(count)（自 \(since)）", "\(count) to transfer (\(since))")
    case .flagShortReturned(let count, let since):
      Translations("退单 \(count)（自 \(since)）", "\(count) sent back (\(since))")
    case .flagFullUndecided(let count, let since):
      Translations(
        "\(count) 件来访当日未定处理意见（最早自 \(since)）",
        "\(count) walk-ins undecided at the end of their day (the first since \(since))")
    case .flagFullNotTransferred(let count, let since):
      Translations(
        "\(count) 件转办未交办（记录簿到办公室次一工作日内应交办；最早自 \(since)）",
        "\(count) transfers not made by the working day after the book arrived (the first since \(since))"
      )
    case .flagFullReturned(let count, let since):
      Translations(
        "\(count) 件被退单待重新处理（最早自 \(since)）",
        "\(count) sent back by their department, to decide again (the first since \(since))")
    case .flagOfRequestUndecided(let since):
      Translations("当日未定处理意见（自 \(since)）", "undecided at the end of its day (since \(since))")
    case .flagOfRequestNotTransferred(let since):
      Translations("转办未交办（自 \(since)）", "transfer not made (since \(since))")
    case .flagOfRequestReturned(let since):
      Translations("退单待重办（自 \(since)）", "sent back, to decide again (since \(since))")
    case .filterDeskFlag: Translations("台账提醒", "Flagged")
    case .deskFlagNone: Translations("台账时限：无提醒", "The book's deadlines: nothing flagged")
    case .receptionDutyLeader(let p1): Translations("值班领导：\(p1)", "On duty: \(p1)")
    case .receptionNoDutyLeader(let p1):
      Translations("今天未排值班领导（\(p1) 值班表）", "No leader on duty today (\(p1) duty rota)")
    case .rotaTitle(let p1, let p2):
      Translations("值班表 \(p1)年\(p2)月", "Duty rota, \(p1)-\(String(format: "%02d", p2))")
    case .rotaDay: Translations("日期", "Day")
    case .slipLabel: Translations("交办单", "Slip")
    case .phrasesNone(let p1):
      Translations(
        "常用语是空的：在设置（\(p1)）里每行写一条", "The phrase book is empty: one a line in the settings (\(p1))")
    case .phrasesTextOnly:
      Translations("常用语只能插入文字栏", "A phrase goes in a field that takes text")
    case .reviewReplyKinds(let p1, let p2):
      Translations(
        "书面答复 \(p1) 件；应书面而口头答复 \(p2) 件",
        "\(p1) written replies; \(p2) matters of principle answered only orally")
    case .reviewWrittenReplies: Translations("书面答复", "Written replies")
    case .reviewPrincipleOrally: Translations("应书面而口头答复", "Principle answered orally")
    case .awaitingApprovalMark: Translations("·审", " ·approve")
    case .awaitingApproval(let p1):
      Translations("待审核（\(p1) 申请办结）", "awaiting approval (\(p1) asked)")
    case .agendaTitle(let p1, let p2):
      Translations("\(p1)议题 · \(p2) 件", "\(p1) agenda · \(p2) matters")
    case .agendaPending(let p1, let p2):
      Translations("已定 \(p1) 件未记录（\(p2) 记录）", "\(p1) decided, not recorded (\(p2) records)")
    case .agendaMatter: Translations("反映问题：", "Matter: ")
    case .agendaQuestion: Translations("提请研究：", "Asked: ")
    case .agendaQuestionColumn: Translations("提请研究事项", "Asked of the meeting")
    case .agendaNumber: Translations("序号", "No.")
    case .agendaReceived: Translations("登记日期", "Received")
    case .agendaDecision: Translations("会议决定", "Decision")
    case .agendaEmpty(let p1): Translations("没有待\(p1)研究的诉求", "Nothing waits for the \(p1)")
    case .agendaKeyDecide: Translations("定这件", "decide")
    case .agendaKeyRecord: Translations("记录决定", "record")
    case .agendaKeyUndo: Translations("撤销", "take back")
    case .agendaKeyOther: Translations("换会议", "other meeting")
    case .agendaKeyPrint: Translations("打印议题", "print")
    case .agendaRecorded(let p1):
      Translations(
        "已记录会议决定 \(p1) 件，诉求已转入办理", "The meeting's decisions on \(p1) matters are recorded")
    case .agendaRecordFirst(let p1):
      Translations(
        "先记录已定的决定（\(p1)），或逐件撤销", "Record the decisions taken first (\(p1)), or take them back")
    case .agendaNothingDecided:
      Translations("还没有定下任何一件（Enter 定这件）", "Nothing decided yet (Enter decides a matter)")
    case .agendaPreamble(let p1, let p2):
      Translations("截至 \(p1) 提请研究的诉求 \(p2) 件", "\(p2) matters referred as of \(p1)")
    case .agendaPrintedTitle(let p1, let p2):
      Translations("\(p1)研究议题（\(p2)）", "\(p1) agenda (\(p2))")
    case .agendaSignature:
      Translations(
        "主持人：____________　　记录人：____________　　会议日期：______年____月____日",
        "Chaired by: ____________    minutes by: ____________    met on: ____________")
    case .agendaPrintTitle(let p1): Translations("打印\(p1)议题", "Print the \(p1) agenda")
    case .agendaFileName(let p1, let p2): Translations("\(p1)议题-\(p2)", "agenda-\(p1)-\(p2)")
    case .outcomeTitle: Translations("会议决定", "The meeting's decision")
    case .outcomeSolve: Translations("解决（定承办人和期限）", "solve (who, by when)")
    case .outcomeTransfer: Translations("转办", "transfer")
    case .outcomeExplain: Translations("解释说明", "explain")
    case .fieldOutcome: Translations("决定", "Decision")
    case .fieldOutcomeAssignee: Translations("承办人/单位", "Handled by")
    case .fieldOutcomeDue: Translations("办结期限", "Done by")
    case .fieldOutcomeNote: Translations("说明", "Note")
    case .outcomeSolveText(let p1, let p2): Translations("\(p1) 于 \(p2) 前解决", "\(p1) by \(p2)")
    case .outcomeTransferText(let p1): Translations("转 \(p1)", "to \(p1)")
    case .outcomeExplainText(let p1): Translations("解释：\(p1)", "explain: \(p1)")
    case .returnedMark: Translations("·退", " ·back")
    case .returnedOn(let p1): Translations("\(p1) 退单", "sent back \(p1)")
    case .slipWritten(let p1):
      Translations("交办单已写入 \(p1)", "The transfer slip was written to \(p1)")
    case .slipFileName(let p1): Translations("交办单-\(p1)", "transfer-slip-\(p1)")
    case .slipTitle: Translations("群众诉求交办单", "Transfer slip")
    case .slipItem: Translations("项目", "Item")
    case .slipValue: Translations("内容", "Details")
    case .slipNumber: Translations("编号", "Number")
    case .slipIssuedOn: Translations("交办日期", "Issued on")
    case .slipRequester: Translations("诉求人", "Requester")
    case .slipDepartment: Translations("承办单位", "To")
    case .slipDue: Translations("办理期限", "Answer by")
    case .slipMatter: Translations("反映问题", "Matter")
    case .slipDecision: Translations("交办意见", "Instructions")
    case .slipSignature:
      Translations(
        "签收人（签字）：____________　　签收日期：______年____月____日",
        "Signed for by: ____________    on: ____________")
    case .slipReplyLines:
      Translations(
        "办理结果：________________________________________________　　回复日期：______年____月____日　　承办人（签字）：____________",
        "What was done: ________________________________    replied on: ____________    by: ____________"
      )
    case .slipReturnLine:
      Translations(
        "不属本单位职责须退单的，请写明理由于三日内退回：________________________________",
        "Not this department's to handle: write why and send it back within three days: ________________"
      )
    case .slipRecorded(let p1): Translations("已记录：\(p1)", "Recorded: \(p1)")
    case .slipPrintKey: Translations("交办单", "transfer slip")
    case .slipFormTitle(let p1): Translations("打印交办单 \(p1)", "Print the transfer slip \(p1)")
    case .slipIssued(let p1, let p2): Translations("\(p1) 交 \(p2)", "\(p1) to \(p2)")
    case .slipSignedFor(let p1, let p2):
      Translations("\(p1) 签收 \(p2)", "signed for \(p1) \(p2)")
    case .slipReplied(let p1): Translations("\(p1) 回复", "replied \(p1)")
    case .slipReturned(let p1, let p2): Translations("\(p1) 退单：\(p2)", "sent back \(p1): \(p2)")
    case .rotaKeyMonth: Translations("排本月", "month")
    case .rotaKeyQuarter: Translations("排本季", "quarter")
    case .rotaKeySwap: Translations("对调", "swap")
    case .rotaKeyReplace: Translations("换人", "replace")
    case .rotaKeyBook: Translations("记录簿", "book")
    case .rotaKeyMonths: Translations("换月", "months")
    case .rotaKeyBack: Translations("返回", "back")
    case .rotaHours: Translations("接待时间", "Hours")
    case .rotaReportHours(let p1, let p2):
      Translations(
        "接待日：每周\(p1) \(p2)，由值班领导接待来访群众",
        "Reception days: \(p1), \(p2); the leader on duty receives the people")
    case .rotaWeekday: Translations("星期", "Weekday")
    case .rotaLeader: Translations("值班领导", "Leader on duty")
    case .rotaWhy: Translations("说明", "Note")
    case .rotaUnset: Translations("（未排）", "(none yet)")
    case .rotaMoved(let p1, let p2):
      Translations("\(p2)，由 \(p1) 顺延", "moved from \(p1) (\(p2))")
    case .rotaMakeUp(let p1): Translations("调休上班（\(p1)）", "make-up working day (\(p1))")
    case .rotaExtra: Translations("加开", "extra day")
    case .rotaOutside: Translations("不在接待日安排内", "outside the schedule")
    case .rotaNone: Translations("本月没有接待日", "No reception day this month")
    case .rotaNoLeaders(let p1):
      Translations(
        "尚未列出值班领导：在设置（\(p1)）中每行写一位", "No duty leaders listed: one per line in the settings (\(p1))")
    case .rotaLeaders(let p1): Translations("轮值：\(p1)", "In turn: \(p1)")
    case .rotaMarkedShort: Translations("待对调", "to swap")
    case .rotaGenerated(let p1):
      Translations("已排 \(p1) 个接待日（已排的不变）", "\(p1) reception days given a leader (those set stay)")
    case .rotaSwapped(let p1, let p2):
      Translations("已对调 \(p1) 与 \(p2) 的值班", "Swapped the duty of \(p1) and \(p2)")
    case .rotaReplaced(let p1, let p2):
      Translations("\(p1) 改由 \(p2) 值班", "\(p2) is on duty on \(p1)")
    case .rotaMarked(let p1):
      Translations(
        "已选 \(p1)：再选另一天按同一键对调，Esc 取消",
        "\(p1) marked: choose the other day and press the same key, Esc to let go")
    case .bookDutyLeader(let p1): Translations("值班领导：\(p1)", "Leader on duty: \(p1)")
    case .receptionDayExtra(let hours):
      Translations("今天加开接待日 \(hours)", "Extra reception day today, \(hours)")
    case .receptionExtraTitle: Translations("加开接待日？", "An extra reception day?")
    case .receptionExtraConfirm(let line):
      Translations(
        "\(line)。今天是加开的接待日吗？加开的，记录簿会写明。",
        "\(line). Is today an extra reception day? The record book will say so.")
    case .receptionExtraYes: Translations("加开", "extra day")
    case .receptionExtraNo: Translations("只登记来访", "just log walk-ins")
    case .receptionExtraOpened(let day):
      Translations("\(day) 记为加开接待日", "\(day) recorded as an extra reception day")
    case .bookExtraDay(let by):
      Translations("加开接待日（\(by) 开）", "Extra reception day (opened by \(by))")
    case .walkInSaved(let p1, let number, let p2):
      Translations(
        "已登记 \(p1)，编号 \(number)，今日第 \(p2) 位来访",
        "\(p1) logged as \(number): walk-in number \(p2) today")
    case .requestViewTitle(let p1, let p2):
      Translations("诉求 · \(p1) · \(p2)", "Request · \(p1) · \(p2)")
    case .requestHistory(let p1):
      Translations("办理记录（\(p1) 条）", "History (\(counted(p1, "entry", "entries")))")
    case .overdueWorkingDays(let p1):
      Translations("逾期 \(p1) 个工作日", "\(counted(p1, "working day")) overdue")
    case .repliedInTime: Translations("按期答复", "replied in time")
    case .repliedLate(let p1):
      Translations("逾期 \(p1) 个工作日后答复", "replied \(counted(p1, "working day")) late")
    case .workingDaysLeft(let p1):
      Translations("还有 \(p1) 个工作日", "\(counted(p1, "working day")) left")
    case .extendedTimes(let p1): Translations("已延期 \(p1) 次", "extended \(counted(p1, "time"))")
    case .handlingMenuTitle(let p1): Translations("办理：\(p1)", "Handle: \(p1)")
    case .backToQueue: Translations("返回诉求列表", "back to the queue")
    case .receptionHints(let p1, let p2, let p3, let p4):
      Translations(
        "\(p1) 保存 · \(p2) 下一栏 · \(p3) 记录簿 · \(p4) 离开",
        "\(p1) save · \(p2) next · \(p3) book · \(p4) leave")
    case .receptionCount(let p1, let p2):
      Translations("\(p1) 今日来访 \(p2) 人", "\(p1) walk-ins: \(p2)")
    case .receptionLinked: Translations("已选定户籍中的人：", "Linked to the roster:")
    case .receptionMatches:
      Translations("户籍中的人（↑↓ 选择，回车选定）：", "In the roster (Up/Down, Enter picks):")
    case .receptionPerson(let relation, let age, let tail):
      Translations(
        [relation, age.map { "\($0)岁" }, tail.isEmpty ? nil : "证尾\(tail)"].compactMap { $0 }
          .joined(separator: " "),
        [relation, age.map { "age \($0)" }, tail.isEmpty ? nil : "ID …\(tail)"].compactMap { $0 }
          .joined(separator: ", "))
    case .receptionMore(let count, let capped):
      Translations(
        "还有 \(count)\(capped ? "+" : "") 人，多打几个字缩小范围",
        "\(count)\(capped ? "+" : "") more: type more to narrow")
    case .receptionListClosed:
      Translations(
        "找到的人已收起；再输入一个字会重新查找，Tab 按新来访人登记。",
        "The people found are put away; type to look again, or Tab to log a newcomer.")
    case .receptionNewcomer:
      Translations(
        "户籍中没有找到：按新来访人登记，请填写电话和村。",
        "Not in the roster: logged as a newcomer; fill in the phone and the village.")
    case .receptionSaved: Translations("本次已登记：", "Logged this session:")
    case .noTerminal:
      Translations(
        "lastmile 需要在终端里运行（标准输入和输出都要是终端）；脚本请用子命令，见 lastmile --help",
        "lastmile needs a terminal on standard input and output; scripts use the subcommands, see lastmile --help"
      )
    case .calendarEstimated(let p1):
      Translations(
        "节假日日历未收录 \(p1) 年，只按周末计算",
        "the holiday calendar does not cover \(p1): counted on weekends alone")
    case .listComma: Translations("、", ", ")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: AppText) -> String { text.text(language) }
}
