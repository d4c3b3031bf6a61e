extension StringTable {
  static let storeEntries: [(key: StringKey, zh: String, en: String)] = [
    (
      .storeDatabaseMissing, "{1} 处没有数据库：运行 lastmile demo 生成演示数据，或运行 lastmile 新建",
      "there is no database at {1}: run 'lastmile demo' to create one with demo data, or 'lastmile' to start one"
    ),
    (.storeFolderNotCreated, "无法创建文件夹 {1}：{2}", "cannot create the folder {1}: {2}"),
    (
      .storeNotADatabase, "{1} 不是 lastmile 数据库（不是 SQLite 文件）",
      "{1} is not a lastmile database (not an SQLite file)"
    ),
    (
      .storeNewerSchema, "{1} 由更新版本的 lastmile 写入（未知的结构变更：{2}），未做任何改动；请升级 lastmile 后再打开",
      "{1} was written by a newer lastmile (unknown schema changes: {2}); it was left untouched: update lastmile to open it"
    ),
    (.storeIsFolder, "{1} 是文件夹，不是数据库文件", "{1} is a folder, not a database file"),
    (.storeUnreadable, "无法打开 {1}：{2}", "cannot open {1}: {2}"),
    (
      .storeNotEmpty, "{1} 已有数据（{2} 户），demo 只填充空数据库",
      "{1} already holds data ({2} households): demo fills an empty database only"
    ),
    (.storeFolderMissing, "文件夹 {1} 不存在", "the folder {1} does not exist"),
    (.storeWriteFailed, "无法写入 {1}：{2}", "cannot write {1}: {2}"),
    (.storeRowMissing, "{1} 中没有 {2}（或已删除）", "{1} has no row {2} (or it was deleted)"),
    (.storeInvalidValue, "{1}：{2}", "{1}: {2}"),
    (.listSeparator, "；", "; "),
    (.storeDatabaseError, "数据库拒绝了操作：{1}", "the database refused the operation: {1}"),
    (
      .importUndecodable, "{1} 既不是 UTF-8 也不是 GB18030 编码，无法读取",
      "{1} is neither UTF-8 nor GB18030 text and cannot be read"
    ),
    (.importEmptyFile, "{1}:1: 文件是空的，缺少标题行", "{1}:1: the file is empty: it has no header line"),
    (.importMissingColumns, "{1}:1: 缺少必需的列：{2}", "{1}:1: required columns are missing: {2}"),
    (.importUnknownColumn, "不认识这一列，已忽略", "unknown column, ignored"),
    (.importDuplicateInFile, "{1} 在第 {2} 行已经出现过", "{1} already appears on line {2}"),
    (
      .importHouseholdNotFound, "没有户号为 {1} 的户：请先导入户籍",
      "there is no household {1}: import the households first"
    ),
    (.importNewCadre, "新建干部 {1}", "new cadre {1} created"),
    (.importNewArea, "新建地区 {1}", "new area {1} created"),
    (.importColumnCount, "这一行有 {1} 列，标题行有 {2} 列", "this line has {1} columns, the header {2}"),
    (.importReason, "原因", "reason"),
    (.defaultTownship, "本乡镇", "Township"),
    (
      .duplicateIDNumber, "身份证号 {1} 已登记在户 {2}（{3}）",
      "the ID number {1} is already in household {2} ({3})"
    ),
    (.duplicateHead, "同村已有户主 {1} 的户 {2}", "household {2} in the same village has the head {1} too"),
    (.checkIntegrity, "完整性检查：{1}", "integrity check: {1}"),
    (
      .checkForeignKey, "{1} 的 {2} 行引用了不存在的 {3}",
      "table {1}, row {2}: refers to a missing row of {3}"
    ),
    (
      .checkSchemaOlder, "结构版本 {1}，本程序为 {2}：下次写入时会自动升级",
      "schema version {1}, this program's is {2}: it will be upgraded when next opened for writing"
    ),
    (
      .checkAuditTriggers, "审计日志缺少只追加保护（触发器 {1}）",
      "the audit log lacks its append-only guard (trigger {1})"
    ),
    (.checkSchemaVersion, "结构版本 {1}", "schema version {1}"),
    (
      .storeAlreadyHandedOver, "{1} 的接待日记录簿已于 {2} 由 {3} 移交",
      "the record book of {1} was already handed over at {2} by {3}"
    ),
  ]
}
