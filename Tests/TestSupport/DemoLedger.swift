import Foundation

/// A database of demo data for the test day (2026-11-25) in a folder of its own, and the
/// runner of the built binary that made it, in the desk's language.
public struct DemoLedger {
  public let folder: TemporaryFolder
  public let runner: BinaryRunner
  /// The database file's path.
  public let path: String

  public init(households: Int = 200, language: String = "zh_CN.UTF-8") throws {
    folder = TemporaryFolder()
    runner = BinaryRunner(home: folder.url, language: language)
    path = folder.file("ledger.db").path
    let demo = try runner.run(
      [
        "demo", "--db", path, "--households", String(households), "--today", "2026-11-25",
        "--operator", "王主任",
      ])
    guard demo.status == 0 else { throw DemoFailed(message: demo.stderr) }
  }

  /// `lastmile demo` refused.
  public struct DemoFailed: Error {
    public let message: String
  }

  /// A shell in tmux whose `lastmile` is the built binary.
  public func tmux(width: Int = 80, height: Int = 24) throws -> TmuxSession {
    try TmuxSession(width: width, height: height, environment: runner.shellEnvironment)
  }
}
