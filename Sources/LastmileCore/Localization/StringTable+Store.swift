extension StringTable {
  static let storeEntries: [(key: StringKey, zh: String, en: String)] = [
    (.storeDatabaseMissing, "{1} 处没有数据库：运行 lastmile demo 生成演示数据，或运行 lastmile 新建", "there is no database at {1}: run 'lastmile demo' to create one with demo data, or 'lastmile' to start one"),
    (.storeFolderNotCreated, "无法创建文件夹 {1}：{2}", "cannot create the folder {1}: {2}"),
    (.storeNotADatabase, "{1} 不是 lastmile 数据库（不是 SQLite 文件）", "{1} is not a lastmile database (not an SQLite file)"),
    (.storeNewerSchema, "{1} 由更新版本的 lastmile 写入（未知的结构变更：{2}），未做任何改动；请升级 lastmile 后再打开", "{1} was written by a newer lastmile (unknown schema changes: {2}); it was left untouched: update lastmile to open it"),
    (.storeIsFolder, "{1} 是文件夹，不是数据库文件", "{1} is a folder, not a database file"),
    (.storeUnreadable, "无法打开 {1}：{2}", "cannot open {1}: {2}"),
    (.storeNotEmpty, "{1} 已有数据（{2} 户），demo 只填充空数据库", "{1} already holds data ({2} households): demo fills an empty database only"),
    (.storeFolderMissing, "文件夹 {1} 不存在", "the folder {1} does not exist"),
    (.storeWriteFailed, "无法写入 {1}：{2}", "cannot write {1}: {2}"),
    (.storeRowMissing, "{1} 中没有 {2}（或已删除）", "{1} has no row {2} (or it was deleted)"),
    (.storeInvalidValue, "{1}：{2}", "{1}: {2}"),
    (.listSeparator, "；", "; "),
    (.storeDatabaseError, "数据库拒绝了操作：{1}", "the database refused the operation: {1}"),
    (.checkIntegrity, "完整性检查：{1}", "integrity check: {1}"),
    (.checkForeignKey, "{1} 的 {2} 行引用了不存在的 {3}", "table {1}, row {2}: refers to a missing row of {3}"),
    (.checkSchemaOlder, "结构版本 {1}，本程序为 {2}：下次写入时会自动升级", "schema version {1}, this program's is {2}: it will be upgraded when next opened for writing"),
    (.checkAuditTriggers, "审计日志缺少只追加保护（触发器 {1}）", "the audit log lacks its append-only guard (trigger {1})"),
    (.checkSchemaVersion, "结构版本 {1}", "schema version {1}"),
  ]
}
