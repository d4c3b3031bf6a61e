import Foundation
import GRDB
import LastmileCore

/// Where a backup went, and how many older ones were removed to keep the newest.
public struct BackupResult: Sendable, Equatable {
  public let url: URL
  public let removed: Int
}

extension LastmileStore {
  /// How many backups the default folder keeps.
  public static let backupsKept = 30

  /// Copies the database with SQLite's online backup, consistent even while others write.
  ///
  /// Without `destination` the copy goes into `backups/` beside the database, named by local
  /// date and time, and only the newest `backupsKept` are kept. The copy is checked before
  /// it is reported; an existing file is never overwritten.
  public func backup(to destination: URL? = nil, now: Date = Date()) throws -> BackupResult {
    let folder =
      destination?.deletingLastPathComponent()
      ?? url.deletingLastPathComponent().appendingPathComponent("backups")
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
    var target = destination ?? folder.appendingPathComponent(LastmileStore.backupName(now))
    var suffix = 2
    while destination == nil, FileManager.default.fileExists(atPath: target.path) {
      // Two backups in one second: the second gets a suffix that still sorts after the first.
      target = folder.appendingPathComponent(
        LastmileStore.backupName(now).replacingOccurrences(of: ".db", with: "-\(suffix).db"))
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
      try pool.backup(to: copy)
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
      destination == nil
      ? LastmileStore.pruneBackups(in: folder, keep: LastmileStore.backupsKept) : 0
    return BackupResult(url: target, removed: removed)
  }

  /// `lastmile-YYYYMMDD-HHMMSS.db` in local time: names that sort by age.
  static func backupName(_ now: Date) -> String {
    let moment = LocalDateTime(now)
    let seconds = Int(now.timeIntervalSince1970.rounded(.down)) % 60
    let (y, m, d) = moment.date.components
    return "lastmile-" + LocalDate.pad(y, 4) + LocalDate.pad(m, 2) + LocalDate.pad(d, 2) + "-"
      + LocalDate.pad(moment.hour, 2) + LocalDate.pad(moment.minute, 2) + LocalDate.pad(seconds, 2)
      + ".db"
  }

  /// Removes all but the newest `keep` backups in `folder`; returns how many were removed.
  static func pruneBackups(in folder: URL, keep: Int) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let backups = names.filter { $0.hasPrefix("lastmile-") && $0.hasSuffix(".db") }.sorted()
    guard backups.count > keep else { return 0 }
    var removed = 0
    for name in backups.prefix(backups.count - keep) {
      if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil {
        removed += 1
      }
    }
    return removed
  }
}
