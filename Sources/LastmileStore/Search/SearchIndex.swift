import Foundation
import GRDB
import LastmileCore

/// Keeps each household's search document and head-name pinyin in step with its rows.
enum SearchIndex {
  /// Raised when the way documents are written changes: an older index is rebuilt on open.
  static let version = "3"

  /// Writes the documents of these households again (removing those of deleted ones).
  ///
  /// Every other statement comes first and the FTS5 statements last: a statement that opens a
  /// savepoint after a write to the FTS5 table makes it flush its pending data, which row after
  /// row costs far more than the writes themselves.
  static func refresh(_ db: Database, households ids: some Collection<String>) throws {
    var documents: [(Int64, String?)] = []
    let householdRow = try db.cachedStatement(
      sql: "SELECT rowid, household_no, head_name, phone, deleted_at FROM household WHERE id = ?")
    let people = try db.cachedStatement(
      sql: "SELECT name, phone, id_number FROM member WHERE household_id = ? AND deleted_at IS NULL")
    let pinyin = try db.cachedStatement(sql: "UPDATE household SET head_pinyin = ? WHERE rowid = ? AND head_pinyin <> ?")
    for id in Set(ids) {
      guard let row = try Row.fetchOne(householdRow, arguments: [id]) else { continue }
      let rowid: Int64 = row["rowid"]
      guard (row["deleted_at"] as String?) == nil else {
        documents.append((rowid, nil))
        continue
      }
      let persons = try Row.fetchAll(people, arguments: [id]).map {
        SearchDocument.Person(name: $0["name"], phone: $0["phone"], idNumber: $0["id_number"])
      }
      let headName: String = row["head_name"]
      let full = Pinyin.full(headName)
      try pinyin.execute(arguments: [full, rowid, full])
      documents.append(
        (rowid, SearchDocument.tokens(householdNo: row["household_no"], headName: headName, phone: row["phone"], people: persons)))
    }
    let remove = try db.cachedStatement(sql: "DELETE FROM household_search WHERE rowid = ?")
    let insert = try db.cachedStatement(sql: "INSERT INTO household_search (rowid, tokens) VALUES (?, ?)")
    for (rowid, tokens) in documents {
      try remove.execute(arguments: [rowid])
      if let tokens { try insert.execute(arguments: [rowid, tokens]) }
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
