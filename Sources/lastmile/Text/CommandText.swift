import LastmileCore

/// The command line's words: help, options, and what a command reports.
enum CommandText: LocalizedText {
  case kmOk(String)
  case errorPrefix
  case cmdRoot
  case cmdOpen
  case cmdDemo
  case cmdCheck
  case cmdBackup
  case cmdExport
  case optDb
  case optLang
  case optToday
  case optOperator
  case optHouseholds
  case optSeed
  case optBackupOut
  case optExportTable
  case optFormat
  case optOut
  case cmdAudit
  case cmdRestore
  case cmdLock
  case cmdLockSet
  case cmdLockOff
  case cmdLockStatus
  case optLockIdle
  case optPinFile
  case lockIdleRange
  case lockPinNeeded
  case lockPinPrompt
  case lockPinShort(Int)
  case lockSet(Int, String)
  case lockOff
  case lockUnreadable(String)
  case argRestoreFile
  case restored(String, String)
  case restoredAside(String)
  case cmdAuditList
  case cmdAuditVerify
  case optAuditSince
  case optAuditBy
  case optAuditFormat
  case auditChainHolds(Int)
  case optUnmask
  case cmdReport
  case cmdReportOverdue
  case cmdReportReception
  case cmdReportRota
  case cmdReportAgenda
  case optMeeting
  case optRotaMonth
  case badMonth(String)
  case optReportFormat
  case optReportDate
  case expectedDate
  case unexpectedError(String)
  case unexpectedErrorUnlogged
  case reportWritten(String)
  case expectedLanguage
  case expectedOneOf(String)
  case invalidValue(String, String, String)
  case missingArgument(String)
  case unknownOption(String)
  case missingValue(String)
  case unexpectedArgument(String)
  case unexpectedArguments(String)
  case usageLine
  case usageHelp
  case usageSeeHelp(String)
  case badCount(String, Int)
  case operatorPrompt
  case operatorMissing
  case demoWritten(String, Int, Int, Int, Int, Int, Int)
  case checkOk(Int)
  case exportWritten(Int, String)
  case backupKeptNewest(Int, Int)
  case cmdImport
  case argImportTable
  case argImportFile
  case optDryRun
  case optSkipInvalid
  case optTemplate
  case importDryRun
  case templateWritten(String)
  case cmdBench
  case optBenchJSON
  case optBenchHouseholds
  case benchDebugBuild
  case benchBuilding(Int, String)
  case benchBuilt(String)
  case cmdKeymap
  case cmdKeymapCheck
  case cmdRules
  case cmdReportQuotas
  case optPeriod
  case optRole
  case badPeriod(String)
  case optArea
  case cmdReportRates
  case cmdReportSummary
  case optSummaryCadre
  case unknownCadre(String)
  case optRatesFrom
  case optRatesTo
  case optRatesBy
  case ratesFromAfterTo(LocalDate, LocalDate)
  case unknownArea(String)
  case ambiguousArea(String, String)
  case futurePeriod(String, LocalDate)
  case unknownRole(String, String)
  case cmdRulesCheck
  case cmdRulesShow
  case argRulesFile
  case rulesCheckOk(String, Int)
  case rulesFrom(String)
  case argKeymapFile
  case optKeymap
  case optAscii
  case optDemoIfEmpty
  case optWideAmbiguous
  case importRefused(Int)
  case importMoreProblems(Int)
  case importMoreWarnings(Int)

