import Foundation

/// A shell in a private tmux server, driven as a person would: keys in, screen read back.
///
/// Each session has its own socket, so tests run side by side without meeting.
public final class TmuxSession: @unchecked Sendable {
  /// Waiting for the screen gave up.
  public struct Timeout: Error, CustomStringConvertible {
    public let waitingFor: String
    public let screen: String
    public var description: String {
      "timed out waiting for \(waitingFor); the screen was:\n\(screen)"
    }
  }

  private let socket: String
  private let folder: TemporaryFolder
  /// The prompt the shell shows when a command has ended.
  public static let prompt = "READY>"

  /// Starts bash at `width`x`height` with `environment`.
  public init(width: Int = 80, height: Int = 24, environment: [String: String]) throws {
    folder = TemporaryFolder("lastmile-tmux")
    socket = "lastmile-test-\(UUID().uuidString.prefix(8))"
    let config = folder.file("tmux.conf")
    try "set -g default-terminal screen\nset -g status off\nset -g escape-time 10\n".write(
      to: config, atomically: true, encoding: .utf8)
    let rc = folder.file("bashrc")
    try "PS1='\(TmuxSession.prompt) '\n".write(to: rc, atomically: true, encoding: .utf8)
    var exports = environment.map { "\($0.key)=\($0.value)" }
    exports.append("TERM=screen")
    try tmux(
      [
        "-f", config.path, "new-session", "-d", "-x", String(width), "-y", String(height), "env",
        "-i",
      ] + exports
        + ["bash", "--noprofile", "--rcfile", rc.path, "-i"], capture: false)
    _ = try waitFor(TmuxSession.prompt)
  }

  deinit {
    _ = try? tmux(["kill-server"], capture: false)
  }

  /// Runs tmux with this session's socket and returns what it printed.
  @discardableResult
  public func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    try Subprocess.run(["tmux", "-u", "-L", socket] + arguments, capture: capture).output
  }

  /// What the pane shows now.
  public func screen() throws -> String {
    try tmux(["capture-pane", "-p"])
  }

  /// What the pane shows now with its attributes (reverse video, colours) as escape codes: a
  /// selection that moves changes it even where the text stays the same.
  public func styledScreen() throws -> String {
    try tmux(["capture-pane", "-p", "-e"])
  }

  /// Where the terminal's cursor is: column and line, from 0.
  public func cursor() throws -> (x: Int, y: Int) {
    let words = try tmux(["display-message", "-p", "#{cursor_x} #{cursor_y}"]).split(
      separator: " "
    ).compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return (words.first ?? -1, words.dropFirst().first ?? -1)
  }

  /// Waits until the styled screen differs from `before` (a selection moved).
  public func waitForChange(from before: String, timeout: TimeInterval = 15) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try styledScreen() != before { return }
      Thread.sleep(forTimeInterval: 0.03)
    }
    throw Timeout(waitingFor: "the screen to change", screen: try screen())
  }

  /// Waits until the cursor is on `line` (a form moved its focus there).
  public func waitForCursor(onLine line: Int, timeout: TimeInterval = 15) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try cursor().y == line { return }
      Thread.sleep(forTimeInterval: 0.03)
    }
    throw Timeout(waitingFor: "the cursor on line \(line)", screen: try screen())
  }

  /// The line of the screen that shows `text`, if any.
  public func line(of text: String) throws -> Int? {
    try screen().split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains(text)
    }
  }

  /// Waits until the screen shows `text`; returns the screen.
  @discardableResult
  public func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
    try waitUntil(text, timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the screen no longer shows `text`.
  @discardableResult
  public func waitForGone(_ text: String, timeout: TimeInterval = 15) throws -> String {
    try waitUntil("\(text) to go", timeout: timeout) { !$0.contains(text) }
  }

  /// Waits until `condition` holds for the screen and the screen has settled: the same text
  /// twice in a row, so that a frame caught half painted is never taken for the whole.
  @discardableResult
  public func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool)
    throws -> String
  {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    var previous: String?
    while Date() < deadline {
      last = try screen()
      if condition(last) {
        if last == previous { return last }
        previous = last
        Thread.sleep(forTimeInterval: 0.03)
        continue
      }
      previous = nil
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Timeout(waitingFor: what, screen: last)
  }

  /// Sends tmux key names (`Enter`, `Escape`, `F9`, `C-s`, `Tab`).
  public func press(_ keys: String...) throws {
    try tmux(["send-keys"] + keys, capture: false)
  }

  /// Types text in small pieces, waiting for each piece to show before the next, so that no
  /// character is dropped by a program that reads a key at a time.
  public func type(_ text: String, chunk: Int = 3) throws {
    let characters = Array(text)
    var typed = ""
    var index = 0
    while index < characters.count {
      let piece = String(characters[index..<min(index + chunk, characters.count)])
      try tmux(["send-keys", "-l", piece], capture: false)
      typed += piece
      try waitFor(typed)
      index += chunk
    }
  }

  /// Types into a field that shows a dot for each character (a passphrase), a piece at a time,
  /// waiting for the dots.
  public func typeSecret(_ text: String, chunk: Int = 3) throws {
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let end = min(index + chunk, characters.count)
      try tmux(["send-keys", "-l", String(characters[index..<end])], capture: false)
      try waitFor(String(repeating: "•", count: end))
      index = end
    }
  }

  /// Types a shell command and presses Enter.
  public func run(_ command: String) throws {
    try tmux(["send-keys", "-l", command], capture: false)
    try tmux(["send-keys", "Enter"], capture: false)
  }

  /// Resizes the window.
  public func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-x", String(width), "-y", String(height)], capture: false)
  }

  /// The process id of the program the shell is running (its child), if any.
  public func childPID(named name: String) throws -> Int32? {
    let shell = try tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    let found = try Subprocess.run(["pgrep", "-P", shell, "-x", name]).output
    return Int32(found.split(separator: "\n").first ?? "")
  }
}
