import LastmileCore

/// The store's messages, in Chinese and English.
public enum StoreText: LocalizedText {
  case storeDatabaseMissing(String)
  case storeNotInitialized(String)
  case storeFolderNotCreated(String, String)
  case storeNotADatabase(String)
  case storeNewerSchema(String, String)
  case storeIsFolder(String)
  case storeForeignDatabase(String)
  case storeReadOnlyOlderSchema(String)
  case storeUnreadable(String, String)
  case storeNotEmpty(String, Int)
  case storeFolderMissing(String)
  case storeWriteFailed(String, String)
  case importUndecodable(String)
  case importEmptyFile(String)
  case importUnclosedQuote(String, Int)
  case importDuplicateColumn(String, Int, String)
  case importBig5(String)
  case storeInterruptedWrite(String)
  case storeBackupUnsound(String)
  case checkRecovered
  case importMaskedUnknown(Int)
  case importMaskedMismatch(String)
  case importAmbiguousMember(String)
  case importLineBreak
  case importRowTooLong(Int)
  case importMissingColumns(String, String)
  case importUnknownColumn
  case importDuplicateInFile(String, Int)
  case importHouseholdNotFound(String)
  case importNewCadre(String)
  case importNewArea(String)
  case importColumnCount(Int, Int)
  case importReason
  case defaultTownship
  case duplicateIDNumber(String, String, String)
  case duplicateHead(String, String)
  case checkIntegrity(String)
  case checkForeignKey(String, String, String)
  case checkSchemaOlder(Int, Int)
  case checkAuditTriggers(String)
  case auditAltered(Int, Int)
  case auditMissing(Int, Int)
  case auditMissingOne(Int)
  case auditRemovedAtEnd(Int, Int)
  case auditUnsealed(Int, Int)
  case checkTriggerMissing(String)
  case checkTriggerChanged(String)
  case checkTriggerUnknown(String)
  case storeAlreadyHandedOver(LocalDate, String, String)
  case storeNoDutyLeaders
  case storeNoDutyLeader(LocalDate)
  case storeAreaInUse(String, String)
  case storeAreaHouseholds(Int)
  case storeAreaChildren(Int)
  case storeAreaContacts(Int)
  case storeAreaAnd
  case storeAreaLevel(String, String, String)
  case storeAreaTop
  case storeSyncOperationMalformed(Int)
  case storeSymbolicLink(String)
  case importedHouseholds
  case importedMembers
  case importedRequests
  case importedVisits
  case importedCadres
  case importAreaNotFound(String)
  case storeBusy(String, Int)
  case storeWaiting(String, Int)
  case storeReadOnly(String)
  case storeDiskFull(String)
  case storeRefused
  case storeDamaged(String, String)
  case storeGone(String)
  case storeGoneNamed(String, String)
  case storeEmptyOperator
  case recordHousehold
  case recordMember
  case recordRequest
  case recordVisit
  case recordCadre
  case recordArea
  case recordContact
  case recordHandover
  case recordOther

