import LastmileCore

/// What keys do, where, and what is wrong with a keymap file.
public enum KeyText: LocalizedText {
  case statusHints(String, String)
  case helpTitle
  case helpFooter(String)
  case statusHelp(String)
  case helpTyping
  case helpEnterNext
  case helpDateStep
  case helpDigitChoice
  case helpClearLine
  case helpDeskMatches
  case helpDeskLink
  case helpSearchEnter
  case ctxGlobal
  case ctxTable
  case ctxForm
  case ctxRoster
  case ctxDiary
  case ctxQueue
  case ctxReview
  case ctxRequest
  case ctxReception
  case ctxBook
  case emergencyQuit
  case actWriteVisit
  case actCalendar
  case actDayBefore
  case actDayAfter
  case actWeekBefore
  case actWeekAfter
  case actMonthBefore
  case actMonthAfter
  case actCalendarCadre
  case ctxCalendar
  case ctxRota
  case actFormPhrase
  case ctxAgenda
  case actAgenda
  case actAgendaMeeting
  case actAgendaUndo
  case actRequestSignedFor
  case actRequestDepartmentReply
  case actRequestSendBack
  case actRequestSlip
  case actRota
  case actSync
  case actRotaGenerate
  case actRotaGenerateQuarter
  case actRotaSwap
  case actRotaReplace
  case ctxCadres
  case ctxCadre
  case ctxAreas
  case actCadres
  case actAreas
  case actContactHousehold
  case actContactArea
  case actPeriodBefore
  case actPeriodAfter
  case actFollowUpDone
  case actQuit
  case actHelp
  case actBack
  case actNext
  case actPrevious
  case actTabRoster
  case actTabDiary
  case actTabQueue
  case actTabReview
  case actRedraw
  case actLock
  case actOperator
  case actSettings
  case actTableDown
  case actTableUp
  case actTablePageDown
  case actTablePageUp
  case actTableTop
  case actTableBottom
  case actTableSortNext
  case actTableSortReverse
  case actFormSubmit
  case keymapSkipped(Int, String)
  case keymapUnreadable(String)
  case kmSyntax(String)
  case kmUnknownContext(String, String)
  case kmUnknownKey(String)
  case kmUnknownAction(String)
  case kmDuplicate(String, String, Int)
  case kmIndistinguishable(String, String)
  case kmShadows(String, String, String)
  case kmReserved(String)
  case kmUnreadable
  case kmError
  case kmWarning
  case actOpen
  case actAdd
  case actEdit
  case actDelete
  case actUndo
  case actSearch
  case actSearchNext
  case actSearchPrevious
  case actFilter
  case actFilterClear
  case actFilterOverdue
  case actReveal
  case actSectionNext
  case actSectionPrevious
  case actMerge
  case actImport
  case actExport
  case actReception
  case actBook
  case actHandle
  case actRequestSolve
  case actRequestTransfer
  case actRequestMeeting
  case actRequestExplain
  case actRequestReply
  case actRequestClose
  case actRequestReopen
  case actRequestReassign
  case actRequestExtend
  case actRequestUrge
  case actRequestFollowUp
  case actRequestMerge
  case actBookHandOver
  case actBookPreviousDay
  case actBookNextDay
  case actBookGoToDay
  case keymapNotFound(String)
  case answerYes
  case answerNo
  case answerRestore
  case answerDiscard
  case answerSaveAnyway
  case answerOpenExisting
  case answerBackToForm
  case answerAnyKey
  case firstDemo
  case firstImport
  case firstBlank
  case firstSync
  case ctxCard
  case ctxDialog

