import Foundation

/// Files written under a temporary name until they are whole (an export, a report, a backup):
/// they may hold every ID number of a county, so none outlives its writer. Each carries its
/// writer's process id in its name and is listed in a registry while it exists; an exit lastmile
/// sees (an error, Ctrl-C, SIGTERM, a dropped SSH session) removes its own, and what a kill or a
/// power cut left is swept on the next start (a file whose writer is gone).
public enum PartialFiles {
  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var own: Set<String> = []
    var file: URL?
  }

  private static let registry = Registry()

  /// Keeps the registry in `file` (the user's data folder), so that the next start finds what a
  /// kill left anywhere.
  public static func keepRegistry(in file: URL) {
    registry.lock.withLock { registry.file = file }
  }

  /// The temporary name of `target` for this process: `.NAME.PID.partial` beside it.
  static func name(for target: URL) -> URL {
    target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).\(getpid()).partial")
  }

  /// Notes that `url` is being written.
  static func register(_ url: URL) {
    let file = registry.lock.withLock {
      registry.own.insert(url.path)
      return registry.file
    }
    guard let file else { return }
    append(url.path + "\n", to: file)
  }

  /// Notes that `url` was renamed or removed.
  static func unregister(_ url: URL) {
    _ = registry.lock.withLock { registry.own.remove(url.path) }
  }

  /// Removes every partial file this process is writing, with its companions (a backup's
  /// journal): called on the way out.
  public static func removeOwn() {
    let own = registry.lock.withLock { registry.own }
    for path in own { remove(path) }
  }

  /// Removes what the registry lists whose writer is gone, and keeps the rest listed. Returns
  /// how many were removed.
  @discardableResult
  public static func sweep() -> Int {
    guard let file = registry.lock.withLock({ registry.file }),
      let listed = try? String(contentsOf: file, encoding: .utf8)
    else { return 0 }
    var kept: [String] = []
    var removed = 0
    for path in Set(listed.split(separator: "\n").map(String.init)) where !path.isEmpty {
      guard FileManager.default.fileExists(atPath: path) else { continue }
      if writerAlive(path) {
        kept.append(path)
      } else {
        remove(path)
        removed += 1
      }
    }
    let rest = kept.map { $0 + "\n" }.joined()
    try? Data(rest.utf8).write(to: file, options: .atomic)
    chmod(file.path, 0o600)
    return removed
  }

  /// Removes the partial files in `folder` whose writer is gone (a backups folder: every kill
  /// of a backup left one, with its journal). Returns how many were removed.
  @discardableResult
  public static func sweep(folder: URL) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var removed = 0
    for name in names where name.contains(".partial") {
      let path = folder.appendingPathComponent(name).path
      if !writerAlive(path) {
        try? FileManager.default.removeItem(atPath: path)
        removed += 1
      }
    }
    return removed
  }

  /// Whether the process named in a partial file's name still runs (a name without one, from
  /// an older lastmile, has no writer left).
  private static func writerAlive(_ path: String) -> Bool {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let range = name.range(of: ".partial") else { return false }
    let stem = name[..<range.lowerBound]
    guard let dot = stem.lastIndex(of: "."), let pid = Int32(stem[stem.index(after: dot)...]),
      pid > 0
    else { return false }
    if pid == getpid() { return registry.lock.withLock { registry.own.contains(path) } }
    return kill(pid, 0) == 0 || errno == EPERM
  }

  /// Removes a partial file and its companions.
  static func remove(_ url: URL) { remove(url.path) }

  private static func remove(_ path: String) {
    for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    unregister(URL(fileURLWithPath: path))
  }

  private static func append(_ line: String, to file: URL) {
    // The data folder may not exist yet (every database named by `--db`): it is made, or a
    // kill would leave the partial file where no later start looks.
    try? FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let descriptor = open(file.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    _ = line.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
  }
}
