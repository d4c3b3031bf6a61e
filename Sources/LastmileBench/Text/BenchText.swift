import LastmileCore

/// The benchmark's words.
public enum BenchText: LocalizedText {
  case benchName
  case benchFirstFrame
  case benchSearch
  case benchPageTop
  case benchPageMiddle
  case benchPageEnd
  case benchPageUpEnd
  case benchOpenCard
  case benchOverdueQueue
  case benchQueueNumber
  case benchQueueWords
  case benchHeadlineFlags
  case benchAgenda
  case benchRotaMonth
  case benchQueueFlag
  case benchSaveRequest
  case benchKeepDraft
  case benchDiaryTop
  case benchQuotasYear
  case benchReviewMonth
  case benchReviewYear
  case benchReviewLater
  case benchReviewDrill
  case benchSummaryYear
  case benchQuotasCadreMonth
  case benchVisitNotSaved(Int)
  case benchNoVisits
  case benchDiaryMiddle
  case benchDiaryEnd
  case benchCalendar
  case benchSaveVisit
  case benchImportVisits
  case benchPeakMemory
  case benchImport
  case benchSyncFullExport
  case benchSyncFullImport
  case benchSyncFullExportMemory
  case benchSyncFullImportMemory
  case benchAuditVerify
  case benchVisiData
  case benchImportAgainstVisiData
  case benchBackup
  case benchAuditBroken(Int)
  case benchSyncChangesExport
  case benchSyncChangesImport
  case benchSyncIncomplete(Int, Int)
  case benchTooFewHouseholds(Int, Int)
  case benchIncompleteFrame
  case benchImportIncomplete(Int, Int)
  case benchCannotRun(String, String)
  case benchCommandFailed(String, Int)
  case benchCommandKilled(String)
  case benchImportMemory
  case benchWalkInNotSaved(String)
  case benchBudget
  case benchHolds
  case benchMissed

