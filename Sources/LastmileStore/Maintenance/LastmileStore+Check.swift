import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Checks the database at `url` without changing it: SQLite's integrity check, the foreign
  /// keys, the schema version and the audit log's append-only guard.
  public static func check(at url: URL) throws -> CheckReport {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw StoreError.databaseMissing(path: url.path)
    }
    let facts = try DatabaseFile.ensureOpenable(at: url, knownMigrations: Migrations.known)
    guard !facts.applied.isEmpty else { throw StoreError.notInitialized(path: url.path) }
    var configuration = Configuration()
    configuration.busyMode = WriterWait.busyMode
    do {
      let queue = try DatabaseFile.readOnlyQueue(url, configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        var problems: [CheckReport.Problem] = []
        for message in try String.fetchAll(db, sql: "PRAGMA integrity_check") where message != "ok"
        {
          problems.append(.integrity(message))
        }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
          let rowid: DatabaseValue = row[1]
          problems.append(
            .foreignKey(
              table: row[0], row: rowid.isNull ? "?" : "\(rowid.storage.value ?? "?")",
              parent: row[2]))
        }
        let applied =
          try db.tableExists("grdb_migrations")
          ? try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0 : 0
        let known = Migrations.known.count
        if applied < known { problems.append(.schemaOlder(have: applied, known: known)) }
        if applied > 0 {
          for trigger in ["audit_log_no_update", "audit_log_no_delete"] {
            let exists = try Bool.fetchOne(
              db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
              arguments: [trigger])
            if exists != true { problems.append(.auditGuardMissing(trigger)) }
          }
        }
        var report = CheckReport(schemaVersion: applied, knownVersion: known, problems: problems)
        report.recovered = facts.recovered
        return report
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: url.path)
    }
  }
}

extension DatabaseValue.Storage {
  /// The stored value, for messages.
  var value: Any? {
    switch self {
    case .null: return nil
    case .int64(let value): return value
    case .double(let value): return value
    case .string(let value): return value
    case .blob(let data): return data
    }
  }
}
