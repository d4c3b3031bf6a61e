import Foundation
import GRDB
import LastmileCore

/// The cadres' names in pinyin, which the roster's sort by cadre and the cadre pickers order by.
/// Written with each cadre; those of a database made before they were kept are filled in when
/// it is opened.
enum CadrePinyin {
  /// Whether a cadre lacks the pinyin of its name.
  static func anyMissing(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM cadre WHERE name_pinyin = '' AND name <> '')")
      ?? false
  }

  /// Fills the pinyin of every cadre that lacks it (its households' order follows by trigger).
  static func fillMissing(_ db: Database) throws {
    let missing = try Row.fetchAll(
      db, sql: "SELECT id, name FROM cadre WHERE name_pinyin = '' AND name <> ''")
    guard !missing.isEmpty else { return }
    let update = try db.makeStatement(sql: "UPDATE cadre SET name_pinyin = ? WHERE id = ?")
    for row in missing {
      let name: String = try row.value("name", in: Cadre.Columns.table)
      let id: String = try row.value("id", in: Cadre.Columns.table)
      try update.execute(arguments: [Pinyin.full(name), id])
    }
  }
}
