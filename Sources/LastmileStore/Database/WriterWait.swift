import Foundation
import GRDB
import LastmileCore
import Synchronization

/// How long a connection waits for another lastmile's write to finish, and who is told while it
/// waits. The full-screen application waits 10 seconds and then says the database is busy; a
/// command waits up to 10 minutes (an import of a county takes minutes), saying once on
/// standard error that it is waiting.
public enum WriterWait {
  private struct Setting: Sendable {
    var limit: TimeInterval = 10
    var notice: (@Sendable (String) -> Void)?
  }

  /// The setting, behind a lock (configured once by a command, read by every connection).
  private final class Guarded: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Setting()
    func withLock<T>(_ body: (inout Setting) -> T) -> T {
      lock.lock()
      defer { lock.unlock() }
      return body(&value)
    }
  }

  private static let setting = Guarded()
  /// How long to wait, and what to call (with the database's path) once a wait has gone on for
  /// a second.
  public static func configure(limit: TimeInterval, notice: (@Sendable (String) -> Void)?) {
    setting.withLock { $0 = Setting(limit: limit, notice: notice) }
  }

  /// How long a wait lasts before the write is refused as busy, in whole seconds.
  public static var limit: Int { Int(setting.withLock { $0.limit }) }

  /// The sentence a command says once it has waited a second for `path`.
  public static func waitingText(_ path: String, _ language: Language) -> String {
    Localizer(language)(.storeWaiting(path, limit))
  }

  /// The busy mode of a connection: SQLite's own wait, as long as configured.
  static var busyMode: Database.BusyMode { .timeout(setting.withLock { $0.limit }) }

  /// Runs `body`, a write that may have to wait for the lock (a write transaction's body
  /// starts once it holds it: `started` is called first thing). If the lock has not come after
  /// a second, the notice is called.
  static func noticing<T>(_ path: String, _ body: (_ started: () -> Void) throws -> T) rethrows
    -> T
  {
    guard let notice = setting.withLock({ $0.notice }) else { return try body {} }
    let item = DispatchWorkItem { notice(path) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 1, execute: item)
    defer { item.cancel() }
    return try body { item.cancel() }
  }

  /// Runs `body` holding the lock on the database's folder that opening a database to write
  /// takes, so that two lastmiles started at once do not both build its schema, and none opens
  /// it while another writes its first data with a rollback journal (`inFolderAlone`).
  static func whileSettingUp<T>(_ url: URL, _ body: () throws -> T) throws -> T {
    try holdingFolder(url, waiting: true) { _ in try body() }
  }

  /// Runs `body` holding the database folder's lock if it is free at once (told whether it
  /// does): no other lastmile opens the database meanwhile.
  static func inFolderAlone<T>(_ url: URL, _ body: (_ alone: Bool) throws -> T) throws -> T {
    try holdingFolder(url, waiting: false, body)
  }

  private static func holdingFolder<T>(
    _ url: URL, waiting: Bool, _ body: (_ held: Bool) throws -> T
  ) throws -> T {
    let folder = url.deletingLastPathComponent().path
    // Held already by this lastmile (opening inside a set-up): held, not taken twice.
    if heldFolders.withLock({ $0.contains(folder) }) { return try body(true) }
    let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return try body(false) }
    defer { Glibc.close(descriptor) }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard waiting else { return try body(false) }
      setting.withLock { $0.notice }?(url.path)
      // As long as a write is waited for, then the database is busy.
      let deadline = Date().addingTimeInterval(setting.withLock { $0.limit })
      while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        guard Date() < deadline else { throw StoreError.busy(path: url.path) }
        usleep(20_000)
      }
    }
    heldFolders.withLock { _ = $0.insert(folder) }
    defer {
      heldFolders.withLock { _ = $0.remove(folder) }
      flock(descriptor, LOCK_UN)
    }
    return try body(true)
  }

  /// The folders whose lock this lastmile holds.
  private static let heldFolders = Mutex<Set<String>>([])
}