  public var translations: Translations {
    switch self {
    case .storeNotInitialized(let p1):
      Translations(
        "\(p1) 是空文件，还不是 lastmile 数据库（用 lastmile --db \(p1) 打开即可新建，或用 lastmile demo 生成演示数据）",
        "\(p1) is empty, not yet a lastmile database (lastmile --db \(p1) makes one, lastmile demo fills one with demo data)"
      )
    case .storeDatabaseMissing(let p1):
      Translations(
        "\(p1) 处没有数据库：运行 lastmile demo 生成演示数据，或运行 lastmile 新建",
        "there is no database at \(p1): run 'lastmile demo' to create one with demo data, or 'lastmile' to start one"
      )
    case .storeFolderNotCreated(let p1, let p2):
      Translations("无法创建文件夹 \(p1)：\(p2)", "cannot create the folder \(p1): \(p2)")
    case .storeNotADatabase(let p1):
      Translations(
        "\(p1) 不是 lastmile 数据库（不是 SQLite 文件）",
        "\(p1) is not a lastmile database (not an SQLite file)")
    case .storeNewerSchema(let p1, let p2):
      Translations(
        "\(p1) 由更新版本的 lastmile 写入（未知的结构变更：\(p2)），未做任何改动；请升级 lastmile 后再打开",
        "\(p1) was written by a newer lastmile (unknown schema changes: \(p2)); it was left untouched: update lastmile to open it"
      )
    case .storeIsFolder(let p1):
      Translations("\(p1) 是文件夹，不是数据库文件", "\(p1) is a folder, not a database file")
    case .storeUnreadable(let p1, let p2):
      Translations("无法打开 \(p1)：\(p2)", "cannot open \(p1): \(p2)")
    case .storeNotEmpty(let p1, let p2):
      Translations(
        "\(p1) 已有数据（\(p2) 户），demo 只填充空数据库",
        "\(p1) already holds data (\(counted(p2, "household"))): demo fills an empty database only")
    case .storeFolderMissing(let p1):
      Translations("文件夹 \(p1) 不存在", "the folder \(p1) does not exist")
    case .storeWriteFailed(let p1, let p2):
      Translations("无法写入 \(p1)：\(p2)", "cannot write \(p1): \(p2)")
    case .importUndecodable(let p1):
      Translations(
        "\(p1) 既不是 UTF-8 也不是 GB18030 编码，无法读取",
        "\(p1) is neither UTF-8 nor GB18030 text and cannot be read")
    case .importUnclosedQuote(let path, let line):
      Translations(
        "\(path):\(line): 这一行的引号没有闭合，其后所有行都会被读成一个单元格：没有导入任何内容",
        "\(path):\(line): a quote opened on this line is never closed, so every line after it would be one cell: nothing was imported"
      )
    case .importDuplicateColumn(let path, let line, let column):
      Translations(
        "\(path):\(line): 标题行里“\(column)”出现了两次，不知道该用哪一列：没有导入任何内容",
        "\(path):\(line): the header names “\(column)” twice, so which column counts is unclear: nothing was imported"
      )
    case .importBig5(let p1):
      Translations(
        "\(p1) 看起来是繁体 Big5 编码，按 GB18030 读会变成乱码：请另存为 UTF-8 或 GB18030（GBK）后再导入",
        "\(p1) looks like traditional Big5 text, which would read as nonsense taken as GB18030: save it as UTF-8 or GB18030 (GBK) and import it again"
      )
    case .storeBackupUnsound(let p1):
      Translations(
        "备份 \(p1) 没有通过检查（lastmile check 会列出问题）：没有恢复，数据库保持原样",
        "the backup \(p1) did not pass the check (lastmile check lists its problems): nothing was restored, the database is as it was"
      )
    case .storeInterruptedWrite(let p1):
      Translations(
        "\(p1) 有一次写入被中断（断电、崩溃），需要回滚，但您没有写这个文件的权限：请由文件的主人打开一次",
        "a write to \(p1) was cut short (a crash, a power cut) and must be rolled back, which needs write permission on the file: have its owner open it once"
      )
    case .checkRecovered:
      Translations(
        "已恢复：一次被中断的写入（断电、崩溃）已回滚，数据回到那次写入之前的样子",
        "recovered: a write cut short (a crash, a power cut) was rolled back; the data is as it was before that write"
      )
    case .importMaskedUnknown(let count):
      Translations(
        "有 \(count) 个单元格是打码的（如 138****1234），这里没有原值，已留空；要带上原值，请用 --unmask 导出",
        "\(counted(count, "cell")) masked like 138****1234, with no value stored here: left empty (export with --unmask to carry the values)"
      )
    case .importMaskedMismatch(let cell):
      Translations(
        "打码的 \(cell) 与已存的值对不上，保留已存的值",
        "the masked \(cell) does not fit the value stored, which is kept")
    case .importAmbiguousMember(let name):
      Translations(
        "本户有不止一个叫“\(name)”的成员，请填身份证号以区分",
        "more than one member of this household is named “\(name)”: give the ID number to tell them apart"
      )
    case .importLineBreak:
      Translations("这一栏只能有一行，这里有换行", "this field holds one line, and this one has a line break")
    case .importRowTooLong(let kib):
      Translations(
        "这一行超过 \(kib) KB，只读了开头（是不是有个引号没有配对？）",
        "this row is longer than \(kib) KB and only its start was read (a quote left unpaired?)")
    case .importEmptyFile(let p1):
      Translations("\(p1):1: 文件是空的，缺少标题行", "\(p1):1: the file is empty: it has no header line")
    case .importMissingColumns(let p1, let p2):
      Translations("\(p1):1: 缺少必需的列：\(p2)", "\(p1):1: required columns are missing: \(p2)")
    case .importUnknownColumn: Translations("不认识这一列，已忽略", "unknown column, ignored")
    case .importDuplicateInFile(let p1, let p2):
      Translations("\(p1) 在第 \(p2) 行已经出现过", "\(p1) already appears on line \(p2)")
    case .importHouseholdNotFound(let p1):
      Translations(
        "没有户号为 \(p1) 的户：请先导入户籍", "there is no household \(p1): import the households first")
    case .importNewCadre(let p1): Translations("新建干部 \(p1)", "new cadre \(p1) created")
    case .importNewArea(let p1): Translations("新建地区 \(p1)", "new area \(p1) created")
    case .importColumnCount(let p1, let p2):
      Translations(
        "这一行有 \(p1) 列，标题行有 \(p2) 列", "this line has \(counted(p1, "column")), the header \(p2)")
    case .importReason: Translations("原因", "reason")
    case .defaultTownship: Translations("本乡镇", "Township")
    case .duplicateIDNumber(let p1, let p2, let p3):
      Translations(
        "身份证号 \(p1) 已登记在户 \(p2)（\(p3)）", "the ID number \(p1) is already in household \(p2) (\(p3))"
      )
    case .duplicateHead(let p1, let p2):
      Translations(
        "同村已有户主 \(p1) 的户 \(p2)", "household \(p2) in the same village has the head \(p1) too")
    case .checkIntegrity(let p1): Translations("完整性检查：\(p1)", "integrity check: \(p1)")
    case .checkForeignKey(let p1, let p2, let p3):
      Translations(
        "\(p1) 的 \(p2) 行引用了不存在的 \(p3)", "table \(p1), row \(p2): refers to a missing row of \(p3)")
    case .checkSchemaOlder(let p1, let p2):
      Translations(
        "结构版本 \(p1)，本程序为 \(p2)：下次写入时会自动升级",
        "schema version \(p1), this program's is \(p2): it will be upgraded when next opened for writing"
      )
    case .auditAltered(let from, let to):
      Translations(
        "审计日志第 \(from)–\(to) 条与其后的封印对不上：其中有记录被改动、删除或插入",
        "audit entries \(from)–\(to) do not give the seal after them: one of them was changed, removed or slipped in"
      )
    case .auditMissingOne(let seq):
      Translations("审计日志缺少第 \(seq) 条", "audit entry \(seq) is missing")
    case .auditMissing(let from, let to):
      Translations(
        "审计日志缺少第 \(from)–\(to) 条", "audit entries \(from)–\(to) are missing")
    case .auditRemovedAtEnd(let last, let sealed):
      Translations(
        "审计日志止于第 \(last) 条，但已写到第 \(sealed) 条：末尾的记录被删除了",
        "the audit log ends at entry \(last), and entries up to \(sealed) were written: its end was cut off"
      )
    case .auditUnsealed(let from, let count):
      Translations(
        "审计日志从第 \(from) 条起有 \(count) 条没有封印",
        "\(counted(count, "audit entry", "audit entries")) from \(from) on carry no seal")
    case .checkTriggerMissing(let name):
      Translations("缺少触发器 \(name)", "the trigger \(name) is missing")
    case .checkTriggerChanged(let name):
      Translations(
        "触发器 \(name) 与 lastmile 的定义不同（被替换过）",
        "the trigger \(name) differs from lastmile's (it was replaced)")
    case .checkTriggerUnknown(let name):
      Translations("多出一个不属于 lastmile 的触发器 \(name)", "the trigger \(name) is not lastmile's")
    case .checkAuditTriggers(let p1):
      Translations(
        "审计日志缺少只追加保护（触发器 \(p1)）", "the audit log lacks its append-only guard (trigger \(p1))")
    case .storeAreaInUse(let name, let what):
      Translations("“\(name)”不能撤销：还有 \(what)", "“\(name)” is not retired: it still has \(what)")
    case .storeAreaHouseholds(let n): Translations("\(n) 户", "\(n) households")
    case .storeAreaChildren(let n): Translations("\(n) 个下属地方", "\(n) areas under it")
    case .storeAreaContacts(let n): Translations("\(n) 个在联系的干部", "\(n) cadres contacting it")
    case .storeAreaAnd: Translations("、", ", ")
    case .storeAreaLevel(let name, let level, let parent):
      Translations(
        "“\(name)”是\(level)，不能放在\(parent)下",
        "“\(name)” is a \(level) and cannot be under a \(parent)")
    case .storeAreaTop: Translations("最上层", "the top")
    case .storeSymbolicLink(let path):
      Translations(
        "\(path) 是符号链接：lastmile 不经链接写文件，请写出它指向的文件的路径",
        "\(path) is a symbolic link: lastmile does not write through links; name the file it points to"
      )
    case .storeSyncOperationMalformed(let n):
      Translations(
        "同步包的第 \(n) 项改动不是本程序能读的改动：这一批一项未并入（之前的批次已并入，可再导入一次）",
        "change \(n) of the bundle is not one this program can read: nothing of its batch was merged (earlier batches were; importing again is safe)"
      )
    case .storeAlreadyHandedOver(let p1, let p2, let p3):
      Translations(
        "\(p1) 的接待日记录簿已于 \(p2) 由 \(p3) 移交",
        "the record book of \(p1) was already handed over at \(p2) by \(p3)")
    case .storeNoDutyLeaders:
      Translations(
        "未列出值班领导：请先在设置（F9）的“值班领导”中每行写一位",
        "no duty leaders are listed: write one per line under “Duty leaders” in the settings (F9)")
    case .storeNoDutyLeader(let p1):
      Translations("\(p1) 没有值班领导，无可对调", "\(p1) has no leader on duty to swap")
    case .importedHouseholds: Translations("户籍", "households")
    case .importedMembers: Translations("成员", "members")
    case .importedRequests: Translations("诉求", "requests")
    case .importedVisits: Translations("走访", "visits")
    case .importedCadres: Translations("干部", "cadres")
    case .importAreaNotFound(let name):
      Translations(
        "没有地方“\(name)”：先在“地方”中建立，或写“镇/村”全称",
        "no area “\(name)”: make it under Areas first, or write “township/village”")
    case .storeForeignDatabase(let path):
      Translations(
        "\(path) 是另一个程序的 SQLite 数据库，不是 lastmile 的台账：没有做任何改动",
        "\(path) is another program's SQLite database, not a lastmile ledger: it was left untouched"
      )
    case .storeReadOnlyOlderSchema(let path):
      Translations(
        "\(path) 由较早版本的 lastmile 写入，需要升级，但现在只能读：请用有写权限的账户打开一次",
        "\(path) was written by an older lastmile and needs an upgrade, but it can only be read: open it once as a user who may write it"
      )
    case .storeWaiting(let path, let seconds):
      Translations(
        "另一个 lastmile 正在写入 \(path)：等它写完（最多 \(seconds) 秒）……",
        "another lastmile is writing \(path): waiting for it to finish (at most \(seconds) seconds)…"
      )
    case .storeBusy(let path, let seconds):
      Translations(
        "另一个 lastmile 正在写入 \(path)，等了 \(seconds) 秒仍未结束：请稍后再试",
        "another lastmile is writing \(path) and has not finished after \(seconds) seconds: try again shortly"
      )
    case .storeReadOnly(let path):
      Translations(
        "\(path) 只能读，不能写：这一改动没有保存", "\(path) can be read but not written: this change was not saved"
      )
    case .storeDiskFull(let path):
      Translations("磁盘已满，\(path) 没有写入任何内容", "the disk is full: nothing was written to \(path)")
    case .storeRefused:
      Translations(
        "数据库拒绝了这次操作，没有写入任何内容",
        "the database refused the operation and nothing was written"
      )
    case .storeDamaged(let what, let field):
      Translations(
        "数据库中的一条\(what)记录已损坏（\(field) 无法读取）：请运行 lastmile check",
        "a \(what) record in the database is damaged (its \(field) cannot be read): run lastmile check"
      )
    case .storeGone(let what):
      Translations("这条\(what)记录已不存在", "this \(what) record no longer exists")
    case .storeGoneNamed(let what, let name):
      Translations("\(what) \(name) 已被删除", "\(what) \(name) was deleted")
    case .storeEmptyOperator: Translations("操作人姓名不能为空", "the operator's name cannot be empty")
    case .recordHousehold: Translations("户", "household")
    case .recordMember: Translations("成员", "member")
    case .recordRequest: Translations("诉求", "request")
    case .recordVisit: Translations("走访", "visit")
    case .recordCadre: Translations("干部", "cadre")
    case .recordArea: Translations("地区", "area")
    case .recordContact: Translations("联系", "contact")
    case .recordHandover: Translations("移交", "handover")
    case .recordOther: Translations("数据", "data")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: StoreText) -> String { text.text(language) }
}