  var translations: Translations {
    switch self {
    case .kmOk(let p1): Translations("\(p1)：没有问题", "\(p1): no problems")
    case .errorPrefix: Translations("错误", "error")
    case .cmdRoot:
      Translations(
        "最后一公里 · 民情台账：户籍、民情日记与群众诉求，离线可用",
        "lastmile: the household roster, visit diary and help-request queue of a village or community, offline"
      )
    case .cmdOpen: Translations("打开全屏应用（默认）", "open the full-screen application (the default)")
    case .cmdDemo:
      Translations(
        "向空数据库填充逼真的演示数据（一个乡镇）", "fill an empty database with realistic demo data for one township")
    case .cmdCheck:
      Translations(
        "检查数据库：完整性、外键与结构版本", "check the database: integrity, foreign keys and schema version")
    case .cmdBackup:
      Translations(
        "在使用中也能做一致的备份", "make a consistent backup copy, even while the database is in use")
    case .cmdExport:
      Translations(
        "导出户籍、成员、走访、诉求或干部（CSV 或 JSON）",
        "export households, members, visits, requests or cadres (CSV or JSON)")
    case .optDb:
      Translations(
        "数据库文件（默认 $LASTMILE_DB，否则 $XDG_DATA_HOME/lastmile/lastmile.db）",
        "the database file (default $LASTMILE_DB, else $XDG_DATA_HOME/lastmile/lastmile.db)")
    case .optLang:
      Translations(
        "界面语言：zh 或 en（默认按 LC_ALL/LANG）", "the language: zh or en (default from LC_ALL/LANG)")
    case .optToday:
      Translations(
        "把这一天当作今天（YYYY-MM-DD），用于补录和测试",
        "the date taken as today (YYYY-MM-DD), for back-dated work and tests")
    case .optOperator:
      Translations("操作人姓名，记入每一条修改", "who is at the keyboard, recorded with every change")
    case .optHouseholds: Translations("户数", "how many households")
    case .optSeed:
      Translations("随机种子：相同种子生成相同数据", "the random seed: the same seed gives the same data")
    case .optBackupOut:
      Translations(
        "备份文件（默认写入数据库旁的 backups/）", "the backup file (default: backups/ beside the database)")
    case .optExportTable:
      Translations(
        "要导出的表：households、members、visits、requests 或 cadres",
        "what to export: households, members, visits, requests or cadres")
    case .optFormat: Translations("格式：csv 或 json", "the format: csv or json")
    case .cmdLock:
      Translations(
        "锁屏：设定 PIN 和无操作多久后锁屏", "the screen lock: a PIN, and how long without a key before it locks")
    case .cmdLockSet:
      Translations("设定锁屏 PIN（输入两次，不回显）", "set the screen lock's PIN (typed twice, not shown)")
    case .cmdLockOff: Translations("关闭锁屏", "turn the screen lock off")
    case .cmdLockStatus: Translations("锁屏是否开启", "whether the screen lock is on")
    case .optLockIdle:
      Translations(
        "无操作多少分钟后锁屏（1–240，默认 5）", "minutes without a key before the screen locks (1–240, default 5)"
      )
    case .optPinFile:
      Translations("从这个文件的第一行读 PIN", "read the PIN from the first line of this file")
    case .lockIdleRange:
      Translations("--idle 要在 1 到 240 分钟之间", "--idle takes 1 to 240 minutes")
    case .lockPinNeeded:
      Translations(
        "没有终端可以输入 PIN：请用 --pin-file", "no terminal to type the PIN at: use --pin-file")
    case .lockPinPrompt: Translations("锁屏 PIN：", "Screen lock PIN: ")
    case .lockPinShort(let count):
      Translations("PIN 至少要 \(count) 位", "the PIN needs at least \(count) characters")
    case .lockSet(let minutes, let path):
      Translations(
        "锁屏已开启：无操作 \(minutes) 分钟后锁屏（设定在 \(path)，只存 PIN 的加盐慢哈希）",
        "the screen lock is on: it locks after \(counted(minutes, "minute")) without a key (set in \(path), which holds a salted slow hash of the PIN, never the PIN)"
      )
    case .lockOff: Translations("锁屏没有开启", "the screen lock is off")
    case .lockUnreadable(let path):
      Translations(
        "\(path) 不是可读的锁屏设定：请用 lastmile lock set 重新设定",
        "\(path) is not a screen lock setting lastmile can read: set it again with lastmile lock set"
      )
    case .cmdRestore:
      Translations(
        "检查一个备份并用它替换数据库（被替换的数据库另存一份）",
        "check a backup and put it in place of the database (the database it replaces is kept aside)"
      )
    case .argRestoreFile: Translations("备份文件", "the backup file")
    case .restored(let p1, let p2):
      Translations("已用 \(p1) 恢复 \(p2)", "restored \(p2) from \(p1)")
    case .restoredAside(let p1):
      Translations("原来的数据库另存为 \(p1)", "the database it replaced is kept as \(p1)")
    case .cmdAudit:
      Translations(
        "审计日志：谁在何时改了什么、查看了什么；以及其哈希链的核验",
        "the audit log: who changed and who revealed what, when; and the check of its hash chain")
    case .cmdAuditList:
      Translations("按时间顺序列出审计日志", "print the audit log, oldest first")
    case .cmdAuditVerify:
      Translations(
        "重新计算审计日志的哈希链，指出断在哪里", "work the audit log's hash chain out again and say where it breaks")
    case .optAuditSince: Translations("只列这一天及以后的记录", "entries on or after this day only")
    case .optAuditBy: Translations("只列这位操作员的记录", "entries by this operator only")
    case .optAuditFormat: Translations("格式：text、csv 或 json", "the format: text, csv or json")
    case .auditChainHolds(let count):
      Translations(
        "ok：\(count) 条审计记录，哈希链从头到尾完整",
        "ok: \(counted(count, "audit entry", "audit entries")), the hash chain holds from the first to the last"
      )
    case .optOut:
      Translations("输出文件（默认或 - 为标准输出）", "the output file (standard output when absent or -)")
    case .optUnmask: Translations("不遮盖身份证号和电话", "show ID numbers and phones in full")
    case .cmdReport:
      Translations("报表：逾期诉求、接待日记录簿", "reports: overdue requests, the reception day's record book")
    case .cmdReportOverdue:
      Translations(
        "截至 --today 超过答复期限仍未答复的诉求，含逾期工作日数",
        "requests past their deadline and not replied to as of --today, with the working days overdue"
      )
    case .cmdReportAgenda:
      Translations(
        "提请会议研究、尚未决定的诉求（议题），html 可打印（A4）",
        "the requests referred to a meeting and not yet decided (its agenda); html prints on A4")
    case .optMeeting:
      Translations(
        "会议：office（办公会，默认）或 branch（支委会）",
        "the meeting: office (the default) or branch (the branch committee)")
    case .cmdReportRota:
      Translations(
        "某月的值班表（接待日、接待时间、值班领导），html 可打印张贴",
        "a month's duty rota (reception days, hours, leader on duty); html prints for the notice board"
      )
    case .optRotaMonth: Translations("月份（默认本月）", "the month (default this month)")
    case .badMonth(let p1):
      Translations(
        "月份“\(p1)”应写作 YYYY-MM，如 2026-12", "the month “\(p1)” should be YYYY-MM, as 2026-12")
    case .cmdReportReception:
      Translations(
        "某个接待日的记录簿（序号、来访人、住址、联系电话、反映问题、处理意见、承办人、答复期限）",
        "a reception day's record book (number, visitor, address, phone, matter, handling, handled by, reply due)"
      )
    case .optReportFormat:
      Translations(
        "格式：text、markdown、html（A4 横向打印）、csv 或 json",
        "the format: text, markdown, html (prints on A4 landscape), csv or json")
    case .optReportDate: Translations("接待日期（默认今天）", "the reception day (default today)")
    case .reportWritten(let p1): Translations("报表已写入 \(p1)", "report written to \(p1)")
    case .badCount(let p1, let p2):
      Translations("\(p1)：应为 1 到 \(p2) 之间的整数", "\(p1): must be a whole number from 1 to \(p2)")
    case .operatorPrompt:
      Translations(
        "操作人姓名（记入每一条修改）：", "Who is at the keyboard? Your name is recorded with every change: ")
    case .operatorMissing:
      Translations("没有操作人：请用 --operator 姓名 指定", "no operator: give one with --operator NAME")
    case .demoWritten(let p1, let p2, let p3, let p4, let p5, let p6, let p7):
      Translations(
        "演示数据已写入 \(p1)：\(p2) 个村/社区，\(p3) 户，\(p4) 名成员，\(p5) 名干部，\(p6) 条走访，\(p7) 件诉求",
        "demo data written to \(p1): \(counted(p2, "village")), \(counted(p3, "household")), \(counted(p4, "member")), \(counted(p5, "cadre")), \(counted(p6, "visit")), \(counted(p7, "request"))"
      )
    case .checkOk(let p1):
      Translations(
        "ok：完整性、外键、审计记录和结构版本（\(p1)）都没有问题",
        "ok: integrity, foreign keys, the audit guards and the schema (version \(p1)) are sound")
    case .exportWritten(let p1, let p2):
      Translations("已导出 \(p1) 行到 \(p2)", "\(counted(p1, "row")) written to \(p2)")
    case .backupKeptNewest(let p1, let p2):
      Translations(
        "已删除较早的备份 \(p1) 个（保留最近 \(p2) 天的）",
        "removed \(counted(p1, "older backup")) (keeping the last \(p2) days')")
    case .cmdImport:
      Translations(
        "从 CSV 导入户籍、成员、诉求、走访或干部（UTF-8 或 GB18030，中文或英文标题）",
        "import households, members, requests, visits or cadres from CSV (UTF-8 or GB18030, Chinese or English headers)"
      )
    case .argImportTable:
      Translations(
        "要导入的表：households、members、requests、visits 或 cadres",
        "what to import: households, members, requests, visits or cadres")
    case .argImportFile:
      Translations(
        "CSV 文件（--template 时为要写的模板文件，- 为标准输出）",
        "the CSV file (with --template, the template to write; - for standard output)")
    case .optDryRun: Translations("只检查并统计，不写入", "check and count, write nothing")
    case .optSkipInvalid:
      Translations(
        "导入没有问题的行，把有问题的行连同原因写到 FILE.rejected.csv",
        "import the good rows and write the bad ones with their reason to FILE.rejected.csv")
    case .optTemplate: Translations("写一个只有标题行的模板文件", "write a header-only template file")
    case .importDryRun: Translations("试运行，未写入任何内容", "dry run: nothing was written")
    case .templateWritten(let p1): Translations("模板已写到 \(p1)", "template written to \(p1)")
    case .cmdBench:
      Translations(
        "在县级规模的数据库上测量速度和内存（请用 release 构建）",
        "measure speed and memory on a county-scale database (use a release build)")
    case .optBenchJSON: Translations("每项测量输出一行 JSON", "print one JSON object per measurement")
    case .optBenchHouseholds:
      Translations("没有 --db 时生成的户数", "households to generate when no --db is given")
    case .benchDebugBuild:
      Translations(
        "这是调试构建，测得的数字不能和预算比较：请用 swift run -c release lastmile bench",
        "this is a debug build; its figures cannot be held against the budget: use swift run -c release lastmile bench"
      )
    case .benchBuilding(let p1, let p2):
      Translations(
        "正在生成 \(p1) 户的县级演示数据库 \(p2)……",
        "building a county-scale demo database of \(counted(p1, "household")) at \(p2)…")
    case .benchBuilt(let p1): Translations("生成用时 \(p1) 秒", "built in \(p1) s")
    case .cmdKeymap: Translations("键位文件", "keymap files")
    case .cmdReportQuotas:
      Translations("每名干部在一个时段的定额完成情况，未完成的在前", "each cadre's quotas over a period, the short first")
    case .optPeriod:
      Translations(
        "时段：月（2026-11）、季度（2026-Q4）、年（2026）或年初至今（2026-YTD、ytd）",
        "the period: a month (2026-11), a quarter (2026-Q4), a year (2026) or a year to date (2026-YTD, ytd)"
      )
    case .optRole: Translations("只看这个角色（规则中的编号）", "only this role (its id in the rules)")
    case .badPeriod(let text):
      Translations(
        "“\(text)”不是时段：写 2026-11、2026-Q4、2026 或 2026-YTD",
        "“\(text)” is not a period: write 2026-11, 2026-Q4, 2026 or 2026-YTD")
    case .cmdReportRates:
      Translations(
        "诉求办理“四率”：按时响应、办结、满意、回访，各带分子分母，并列出拉低指标的诉求",
        "the request rates (replied in time, closed, satisfied, followed up) with numerators and denominators, and the requests that lowered them"
      )
    case .cmdReportSummary:
      Translations(
        "干部工作总结：下基层天数、蹲点、住村、走访小组和户、联系卡、日记、报告、问题，并写成一段话",
        "each cadre's work summary: days out, stationed days, nights, groups and households visited, cards, diaries, reports, problems, and a paragraph"
      )
    case .optSummaryCadre: Translations("只看这位干部", "only this cadre")
    case .unknownCadre(let name): Translations("没有干部“\(name)”", "no cadre “\(name)”")
    case .optRatesFrom: Translations("从这一天受理的诉求起", "requests received from this day")
    case .optRatesTo: Translations("到这一天（含）", "through this day")
    case .optRatesBy: Translations("按类别、村或承办人分组", "group by category, village or assignee")
    case .ratesFromAfterTo(let from, let to):
      Translations("--from \(from) 晚于 --to \(to)", "--from \(from) is after --to \(to)")
    case .optArea:
      Translations(
        "只看联系这个地方（或其下）的干部：村名或“镇/村”",
        "only cadres contacting this area or one in it: a name or “township/village”")
    case .ambiguousArea(let area, let paths):
      Translations(
        "“\(area)”不止一个：\(paths)；请写全称", "“\(area)” is more than one: \(paths); write the whole path")
    case .futurePeriod(let period, let today):
      Translations("\(period) 还没有开始（今天是 \(today)）", "\(period) has not begun (today is \(today))")
    case .unknownArea(let area):
      Translations(
        "没有地方“\(area)”（写村名，或“镇/村”全称）", "no area “\(area)” (write its name, or “township/village”)")
    case .unknownRole(let role, let known):
      Translations(
        "规则中没有角色“\(role)”（有：\(known)）", "the rules have no role “\(role)” (they have: \(known))")
    case .cmdRules: Translations("干部的角色、定额和答复期限", "cadres' roles, quotas and the deadlines")
    case .cmdRulesCheck:
      Translations("检查规则文件，一次报告所有问题（文件:行）", "check a rules file, every problem at once (file:line)")
    case .cmdRulesShow: Translations("显示现行规则", "print the rules in force")
    case .argRulesFile: Translations("规则文件（TOML）", "the rules file (TOML)")
    case .rulesCheckOk(let file, let roles):
      Translations(
        "\(file)：没有问题（连同默认规则共 \(roles) 个角色）",
        "\(file): no problems (\(counted(roles, "role")) with the defaults)")
    case .rulesFrom(let file):
      Translations("规则：默认规则，加上 \(file)", "rules: the defaults, with \(file)")
    case .cmdKeymapCheck:
      Translations(
        "检查键位文件，一次列出所有问题（文件:行号）", "check a keymap file, listing every problem with file:line")
    case .argKeymapFile:
      Translations("键位文件（或 default、vim、emacs）", "the keymap file (or default, vim, emacs)")
    case .optKeymap:
      Translations(
        "键位：default、vim、emacs 或文件路径", "the keymap: default, vim, emacs, or a file's path")
    case .optAscii:
      Translations("只用 ASCII 字符画边框和标记", "draw borders and marks with ASCII characters only")
    case .optDemoIfEmpty:
      Translations("数据库为空时先填充演示数据", "fill an empty database with demo data first")
    case .optWideAmbiguous:
      Translations(
        "把宽度不明确的字符（框线、①、…）按两格计算",
        "count ambiguous-width characters (box lines, ①, …) as two columns")
    case .unexpectedError(let log):
      Translations(
        "出现了意外的错误，没有完成：详情已记入 \(log)，请把它交给技术支持",
        "something unexpected went wrong and the command did not finish: the detail is in \(log), for support"
      )
    case .unexpectedErrorUnlogged:
      Translations(
        "出现了意外的错误，没有完成", "something unexpected went wrong and the command did not finish")
    case .expectedDate: Translations("应为 YYYY-MM-DD 格式的日期", "expected a date, YYYY-MM-DD")
    case .expectedLanguage: Translations("应为 zh 或 en", "expected zh or en")
    case .expectedOneOf(let accepted):
      Translations("可选值：\(accepted)", "expected one of \(accepted)")
    case .invalidValue(let value, let option, let reason):
      Translations(
        "“\(value)”不适用于 \(option)：\(reason)", "'\(value)' does not fit \(option): \(reason)")
    case .missingArgument(let argument):
      Translations("缺少参数 \(argument)", "the argument \(argument) is missing")
    case .unknownOption(let option): Translations("没有选项 \(option)", "there is no option \(option)")
    case .missingValue(let option): Translations("\(option) 缺少值", "\(option) needs a value")
    case .unexpectedArguments(let arguments):
      Translations("多余的参数：\(arguments)", "unexpected arguments: \(arguments)")
    case .unexpectedArgument(let argument):
      Translations("多余的参数“\(argument)”", "unexpected argument '\(argument)'")
    case .usageLine: Translations("用法：", "Usage:")
    case .usageHelp: Translations("说明：", "Help:")
    case .usageSeeHelp(let command): Translations("详见 \(command)", "See \(command) for more.")
    case .importMoreProblems(let n):
      Translations(
        "……另有 \(n) 处问题未列出（加 --skip-invalid 可把坏行连同原因写进文件）",
        "… and \(n) more problems not listed (--skip-invalid writes the bad rows with their reasons to a file)"
      )
    case .importMoreWarnings(let n):
      Translations("……另有 \(n) 条提示未列出", "… and \(n) more warnings not listed")
    case .importRefused(let p1):
      Translations(
        "没有导入任何内容：\(p1) 行有问题（修正后重试，或用 --skip-invalid 只导入没有问题的行）",
        "nothing was imported: \(counted(p1, "row")) \(p1 == 1 ? "has" : "have") problems (fix them, or use --skip-invalid to import the good rows only)"
      )
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: CommandText) -> String { text.text(language) }
}
