import Foundation

/// A running program on a machine: the host and the process, as a draft records who wrote it.
struct Session: Equatable {
  let host: String
  let pid: Int32

  /// This program.
  static let current = Session(host: ProcessInfo.processInfo.hostName, pid: getpid())

  /// `host#pid`, as stored.
  var text: String { "\(host)#\(pid)" }

  init(host: String, pid: Int32) {
    self.host = host
    self.pid = pid
  }

  /// The session a stored text names; nil for an empty or unreadable one.
  init?(text: String) {
    guard let mark = text.lastIndex(of: "#"), let pid = Int32(text[text.index(after: mark)...])
    else { return nil }
    self.init(host: String(text[..<mark]), pid: pid)
  }

  /// Whether it is another process still running on this machine. A session on another
  /// machine (a database on a shared folder) cannot be asked, and counts as ended.
  var isRunningElsewhere: Bool {
    guard host == Session.current.host, pid != Session.current.pid, pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
