import Foundation
import GRDB
import LastmileCore

/// Keeps each household's search document and head-name pinyin in step with its rows.
enum SearchIndex {
  /// Raised when the way documents are written changes: an older index is rebuilt on open.
  static let version = "3"

  /// Writes the documents of these households again (removing those of deleted ones).
  ///
  /// Every other statement comes first and the FTS5 statements last, few and large: FTS5
  /// flushes what it holds in memory at every statement that writes to it or follows a write,
  /// which row after row costs far more than the writes themselves.
  static func refresh(_ db: Database, households ids: some Collection<String>) throws {
    var documents: [(Int64, String?)] = []
    let householdRow = try db.cachedStatement(
      sql: "SELECT rowid, household_no, head_name, phone, deleted_at FROM household WHERE id = ?")
    let people = try db.cachedStatement(
      sql: "SELECT name, phone, id_number FROM member WHERE household_id = ? AND deleted_at IS NULL"
    )
    let pinyin = try db.cachedStatement(
      sql: "UPDATE household SET head_pinyin = ? WHERE rowid = ? AND head_pinyin <> ?")
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
        (
          rowid,
          SearchDocument.tokens(
            householdNo: row["household_no"], headName: headName, phone: row["phone"],
            people: persons)
        ))
    }
    try write(db, documents, replacing: true)
  }

  /// Writes the documents of households just added, by their ids, made from what was written
  /// rather than read back. They go in the order given, which is the order of their row ids
  /// when it is the order they were added in.
  static func add(_ db: Database, _ documents: [(id: String, tokens: String)]) throws {
    for start in stride(from: 0, to: documents.count, by: batch) {
      let slice = documents[start..<min(start + batch, documents.count)]
      // CROSS JOIN keeps the documents' order: each household found by its id.
      let sql = """
        INSERT INTO household_search (rowid, tokens)
        SELECT h.rowid, d.column2 FROM (VALUES \(Array(repeating: "(?, ?)", count: slice.count)
          .joined(separator: ", "))) d CROSS JOIN household h ON h.id = d.column1
        """
      let statement =
        slice.count == batch ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
      let handle = statement.sqliteStatement
      var index: Int32 = 0
      for document in slice {
        DirectBinding.bind(document.id, handle, index + 1)
        DirectBinding.bind(document.tokens, handle, index + 2)
        index += 2
      }
      try DirectBinding.run(handle)
    }
  }

  /// Sets how many segments of a level the index merges at a time (FTS5's `automerge`).
  static func setAutomerge(_ db: Database, _ segments: Int) throws {
    try db.execute(
      sql: "INSERT INTO household_search (household_search, rank) VALUES ('automerge', ?)",
      arguments: [segments])
  }

  /// How many documents one statement writes.
  private static let batch = 5_000

  /// Writes documents (a nil one removes the household's) in the order of their row ids, a batch
  /// to a statement: the rows go in as one JSON array that `json_each` reads. FTS5 keeps what it
  /// is given in memory only while row ids rise; a lower one makes it write all it holds.
  private static func write(_ db: Database, _ unsorted: [(Int64, String?)], replacing: Bool) throws
  {
    let documents = unsorted.sorted { $0.0 < $1.0 }
    for start in stride(from: 0, to: documents.count, by: batch) {
      let slice = documents[start..<min(start + batch, documents.count)]
      if replacing {
        let rowids = JSONValue.array(slice.map { .int(Int($0.0)) }).serialized()
        try db.execute(
          sql: "DELETE FROM household_search WHERE rowid IN (SELECT value FROM json_each(?))",
          arguments: [rowids])
      }
      let rows = JSONValue.array(
        slice.compactMap { rowid, tokens in
          tokens.map { JSONValue.array([.int(Int(rowid)), .string($0)]) }
        })
      try db.execute(
        sql: """
          INSERT INTO household_search (rowid, tokens)
          SELECT value ->> 0, value ->> 1 FROM json_each(?)
          """, arguments: [rows.serialized()])
    }
  }

  /// Rebuilds every document when the index is older than this program's way of writing it.
  static func rebuildIfStale(_ db: Database) throws {
    guard try isStale(db) else { return }
    try rebuild(db)
    try SettingsAccess.set(db, .searchVersion, version)
  }

  /// Whether the documents were made by another version of their rules.
  static func isStale(_ db: Database) throws -> Bool {
    try SettingsAccess.get(db, .searchVersion) != version
  }

  /// Writes every document again, reading the households and their members in one pass each
  /// (a county's roster is rebuilt in seconds, not in a query per household).
  static func rebuild(_ db: Database) throws {
    // A big page cache for the while (FTS5 merges its segments as it fills), and the table made
    // anew rather than emptied row by row.
    try db.execute(sql: "PRAGMA cache_size = -1000000")
    defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
    let definition = try String.fetchOne(
      db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'household_search'")
    try db.execute(sql: "DROP TABLE household_search")
    try db.execute(sql: definition ?? "")
    var people: [String: [SearchDocument.Person]] = [:]
    let members = try Row.fetchCursor(
      db, sql: "SELECT household_id, name, phone, id_number FROM member WHERE deleted_at IS NULL")
    while let row = try members.next() {
      people[row[0], default: []].append(
        SearchDocument.Person(name: row[1], phone: row[2], idNumber: row[3]))
    }
    let households = try Row.fetchAll(
      db,
      sql:
        "SELECT rowid, id, household_no, head_name, phone, head_pinyin FROM household WHERE deleted_at IS NULL"
    )
    Pinyin.prepare(
      households.map { $0["head_name"] as String } + people.values.flatMap { $0.map(\.name) })
    let pinyin = try db.makeStatement(sql: "UPDATE household SET head_pinyin = ? WHERE rowid = ?")
    var documents: [(Int64, String?)] = []
    for row in households {
      let rowid: Int64 = row["rowid"]
      let headName: String = row["head_name"]
      let full = Pinyin.full(headName)
      if full != row["head_pinyin"] { try pinyin.execute(arguments: [full, rowid]) }
      documents.append(
        (
          rowid,
          SearchDocument.tokens(
            householdNo: row["household_no"], headName: headName, phone: row["phone"],
            people: people[row["id"]] ?? [])
        ))
    }
    try write(db, documents, replacing: false)
  }
}
