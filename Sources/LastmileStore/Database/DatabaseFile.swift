import Foundation
import GRDB
import LastmileCore

/// The database file on disk: its folder and permissions, and whether it may be opened.
enum DatabaseFile {
  /// Creates the folder (0700) and an empty file (0600) for a new database at `url`; a file
  /// made meanwhile by another lastmile is left as it is.
  ///
  /// SQLite gives the `-wal` and `-shm` files the permissions of the database file, so creating
  /// the file first keeps every part of the database private to its owner.
  static func prepareNew(at url: URL) throws {
    try prepareFolder(for: url)
    let descriptor = Glibc.open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      if errno == EEXIST { return }
      throw StoreError.writeFailed(path: url.path, problem: FileProblem(errno: errno))
    }
    Glibc.close(descriptor)
  }

  /// Makes a new database at `url` with the whole current schema: built under a temporary name
  /// and renamed into place, so that a kill leaves either no database or a whole one.
  static func makeNew(at url: URL) throws {
    let partial = PartialFiles.name(for: url)
    PartialFiles.register(partial)
    defer { PartialFiles.unregister(partial) }
    do {
      try prepareNew(at: partial)
      let queue = try DatabaseQueue(path: partial.path)
      try Migrations.migrate(queue)
      try queue.close()
      guard rename(partial.path, url.path) == 0 else {
        throw StoreError.writeFailed(path: url.path, problem: FileProblem(errno: errno))
      }
    } catch let error as DatabaseError {
      PartialFiles.remove(partial)
      throw StoreError(error, path: url.path)
    } catch {
      PartialFiles.remove(partial)
      throw error
    }
  }

  /// Creates the folder of a new database at `url` (0700) when it is missing.
  static func prepareFolder(for url: URL) throws {
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

  /// What opening found of an existing file.
  struct Facts {
    /// The migrations the file has had.
    let applied: [String]
    /// Whether this user may write it (the file and its folder, for the WAL's files).
    let writable: Bool
    /// Whether a write cut short (a crash, a power cut) was rolled back as the file was opened.
    var recovered = false
  }

  /// Rolls back what a write cut short left in the rollback journal beside `url` (a bulk load
  /// writes with one): a connection that only reads cannot, and would read the half-written
  /// file as damaged. Returns whether there was one; throws when this user may not write the
  /// file, so that it cannot be rolled back here.
  ///
  /// A journal is also there while another lastmile writes the first data of a new database
  /// (`inRollbackJournal`), holding the folder's lock: that write is waited for, not taken for
  /// one cut short.
  static func recoverInterruptedWrite(at url: URL, writable: Bool) throws -> Bool {
    let journal = url.path + "-journal"
    func size() -> Int {
      (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0
    }
    guard size() > 0 else { return false }
    return try WriterWait.whileSettingUp(url) {
      guard size() > 0 else { return false }
      return try rollBack(url, writable: writable, journal: journal)
    }
  }

  private static func rollBack(_ url: URL, writable: Bool, journal: String) throws -> Bool {
    guard writable else { throw StoreError.interruptedWrite(path: url.path) }
    var configuration = Configuration()
    configuration.busyMode = WriterWait.busyMode
    do {
      // Opening for writing and reading once is what has SQLite roll the journal back.
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      try queue.close()
    } catch let error as DatabaseError {
      throw StoreError(error, path: url.path)
    }
    return !FileManager.default.fileExists(atPath: journal)
  }

  /// Refuses a file that is not a database, another program's SQLite file, or one a newer
  /// lastmile has migrated, without changing a byte of it; says what it found otherwise.
  static func ensureOpenable(at url: URL, knownMigrations: [String]) throws -> Facts {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw StoreError.isFolder(path: url.path)
    }
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw StoreError.unreadable(path: url.path, problem: .permissionDenied)
    }
    let folder = url.deletingLastPathComponent().path
    let manager = FileManager.default
    let writable =
      manager.isWritableFile(atPath: url.path) && manager.isWritableFile(atPath: folder)
    let recovered = try recoverInterruptedWrite(at: url, writable: writable)
    var configuration = Configuration()
    configuration.busyMode = WriterWait.busyMode
    let applied: [String]
    let tables: Int
    do {
      let queue = try readOnlyQueue(url, configuration)
      (applied, tables) = try queue.read { db in
        let tables =
          try Int.fetchOne(
            db,
            sql:
              "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> 'grdb_migrations'"
          ) ?? 0
        guard try db.tableExists("grdb_migrations") else { return ([], tables) }
        return (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"), tables)
      }
      try queue.close()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw StoreError.notADatabase(path: url.path)
    } catch let error as DatabaseError {
      throw StoreError.unreadable(
        path: url.path, problem: .other(detail: error.message ?? "\(error.resultCode)"))
    }
    // Another program's SQLite file holds tables and none of lastmile's history: left alone.
    if tables > 0, !applied.contains(knownMigrations[0]) {
      throw StoreError.foreignDatabase(path: url.path)
    }
    let unknown = applied.filter { !knownMigrations.contains($0) }
    if !unknown.isEmpty {
      throw StoreError.newerSchema(path: url.path, unknownMigrations: unknown)
    }
    return Facts(applied: applied, writable: writable, recovered: recovered)
  }

  /// One connection that only reads `url`. Where SQLite cannot make the write-ahead log's
  /// shared-memory index (a folder this user may not write), the file is read as immutable.
  static func readOnlyQueue(_ url: URL, _ configuration: Configuration) throws -> DatabaseQueue {
    var configuration = configuration
    configuration.readonly = true
    let encoded = url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? url.path
    var lastError: Error?
    for path in [url.path, "file:\(encoded)?immutable=1"] {
      do {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        return queue
      } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
        throw error
      } catch {
        lastError = error
      }
    }
    throw lastError ?? StoreError.unreadable(path: url.path, problem: .permissionDenied)
  }
}
