extension StringTable {
  static let commandEntries: [(key: StringKey, zh: String, en: String)] = [
    (.errorPrefix, "错误", "error"),
    (.warningPrefix, "注意", "warning"),
    (
      .cmdRoot, "最后一公里 · 民情台账：户籍、民情日记与群众诉求，离线可用",
      "lastmile: the household roster, visit diary and help-request queue of a village or community, offline"
    ),
    (.cmdOpen, "打开全屏应用（默认）", "open the full-screen application (the default)"),
    (
      .cmdDemo, "向空数据库填充逼真的演示数据（一个乡镇）",
      "fill an empty database with realistic demo data for one township"
    ),
    (
      .cmdCheck, "检查数据库：完整性、外键与结构版本",
      "check the database: integrity, foreign keys and schema version"
    ),
    (
      .cmdBackup, "在使用中也能做一致的备份", "make a consistent backup copy, even while the database is in use"
    ),
    (
      .cmdExport, "导出户籍、成员、走访或诉求（CSV 或 JSON）",
      "export households, members, visits or requests (CSV or JSON)"
    ),
    (
      .optDb, "数据库文件（默认 $LASTMILE_DB，否则 $XDG_DATA_HOME/lastmile/lastmile.db）",
      "the database file (default $LASTMILE_DB, else $XDG_DATA_HOME/lastmile/lastmile.db)"
    ),
    (
      .optLang, "界面语言：zh 或 en（默认按 LC_ALL/LANG）", "the language: zh or en (default from LC_ALL/LANG)"
    ),
    (
      .optToday, "把这一天当作今天（YYYY-MM-DD），用于补录和测试",
      "the date taken as today (YYYY-MM-DD), for back-dated work and tests"
    ),
    (.optOperator, "操作人姓名，记入每一条修改", "who is at the keyboard, recorded with every change"),
    (.optHouseholds, "户数", "how many households"),
    (.optSeed, "随机种子：相同种子生成相同数据", "the random seed: the same seed gives the same data"),
    (
      .optBackupOut, "备份文件（默认写入数据库旁的 backups/）",
      "the backup file (default: backups/ beside the database)"
    ),
    (
      .optExportTable, "要导出的表：households、members、visits 或 requests",
      "what to export: households, members, visits or requests"
    ),
    (.optFormat, "格式：csv 或 json", "the format: csv or json"),
    (.optOut, "输出文件（默认标准输出）", "the output file (default: standard output)"),
    (.optUnmask, "不遮盖身份证号和电话", "show ID numbers and phones in full"),
    (.cmdReport, "报表：逾期诉求、接待日记录簿", "reports: overdue requests, the reception day's record book"),
    (
      .cmdReportOverdue, "截至 --today 超过答复期限仍未答复的诉求，含逾期工作日数",
      "requests past their deadline and not replied to as of --today, with the working days overdue"
    ),
    (
      .cmdReportReception, "某个接待日的记录簿（序号、来访人、住址、联系电话、反映问题、处理意见、承办人、答复期限）",
      "a reception day's record book (number, visitor, address, phone, matter, handling, handled by, reply due)"
    ),
    (
      .optReportFormat, "格式：text、markdown、html（A4 横向打印）、csv 或 json",
      "the format: text, markdown, html (prints on A4 landscape), csv or json"
    ),
    (.optReportDate, "接待日期（默认今天）", "the reception day (default today)"),
    (.badDate, "{1}：“{2}”不是日期（应为 YYYY-MM-DD）", "{1}: '{2}' is not a date (expected YYYY-MM-DD)"),
    (.reportWritten, "报表已写入 {1}", "report written to {1}"),
    (
      .badToday, "--today：“{1}”不是日期（应为 YYYY-MM-DD）",
      "--today: '{1}' is not a date (expected YYYY-MM-DD)"
    ),
    (.badLang, "--lang：“{1}”应为 zh 或 en", "--lang: '{1}' must be zh or en"),
    (.badChoice, "{1}：“{2}”不是可选值（可选：{3}）", "{1}: '{2}' is not one of {3}"),
    (.badCount, "{1}：应为 1 到 {2} 之间的整数", "{1}: must be a whole number from 1 to {2}"),
    (
      .operatorPrompt, "操作人姓名（记入每一条修改）：",
      "Who is at the keyboard? Your name is recorded with every change: "
    ),
    (.operatorMissing, "没有操作人：请用 --operator 姓名 指定", "no operator: give one with --operator NAME"),
    (
      .demoWritten, "演示数据已写入 {1}：{2} 个村/社区，{3} 户，{4} 名成员，{5} 名干部，{6} 条走访，{7} 件诉求",
      "demo data written to {1}: {2} villages, {3} households, {4} members, {5} cadres, {6} visits, {7} requests"
    ),
    (.checkOk, "ok", "ok"),
    (.exportWritten, "已导出 {1} 行到 {2}", "{1} rows written to {2}"),
    (
      .backupKeptNewest, "已删除较早的备份 {1} 个（保留最新 {2} 个）",
      "removed {1} older backups (keeping the newest {2})"
    ),
    (.interrupted, "已中断", "interrupted"),
    (
      .cmdImport, "从 CSV 导入户籍、成员或诉求（UTF-8 或 GB18030，中文或英文标题）",
      "import households, members or requests from CSV (UTF-8 or GB18030, Chinese or English headers)"
    ),
    (
      .argImportTable, "要导入的表：households、members 或 requests",
      "what to import: households, members or requests"
    ),
    (
      .argImportFile, "CSV 文件（--template 时为要写的模板文件，- 为标准输出）",
      "the CSV file (with --template, the template to write; - for standard output)"
    ),
    (.optDryRun, "只检查并统计，不写入", "check and count, write nothing"),
    (
      .optSkipInvalid, "导入没有问题的行，把有问题的行连同原因写到 FILE.rejected.csv",
      "import the good rows and write the bad ones with their reason to FILE.rejected.csv"
    ),
    (.optTemplate, "写一个只有标题行的模板文件", "write a header-only template file"),
    (
      .importSummary, "{1}：新增 {2}，更新 {3}，未变 {4}，拒绝 {5}（共 {6} 行，{7}）",
      "{1}: {2} added, {3} updated, {4} unchanged, {5} refused ({6} rows, {7})"
    ),
    (.importDryRun, "试运行，未写入任何内容", "dry run: nothing was written"),
    (
      .importRefused, "没有导入任何内容：{1} 行有问题（修正后重试，或用 --skip-invalid 只导入没有问题的行）",
      "nothing was imported: {1} rows have problems (fix them, or use --skip-invalid to import the good rows only)"
    ),
    (.importRejectedWritten, "有问题的行已写到 {1}", "the refused rows were written to {1}"),
    (.templateWritten, "模板已写到 {1}", "template written to {1}"),
    (.tableHouseholds, "户籍", "households"),
    (.tableMembers, "成员", "members"),
    (
      .cmdBench, "在县级规模的数据库上测量速度和内存（请用 release 构建）",
      "measure speed and memory on a county-scale database (use a release build)"
    ),
    (.optBenchJSON, "每项测量输出一行 JSON", "print one JSON object per measurement"),
    (.optBenchHouseholds, "没有 --db 时生成的户数", "households to generate when no --db is given"),
    (
      .benchDebugBuild, "这是调试构建，测得的数字不能和预算比较：请用 swift run -c release lastmile bench",
      "this is a debug build; its figures cannot be held against the budget: use swift run -c release lastmile bench"
    ),
    (
      .benchBuilding, "正在生成 {1} 户的县级演示数据库 {2}……",
      "building a county-scale demo database of {1} households at {2}…"
    ),
    (.benchBuilt, "生成用时 {1} 秒", "built in {1} s"),
    (.benchName, "测量", "measurement"),
    (.benchFirstFrame, "启动到首帧", "first frame"),
    (.benchSearch, "搜索每次按键", "search per keystroke"),
    (.benchPageTop, "开头处下翻一页", "page down at the top"),
    (.benchPageMiddle, "中间处下翻一页", "page down in the middle"),
    (.benchPageEnd, "末尾处下翻一页", "page down at the end"),
    (.benchPageUpEnd, "从末尾上翻一页", "page up from the end"),
    (.benchOpenCard, "打开联系卡", "open contact card"),
    (.benchOverdueQueue, "打开逾期诉求队列", "open the queue filtered to overdue"),
    (.benchSaveRequest, "接待登记保存一条诉求", "save a request at the reception desk"),
    (.benchPeakMemory, "浏览时内存峰值", "peak memory while browsing"),
    (.benchImport, "CSV 导入", "CSV import"),
    (
      .benchTooFewHouseholds, "数据库只有 {1} 户，测不出有意义的数字：至少要 {2} 户（不带 --db 时会生成县级数据库）",
      "the database has only {1} households, too few to measure: it needs at least {2} (without --db a county's database is built)"
    ),
    (.benchIncompleteFrame, "首帧没有画出户籍表的行", "the first frame came without the roster's rows"),
    (
      .benchImportIncomplete, "CSV 导入只加入了 {1} 户，文件有 {2} 户",
      "the CSV import added only {1} households of the file's {2}"
    ),
    (.benchWalkInNotSaved, "接待登记没有保存来访人 {1}", "the reception desk did not save the walk-in {1}"),
    (.benchBudget, "预算", "budget"),
    (.benchHolds, "达标", "holds"),
    (.benchMissed, "未达标", "missed"),
    (.cmdKeymap, "键位文件", "keymap files"),
    (
      .cmdKeymapCheck, "检查键位文件，一次列出所有问题（文件:行号）",
      "check a keymap file, listing every problem with file:line"
    ),
    (.argKeymapFile, "键位文件（或 default、vim、emacs）", "the keymap file (or default, vim, emacs)"),
    (.optKeymap, "键位：default、vim、emacs 或文件路径", "the keymap: default, vim, emacs, or a file's path"),
    (.optAscii, "只用 ASCII 字符画边框和标记", "draw borders and marks with ASCII characters only"),
    (.optDemoIfEmpty, "数据库为空时先填充演示数据", "fill an empty database with demo data first"),
    (
      .optWideAmbiguous, "把宽度不明确的字符（框线、①、…）按两格计算",
      "count ambiguous-width characters (box lines, ①, …) as two columns"
    ),
    (
      .noTerminal, "lastmile 需要在终端里运行（标准输入和输出都要是终端）；脚本请用子命令，见 lastmile --help",
      "lastmile needs a terminal on standard input and output; scripts use the subcommands, see lastmile --help"
    ),
    (
      .keymapNotFound, "没有键位“{1}”（可用 default、vim、emacs，或一个文件的路径）",
      "there is no keymap '{1}' (use default, vim, emacs, or a file's path)"
    ),
  ]
}
