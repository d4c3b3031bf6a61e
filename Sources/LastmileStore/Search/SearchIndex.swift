import Foundation
import GRDB
import LastmileCore

/// Keeps each household's search document and head-name pinyin in step with its rows.
enum SearchIndex {
  /// Raised when the way documents are written changes: an older index is rebuilt on open.
  static let version = "1"

  /// Writes the documents of these households again (removing those of deleted ones).
  static func refresh(_ db: Database, households ids: [String]) throws {
    for id in Set(ids) {
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT rowid, household_no, head_name, phone, deleted_at FROM household WHERE id = ?",
          arguments: [id])
      else { continue }
      let rowid: Int64 = row["rowid"]
      try db.execute(sql: "DELETE FROM household_search WHERE rowid = ?", arguments: [rowid])
      guard (row["deleted_at"] as String?) == nil else { continue }
      let people = try Row.fetchAll(
        db, sql: "SELECT name, phone, id_number FROM member WHERE household_id = ? AND deleted_at IS NULL",
        arguments: [id]
      ).map { SearchDocument.Person(name: $0["name"], phone: $0["phone"], idNumber: $0["id_number"]) }
      let headName: String = row["head_name"]
      let tokens = SearchDocument.tokens(
        householdNo: row["household_no"], headName: headName, phone: row["phone"], people: people)
      try db.execute(sql: "INSERT INTO household_search (rowid, tokens) VALUES (?, ?)", arguments: [rowid, tokens])
      try db.execute(
        sql: "UPDATE household SET head_pinyin = ? WHERE rowid = ?", arguments: [Pinyin.full(headName), rowid])
    }
  }

  /// Rebuilds every document when the index is older than this program's way of writing it.
  static func rebuildIfStale(_ db: Database) throws {
    guard try SettingsAccess.get(db, .searchVersion) != version else { return }
    try db.execute(sql: "DELETE FROM household_search")
    let ids = try String.fetchAll(db, sql: "SELECT id FROM household WHERE deleted_at IS NULL")
    try refresh(db, households: ids)
    try SettingsAccess.set(db, .searchVersion, version)
  }
}