  public var translations: Translations {
    switch self {
    case .statusHints(let p1, let p2): Translations("\(p1) 帮助  \(p2) 退出", "\(p1) help  \(p2) quit")
    case .statusHelp(let p1): Translations("\(p1) 帮助", "\(p1) help")
    case .helpTitle: Translations("按键帮助", "Keys")
    case .helpTyping: Translations("填写时", "While typing")
    case .helpEnterNext:
      Translations("单行栏：下一栏；多行栏：换行；列表：选定", "a line: next field; a text: new line; a list: choose")
    case .helpDateStep: Translations("日期栏：前一天、后一天", "a date: a day earlier or later")
    case .helpDigitChoice: Translations("选择栏：选定对应的一项", "a choice: choose the option with that key")
    case .helpClearLine: Translations("删到行首、删到行尾", "delete to the start, to the end of the line")
    case .helpDeskMatches: Translations("在户籍中找到的人里选择", "move among the people found in the roster")
    case .helpDeskLink: Translations("选定户籍中的人；单行栏：下一栏", "link the person found; a line: next field")
    case .helpSearchEnter:
      Translations("结束输入，留在找到的户上", "stop typing, staying on the household found")
    case .helpFooter(let p1): Translations("\(p1) 关闭 · 方向键翻动", "\(p1) closes · arrow keys scroll")
    case .ctxGlobal: Translations("任何地方", "Everywhere")
    case .ctxTable: Translations("表格中", "In a table")
    case .ctxForm: Translations("表单中", "In a form")
    case .ctxRoster: Translations("户籍台账", "Household roster")
    case .ctxDiary: Translations("民情日记", "Visit diary")
    case .ctxQueue: Translations("群众诉求", "Help requests")
    case .ctxReview: Translations("统计", "Review")
    case .ctxRequest: Translations("诉求详情", "A request")
    case .ctxReception: Translations("接待日登记", "Reception desk")
    case .ctxBook: Translations("接待日记录簿", "Record book")
    case .emergencyQuit:
      Translations("立即退出（草稿会保存，不能改键）", "quit at once (the draft is kept; cannot be rebound)")
    case .actQuit: Translations("退出", "quit")
    case .actHelp: Translations("按键帮助", "key help")
    case .actBack: Translations("返回 / 关闭 / 取消", "back, close, cancel")
    case .actNext: Translations("下一个标签页；表单中下一栏", "next tab; next field in a form")
    case .actPrevious: Translations("上一个标签页；表单中上一栏", "previous tab; previous field in a form")
    case .actTabRoster: Translations("户籍台账", "household roster")
    case .actTabDiary: Translations("民情日记", "visit diary")
    case .actTabQueue: Translations("群众诉求", "help requests")
    case .actTabReview: Translations("统计", "review")
    case .actRedraw: Translations("重绘屏幕", "redraw the screen")
    case .actLock: Translations("立即锁屏（需先设定 PIN）", "lock the screen now (once a PIN is set)")
    case .actOperator: Translations("更换操作人", "change the operator")
    case .actSettings: Translations("设置（期限、单位、转办对象）", "settings (deadlines, office, transfer list)")
    case .actTableDown: Translations("下一行", "next row")
    case .actTableUp: Translations("上一行", "previous row")
    case .actTablePageDown: Translations("下一页", "next page")
    case .actTablePageUp: Translations("上一页", "previous page")
    case .actTableTop: Translations("第一行", "first row")
    case .actTableBottom: Translations("最后一行", "last row")
    case .actTableSortNext: Translations("换一列排序", "sort by the next column")
    case .actTableSortReverse: Translations("反向排序", "reverse the sort")
    case .actFormSubmit: Translations("保存", "save")
    case .keymapSkipped(let p1, let p2):
      Translations(
        "键位文件有 \(p1) 行被跳过：运行 lastmile keymap check \(p2) 查看",
        "\(counted(p1, "keymap line")) \(p1 == 1 ? "was" : "were") skipped: run lastmile keymap check \(p2)"
      )
    case .keymapUnreadable(let p1):
      Translations(
        "键位文件无法读取（权限，或不是 UTF-8 文本），其中的绑定没有生效：\(p1)",
        "a keymap file cannot be read (its permissions, or not UTF-8 text), none of its bindings took effect: \(p1)"
      )
    case .kmSyntax(let p1):
      Translations(
        "看不懂“\(p1)”（应为 bind 场景 按键 动作，或 unbind 场景 按键）",
        "cannot read '\(p1)' (expected: bind CONTEXT KEY ACTION, or unbind CONTEXT KEY)")
    case .kmUnknownContext(let p1, let p2):
      Translations("没有“\(p1)”这个场景（可用：\(p2)）", "there is no context '\(p1)' (known: \(p2))")
    case .kmUnknownKey(let p1): Translations("不认识按键“\(p1)”", "'\(p1)' is not a key name")
    case .kmUnknownAction(let p1): Translations("没有“\(p1)”这个动作", "there is no action '\(p1)'")
    case .kmDuplicate(let p1, let p2, let p3):
      Translations(
        "\(p1) 在 \(p2) 中已经绑定过（第 \(p3) 行）", "\(p1) is already bound in \(p2) (line \(p3))")
    case .kmIndistinguishable(let p1, let p2):
      Translations(
        "终端分不清 \(p1) 和 \(p2)：它们是同一个键",
        "a terminal cannot tell \(p1) from \(p2): they are the same key")
    case .kmShadows(let p1, let p2, let p3):
      Translations(
        "\(p2) 中的 \(p1) 遮住了全局绑定（\(p3)）", "\(p1) in \(p2) hides its global binding (\(p3))")
    case .kmUnreadable:
      Translations(
        "无法读取这个键位文件（权限，或不是 UTF-8 文本），其中的绑定都没有生效",
        "the keymap file cannot be read (its permissions, or it is not UTF-8 text): none of its bindings took effect"
      )
    case .kmReserved(let p1):
      Translations("\(p1) 是紧急退出键，不能改绑", "\(p1) is the emergency quit and cannot be rebound")
    case .kmError: Translations("错误", "error")
    case .kmWarning: Translations("注意", "warning")
    case .actOpen:
      Translations("打开所选（全文、联系卡、成员、走访、诉求）", "open the one selected (in full, card, visit, request)")
    case .actAdd: Translations("新增（户、成员、走访）", "add (a household, a member, a visit)")
    case .actEdit: Translations("修改（户、走访）", "edit (the household, the visit)")
    case .actDelete:
      Translations("删除（户、成员、走访），可撤销", "delete (a household, a member, a visit); undoable")
    case .actUndo: Translations("撤销本次的上一个删除或修改", "undo the last delete or edit of this session")
    case .actSearch: Translations("搜索", "search")
    case .actSearchNext: Translations("下一个匹配", "next match")
    case .actSearchPrevious: Translations("上一个匹配", "previous match")
    case .actFilter: Translations("筛选", "filter")
    case .actFilterClear: Translations("清除筛选", "clear the filter")
    case .actFilterOverdue: Translations("只看逾期（再按一次取消）", "overdue only (again to undo)")
    case .actReveal:
      Translations("显示完整证件号和电话（记入审计日志）", "show ID numbers and phones in full (audited)")
    case .actMerge: Translations("把本户并入另一户", "merge this household into another")
    case .actSectionNext: Translations("下一部分（成员、走访、诉求）", "next part (members, visits, requests)")
    case .actSectionPrevious: Translations("上一部分", "previous part")
    case .actImport: Translations("导入 CSV", "import CSV")
    case .actExport: Translations("导出", "export")
    case .actReception: Translations("接待日登记（来访快速登记）", "reception desk (log walk-ins fast)")
    case .actBook: Translations("接待日记录簿", "the reception day's record book")
    case .actHandle:
      Translations("办理所选诉求（列出可做的操作）", "handle the selected request (what can be done)")
    case .actRequestSolve: Translations("立即解决（写明怎么解决）", "solved on the spot (say how)")
    case .actRequestTransfer:
      Translations("转办给领导或部门（一周内答复）", "transfer to a leader or department (answer within a week)")
    case .actRequestMeeting: Translations("提交会议研究", "refer to the office meeting")
    case .actRequestExplain: Translations("解释说明（写明原因）", "explain (give the reason)")
    case .actRequestReply: Translations("记录答复（口头或书面）", "record a reply (oral or written)")
    case .actRequestClose: Translations("办结（记录满意度）", "close (with satisfaction)")
    case .actRequestReopen: Translations("重新办理（写明原因）", "reopen (give the reason)")
    case .actRequestReassign: Translations("改派承办人", "reassign")
    case .actRequestExtend: Translations("延期（写明原因）", "extend the deadline (give the reason)")
    case .actRequestUrge: Translations("催办", "urge")
    case .actRequestFollowUp: Translations("回访（办结后问满意度）", "follow up (ask after closing)")
    case .actRequestMerge:
      Translations("重复诉求并单（并入此前一条）", "merge a repeated request into the earlier one")
    case .actBookHandOver: Translations("移交记录簿", "hand the book over")
    case .actBookPreviousDay: Translations("上一接待日", "reception day before")
    case .actBookNextDay: Translations("下一接待日", "reception day after")
    case .actBookGoToDay: Translations("打开某一天的记录簿", "open the book of a day")
    case .actCalendar: Translations("所选干部的月历", "the selected cadre's month")
    case .actDayBefore: Translations("前一天", "the day before")
    case .actDayAfter: Translations("后一天", "the day after")
    case .actWeekBefore: Translations("上一周", "the week before")
    case .actWeekAfter: Translations("下一周", "the week after")
    case .actMonthBefore: Translations("上个月", "month before")
    case .actMonthAfter: Translations("下个月", "month after")
    case .actCalendarCadre: Translations("换一位干部", "another cadre")
    case .ctxCalendar: Translations("干部月历", "Cadre's month")
    case .ctxRota: Translations("值班表", "Duty rota")
    case .actFormPhrase: Translations("插入常用语", "insert a phrase from the phrase book")
    case .ctxAgenda: Translations("会议议题", "A meeting's agenda")
    case .actAgenda: Translations("会议议题（办公会、支委会）", "the meetings' agenda")
    case .actAgendaMeeting: Translations("换一个会议", "the other meeting")
    case .actAgendaUndo: Translations("撤销这件的决定", "take back this matter's decision")
    case .actRequestSignedFor: Translations("承办单位签收", "the department signed for it")
    case .actRequestDepartmentReply: Translations("承办单位回复", "the department's reply")
    case .actRequestSendBack: Translations("退单（退回办公室）", "sent back to the office")
    case .actRequestSlip: Translations("打印交办单", "print the transfer slip")
    case .actRota: Translations("值班表", "duty rota")
    case .actSync: Translations("同步（U 盘同步包）", "sync (bundles on a USB stick)")
    case .actRotaGenerate: Translations("排本月空缺的接待日", "fill the month's open days")
    case .actRotaGenerateQuarter: Translations("排本季度空缺的接待日", "fill the quarter's open days")
    case .actRotaSwap: Translations("对调两天（先选一天，再选另一天）", "swap two days (mark one, then the other)")
    case .actRotaReplace: Translations("换值班领导", "replace the leader")
    case .ctxCadres: Translations("干部名册", "Cadres")
    case .ctxCadre: Translations("干部", "A cadre")
    case .ctxAreas: Translations("地方（县、部门、镇、村、组）", "Areas")
    case .actCadres: Translations("干部名册", "the cadres")
    case .actAreas: Translations("地方：村组的建立、改名、撤销", "areas: make, rename, retire")
    case .actContactHousehold: Translations("加联系户", "add a contact household")
    case .actContactArea: Translations("加联系点", "add a contact point")
    case .actPeriodBefore: Translations("上个月", "the month before")
    case .actPeriodAfter: Translations("下个月", "the month after")
    case .actWriteVisit: Translations("给本户写走访记录", "write a visit to this household")
    case .actFollowUpDone: Translations("标记跟进已完成", "mark the follow-up done")
    case .keymapNotFound(let p1):
      Translations(
        "没有键位“\(p1)”（可用 default、vim、emacs，或一个文件的路径）",
        "there is no keymap '\(p1)' (use default, vim, emacs, or a file's path)")
    case .answerYes: Translations("是", "yes")
    case .answerNo: Translations("否", "no")
    case .answerRestore: Translations("恢复", "restore")
    case .answerDiscard: Translations("丢弃", "discard")
    case .answerSaveAnyway: Translations("仍然保存", "save anyway")
    case .answerOpenExisting: Translations("查看该户（不保存）", "open it (not saving)")
    case .answerBackToForm: Translations("返回修改", "back to the form")
    case .answerAnyKey: Translations("按任意键关闭", "any key closes")
    case .firstDemo:
      Translations("载入演示数据（一个乡镇，2000 户）", "Load demo data (one township, 2,000 households)")
    case .firstImport: Translations("从 CSV 文件导入户籍", "Import the roster from a CSV file")
    case .firstBlank: Translations("从空白台账开始", "Start with an empty ledger")
    case .firstSync:
      Translations("导入本单位另一台电脑的同步包", "Merge a bundle from another laptop of the office")
    case .ctxCard: Translations("民情联系卡", "Contact card")
    case .ctxDialog: Translations("对话框中", "In a dialog")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: KeyText) -> String { text.text(language) }
}
