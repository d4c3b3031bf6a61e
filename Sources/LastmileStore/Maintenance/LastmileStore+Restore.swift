import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Puts the backup at `backup` in place of the database at `database`, after checking it as
  /// `check` does; the database it replaces is kept aside as `NAME.before-restore-…` (its log
  /// folded in first). Returns where it was kept (nil: there was none). Refused, changing
  /// nothing, when the backup is not sound or another lastmile is using the database.
  public static func restore(from backup: URL, to database: URL, now: Date = Date()) throws
    -> URL?
  {
    guard FileManager.default.fileExists(atPath: backup.path) else {
      throw StoreError.databaseMissing(path: backup.path)
    }
    let report = try check(at: backup)
    guard report.isOK else {
      throw StoreError.backupUnsound(
        path: backup.path, problem: report.problems.first?.text(.en) ?? "")
    }
    try DatabaseFile.prepareFolder(for: database)
    return try WriterWait.whileSettingUp(database) {
      var aside: URL?
      if FileManager.default.fileExists(atPath: database.path) {
        try foldLog(database)
        let name = backupName(now).replacingOccurrences(of: "lastmile-", with: "")
          .replacingOccurrences(of: ".db", with: "")
        let kept = database.deletingLastPathComponent().appendingPathComponent(
          database.lastPathComponent + ".before-restore-" + name)
        guard rename(database.path, kept.path) == 0 else {
          throw StoreError.writeFailed(path: kept.path, problem: FileProblem(errno: errno))
        }
        for suffix in ["-wal", "-shm"] { unlink(database.path + suffix) }
        aside = kept
      }
      let partial = PartialFiles.name(for: database)
      PartialFiles.register(partial)
      defer { PartialFiles.unregister(partial) }
      do {
        try FileManager.default.copyItem(at: backup, to: partial)
        chmod(partial.path, 0o600)
        guard rename(partial.path, database.path) == 0 else {
          throw StoreError.writeFailed(path: database.path, problem: FileProblem(errno: errno))
        }
      } catch let error as StoreError {
        PartialFiles.remove(partial)
        throw error
      } catch {
        PartialFiles.remove(partial)
        throw StoreError.writeFailed(path: database.path, problem: FileProblem(error))
      }
      return aside
    }
  }

  /// Folds the write-ahead log into the database file, so that the file alone holds all of it;
  /// refused as busy when another lastmile holds it open in a transaction.
  private static func foldLog(_ database: URL) throws {
    var configuration = Configuration()
    configuration.busyMode = .timeout(1)
    do {
      let queue = try DatabaseQueue(path: database.path, configuration: configuration)
      defer { try? queue.close() }
      let result = try queue.writeWithoutTransaction { db in
        try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
      if let result, (result[0] as Int?) == 1 { throw StoreError.busy(path: database.path) }
    } catch let error as DatabaseError {
      throw StoreError(error, path: database.path)
    }
  }
}