  public var translations: Translations {
    switch self {
    case .benchName: Translations("测量", "measurement")
    case .benchFirstFrame: Translations("启动到首帧", "first frame")
    case .benchSearch: Translations("搜索每次按键", "search per keystroke")
    case .benchPageTop: Translations("开头处下翻一页", "page down at the top")
    case .benchPageMiddle: Translations("中间处下翻一页", "page down in the middle")
    case .benchPageEnd: Translations("末尾处下翻一页", "page down at the end")
    case .benchPageUpEnd: Translations("从末尾上翻一页", "page up from the end")
    case .benchOpenCard: Translations("打开联系卡", "open contact card")
    case .benchOverdueQueue: Translations("打开逾期诉求队列", "open the queue filtered to overdue")
    case .benchQueueNumber: Translations("按编号查找诉求", "find a request by its number")
    case .benchQueueWords: Translations("按字词查找诉求", "find requests by a word")
    case .benchHeadlineFlags:
      Translations("状态栏计数（含记录簿和台账提醒）", "the status line's counts (with the book's flags)")
    case .benchAgenda: Translations("读会议议题", "read a meeting's agenda")
    case .benchRotaMonth: Translations("读一个月的值班表", "read a month of the duty rota")
    case .benchQueueFlag: Translations("按台账提醒筛选诉求", "the queue filtered by a flag")
    case .benchSaveRequest: Translations("接待登记保存一条诉求", "save a request at the reception desk")
    case .benchKeepDraft: Translations("接待登记保存草稿（停顿时）", "keep the desk's draft (at a pause)")
    case .benchVisitNotSaved(let number):
      Translations("第 \(number) 条走访没有保存", "visit \(number) was not saved")
    case .benchNoVisits: Translations("数据库里没有走访记录", "the database holds no visits")
    case .benchQuotasYear: Translations("全部干部一年的定额", "every cadre's quotas for a year")
    case .benchReviewMonth: Translations("打开统计：一个月的数字", "open the review: a month's figures")
    case .benchReviewYear: Translations("打开统计：一年的数字", "open the review: a year's figures")
    case .benchReviewLater:
      Translations("统计随后补上：定额和数据自查（一个月）", "the review fills in: quotas and health (a month)")
    case .benchReviewDrill:
      Translations("统计打开名单（每行一次：首页和条数）", "a review row opens its list (a page and its count)")
    case .benchSummaryYear:
      Translations("工作总结：全部干部一年", "work summary: every cadre for a year")
    case .benchQuotasCadreMonth: Translations("一名干部一个月的定额", "one cadre's quotas for a month")
    case .benchDiaryTop: Translations("民情日记在顶部向下翻页", "diary: page down at the top")
    case .benchDiaryMiddle: Translations("民情日记在中部向下翻页", "diary: page down in the middle")
    case .benchDiaryEnd: Translations("民情日记从末尾向上翻页", "diary: page up from the end")
    case .benchCalendar: Translations("打开一位干部的月历", "open a cadre's month calendar")
    case .benchSaveVisit: Translations("保存一条带两个问题的走访", "save a visit with two problems")
    case .benchImportVisits: Translations("CSV 导入走访", "CSV import of visits")
    case .benchPeakMemory: Translations("浏览时内存峰值", "peak memory while browsing")
    case .benchImport: Translations("CSV 导入（整个进程）", "CSV import (the whole process)")
    case .benchSyncFullExport: Translations("全县同步包写出", "full county bundle: export")
    case .benchSyncFullImport:
      Translations("全县同步包导入空库", "full county bundle: import into an empty database")
    case .benchSyncFullExportMemory:
      Translations("全县同步包写出时内存峰值", "full county bundle: peak memory of the export")
    case .benchSyncFullImportMemory:
      Translations("全县同步包导入时内存峰值", "full county bundle: peak memory of the import")
    case .benchAuditVerify:
      Translations("核验整个审计日志的哈希链", "verify the whole audit log's hash chain")
    case .benchBackup: Translations("备份整个数据库", "back up the whole database")
    case .benchVisiData:
      Translations("VisiData 读入同一文件并写成 SQLite", "VisiData loading the same file into SQLite")
    case .benchImportAgainstVisiData:
      Translations("导入所用时间是 VisiData 的几倍", "the import's time against VisiData's")
    case .benchAuditBroken(let count):
      Translations("审计日志哈希链有 \(count) 处问题", "the audit log's hash chain has \(count) problems")
    case .benchSyncChangesExport:
      Translations("写出 10,000 项改动的同步包", "bundle of 10,000 changes: export")
    case .benchSyncChangesImport:
      Translations("导入 10,000 项改动的同步包", "bundle of 10,000 changes: import")
    case .benchSyncIncomplete(let p1, let p2):
      Translations(
        "同步包只导入了 \(p1) 项改动，写出的是 \(p2) 项",
        "the bundle merged only \(p1) of the \(p2) changes written")
    case .benchTooFewHouseholds(let p1, let p2):
      Translations(
        "数据库只有 \(p1) 户，测不出有意义的数字：至少要 \(p2) 户（不带 --db 时会生成县级数据库）",
        "the database has only \(counted(p1, "household")), too few to measure: it needs at least \(p2) (without --db a county's database is built)"
      )
    case .benchIncompleteFrame:
      Translations("首帧没有画出户籍表的行", "the first frame came without the roster's rows")
    case .benchImportIncomplete(let p1, let p2):
      Translations(
        "CSV 导入只加入了 \(p1) 户，文件有 \(p2) 户",
        "the CSV import added only \(counted(p1, "household")) of the file's \(p2)")
    case .benchCannotRun(let p1, let p2):
      Translations("无法运行 \(p1)：\(p2)", "cannot run \(p1): \(p2)")
    case .benchCommandFailed(let p1, let p2):
      Translations("\(p1) 失败（退出状态 \(p2)）", "\(p1) failed (exit status \(p2))")
    case .benchCommandKilled(let p1):
      Translations("\(p1) 被信号终止", "\(p1) was ended by a signal")
    case .benchImportMemory:
      Translations("CSV 导入时内存峰值（整个进程）", "CSV import: peak memory (the whole process)")
    case .benchWalkInNotSaved(let p1):
      Translations("接待登记没有保存来访人 \(p1)", "the reception desk did not save the walk-in \(p1)")
    case .benchBudget: Translations("预算", "budget")
    case .benchHolds: Translations("达标", "holds")
    case .benchMissed: Translations("未达标", "missed")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: BenchText) -> String { text.text(language) }
}
