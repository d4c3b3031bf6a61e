import Foundation
import GRDB
import LastmileCore

/// The database file on disk: its folder and permissions, and whether it may be opened.
enum DatabaseFile {
  /// Creates the folder (0700) and an empty file (0600) for a new database at `url`.
  ///
  /// SQLite gives the `-wal` and `-shm` files the permissions of the database file, so creating
  /// the file first keeps every part of the database private to its owner.
  static func prepareNew(at url: URL) throws {
    let folder = url.deletingLastPathComponent()
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if !manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      do {
        try manager.createDirectory(
          at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
      } catch {
        throw StoreError.folderNotCreated(path: folder.path, problem: FileProblem(error))
      }
    } else if !isDirectory.boolValue {
      throw StoreError.folderNotCreated(path: folder.path, problem: .notAFolder)
    }
    guard
      manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
    else {
      throw StoreError.writeFailed(path: url.path, problem: FileProblem(errno: errno))
    }
  }

  /// Sets 0600 on the database and its companion files, wherever they exist.
  static func restrictPermissions(at url: URL) {
    for suffix in ["", "-wal", "-shm"] {
      let path = url.path + suffix
      if FileManager.default.fileExists(atPath: path) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
      }
    }
  }

  /// Refuses a file that is not a database, or one a newer lastmile has migrated, without
  /// changing a byte of it.
  static func ensureOpenable(at url: URL, knownMigrations: [String]) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw StoreError.isFolder(path: url.path)
    }
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw StoreError.unreadable(path: url.path, problem: .permissionDenied)
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(LastmileStore.busyTimeout)
    let applied: [String]
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      applied = try queue.read { db in
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
      }
      try queue.close()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw StoreError.notADatabase(path: url.path)
    } catch let error as DatabaseError {
      throw StoreError.unreadable(
        path: url.path, problem: .other(detail: error.message ?? "\(error.resultCode)"))
    }
    let unknown = applied.filter { !knownMigrations.contains($0) }
    if !unknown.isEmpty {
      throw StoreError.newerSchema(path: url.path, unknownMigrations: unknown)
    }
  }
}
