import Foundation
import GRDB
import LastmileCore

/// Where a backup went, and how many older ones were removed to keep the last days'.
public struct BackupResult: Sendable, Equatable {
  public let url: URL
  public let removed: Int
}

extension LastmileStore {
  /// How many days of backups the default folder keeps (the newest is always kept).
  public static let backupDays = 30

  /// The folder of the default backups: `backups/` beside the database.
  public static func backupsFolder(of database: URL) -> URL {
    database.deletingLastPathComponent().appendingPathComponent("backups")
  }

  /// Copies the database with SQLite's online backup, consistent even while others write.
  ///
  /// Without `destination` the copy goes into `backups/` beside the database, named by local
  /// date and time, and backups older than `backupDays` days are removed. The copy is checked
  /// before it is reported; an existing file is never overwritten.
  public func backup(to destination: URL? = nil, now: Date = Date()) throws -> BackupResult {
    try Self.backup(of: pool, database: url, to: destination, now: now)
  }

  /// The backup the first start of a day takes: one unless `backups/` already holds one of
  /// today (a manual one counts). Nil when none was due.
  public func dailyBackupIfDue(now: Date = Date()) throws -> BackupResult? {
    let folder = Self.backupsFolder(of: url)
    let today = "lastmile-" + Self.compact(LocalDateTime(now).date) + "-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard !names.contains(where: { $0.hasPrefix(today) && $0.hasSuffix(".db") }) else {
      return nil
    }
    return try backup(now: now)
  }

  /// Copies the database at `database`, read through `reader`, as `backup(to:now:)` says;
  /// `label` goes into the default name (`-before-024` for the copy an upgrade takes first).
  static func backup(
    of reader: any DatabaseReader, database: URL, to destination: URL?, now: Date,
    label: String = ""
  ) throws -> BackupResult {
    let folder = destination?.deletingLastPathComponent() ?? backupsFolder(of: database)
    var isDirectory: ObjCBool = false
    if destination == nil, !FileManager.default.fileExists(atPath: folder.path) {
      do {
        try FileManager.default.createDirectory(
          at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw StoreError.folderNotCreated(path: folder.path, problem: FileProblem(error))
      }
    } else if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
      || !isDirectory.boolValue
    {
      throw StoreError.folderMissing(path: folder.path)
    }
    let name = backupName(now).replacingOccurrences(of: ".db", with: label + ".db")
    var target = destination ?? folder.appendingPathComponent(name)
    var suffix = 2
    while destination == nil, FileManager.default.fileExists(atPath: target.path) {
      // Two backups in one second: the second gets a suffix that still sorts after the first.
      target = folder.appendingPathComponent(
        name.replacingOccurrences(of: ".db", with: "-\(suffix).db"))
      suffix += 1
    }
    guard !FileManager.default.fileExists(atPath: target.path) else {
      throw StoreError.writeFailed(path: target.path, problem: .alreadyExists)
    }
    // What killed backups left here is swept first (ten kills once left 2.5 GB).
    PartialFiles.sweep(folder: folder)
    let partial = PartialFiles.name(for: target)
    PartialFiles.register(partial)
    defer { PartialFiles.unregister(partial) }
    guard
      FileManager.default.createFile(
        atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600])
    else {
      throw StoreError.writeFailed(path: partial.path, problem: FileProblem(errno: errno))
    }
    do {
      let copy = try DatabaseQueue(path: partial.path)
      try reader.backup(to: copy)
      let check = try copy.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
      try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
      try copy.close()
      guard check == "ok" else {
        throw StoreError.writeFailed(
          path: target.path, problem: .other(detail: "quick_check: \(check ?? "nothing")"))
      }
      try FileManager.default.moveItem(at: partial, to: target)
    } catch let error as DatabaseError {
      PartialFiles.remove(partial)
      // A full disk is said as one (SQLite's own message for it once read "not an error").
      if error.resultCode == .SQLITE_FULL || error.extendedResultCode == .SQLITE_IOERR_WRITE {
        throw StoreError.diskFull(path: target.path)
      }
      throw StoreError.writeFailed(
        path: target.path, problem: .other(detail: error.message ?? "\(error.resultCode)"))
    } catch let error as StoreError {
      PartialFiles.remove(partial)
      throw error
    } catch {
      PartialFiles.remove(partial)
      throw StoreError.writeFailed(path: target.path, problem: FileProblem(error))
    }
    let removed =
      destination == nil ? pruneBackups(in: folder, today: LocalDateTime(now).date) : 0
    return BackupResult(url: target, removed: removed)
  }

  /// `lastmile-YYYYMMDD-HHMMSS.db` in local time: names that sort by age.
  static func backupName(_ now: Date) -> String {
    let moment = LocalDateTime(now)
    let seconds = Int(now.timeIntervalSince1970.rounded(.down)) % 60
    return "lastmile-" + compact(moment.date) + "-" + LocalDate.pad(moment.hour, 2)
      + LocalDate.pad(moment.minute, 2) + LocalDate.pad(seconds, 2) + ".db"
  }

  /// `YYYYMMDD`.
  private static func compact(_ date: LocalDate) -> String {
    let (y, m, d) = date.components
    return LocalDate.pad(y, 4) + LocalDate.pad(m, 2) + LocalDate.pad(d, 2)
  }

  /// Removes the backups in `folder` of days more than `backupDays` before `today`, the newest
  /// always kept; returns how many were removed.
  static func pruneBackups(in folder: URL, today: LocalDate) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let backups = names.filter { $0.hasPrefix("lastmile-") && $0.hasSuffix(".db") }.sorted()
    let oldest = compact(today.adding(days: -backupDays))
    var removed = 0
    for name in backups.dropLast()
    where String(name.dropFirst("lastmile-".count).prefix(8)) < oldest {
      if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil {
        removed += 1
      }
    }
    return removed
  }
}
