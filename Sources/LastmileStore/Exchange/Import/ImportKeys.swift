import Foundation
import GRDB

/// The keys an import has met (household numbers, ID numbers), each with the line it was first
/// met on, to refuse a second row of one key. The first ones are kept in memory, the rest in a
/// temporary table SQLite keeps in a file, so that memory does not grow with the file.
struct ImportKeys {
  /// What the keys are, to tell them apart in the temporary table.
  private let kind: String
  /// How many keys are kept in memory (200,000 take about 6 MB).
  private let inMemory: Int
  private var memory: [String: Int] = [:]
  private var spilled = false

  init(_ kind: String, inMemory: Int = 200_000) {
    self.kind = kind
    self.inMemory = inMemory
  }

  /// The line `key` was first met on; nil when this is the first time, and it is recorded at
  /// `line`.
  mutating func firstLine(of key: String, line: Int, _ db: Database) throws -> Int? {
    if let first = memory[key] { return first }
    guard memory.count >= inMemory else {
      memory[key] = line
      return nil
    }
    if !spilled {
      try db.execute(
        sql: """
          CREATE TEMP TABLE IF NOT EXISTS import_key (
            kind TEXT NOT NULL, key TEXT NOT NULL, line INTEGER NOT NULL, PRIMARY KEY (kind, key)
          ) WITHOUT ROWID;
          DELETE FROM temp.import_key WHERE kind = ?;
          """, arguments: [kind])
      spilled = true
    }
    try db.cachedStatement(
      sql: "INSERT INTO temp.import_key (kind, key, line) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
    ).execute(arguments: [kind, key, line])
    guard db.changesCount == 0 else { return nil }
    return try Int.fetchOne(
      db.cachedStatement(sql: "SELECT line FROM temp.import_key WHERE kind = ? AND key = ?"),
      arguments: [kind, key])
  }
}
