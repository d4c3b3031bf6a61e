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
        let guards = ["audit_log_no_update", "audit_log_no_delete"]
        if applied > 0 {
          for trigger in guards {
            let exists = try Bool.fetchOne(
              db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
              arguments: [trigger])
            if exists != true { problems.append(.auditGuardMissing(trigger)) }
          }
        }
        if applied == known {
          problems += try triggerProblems(db).filter {
            if case .triggerMissing(let name) = $0 { return !guards.contains(name) }
            return true
          }
          problems += try AuditChain.verify(db).problems.map { .auditChain($0) }
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

extension LastmileStore {
  /// The triggers of the current schema as the migrations make them, by name.
  private static let expectedTriggers: [String: String] = {
    guard let queue = try? DatabaseQueue(),
      (try? Migrations.migrate(queue)) != nil,
      let triggers = try? queue.read({ db in
        try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
      })
    else { return [:] }
    return Dictionary(uniqueKeysWithValues: triggers.map { ($0["name"], $0["sql"]) })
  }()

  /// The triggers that are missing, replaced, or not lastmile's: a trigger dropped to change
  /// rows behind the audit log's back and made again as a no-op is found here.
  static func triggerProblems(_ db: Database) throws -> [CheckReport.Problem] {
    let expected = expectedTriggers
    guard !expected.isEmpty else { return [] }
    var found: [String: String] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    {
      found[row["name"]] = row["sql"]
    }
    var problems: [CheckReport.Problem] = []
    for name in expected.keys.sorted() {
      guard let sql = found[name] else {
        problems.append(.triggerMissing(name))
        continue
      }
      if sql != expected[name] { problems.append(.triggerChanged(name)) }
    }
    for name in found.keys.sorted() where expected[name] == nil {
      problems.append(.triggerUnknown(name))
    }
    return problems
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
