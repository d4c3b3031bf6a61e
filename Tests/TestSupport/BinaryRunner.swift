import Foundation

/// Runs the built `lastmile` binary as a person or a script would, and keeps what it printed.
public struct BinaryRunner: Sendable {
  /// What one run printed, and how it ended.
  public struct Output: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
  }

  /// The built binary: beside the test bundle in the same build folder.
  public static var binary: URL {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("lastmile"),
      Bundle.main.bundleURL.appendingPathComponent("lastmile"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("lastmile"),
      packageRoot.appendingPathComponent(".build/debug/lastmile"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates
      .last!
  }

  /// The package's root folder.
  public static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Environment for runs: no inherited database or locale surprises.
  public var environment: [String: String]

  public init(home: URL, language: String = "en_US.UTF-8") {
    environment = [
      "PATH": "/usr/bin:/bin", "HOME": home.path, "LANG": language, "LC_ALL": language,
      "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "USER": "tester",
      "TERM": "xterm-256color",
    ]
  }

  /// The environment of a shell (in tmux) that runs `lastmile` by its name.
  public var shellEnvironment: [String: String] {
    var shell = environment
    shell["PATH"] = BinaryRunner.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
    return shell
  }

  /// Runs `lastmile` (or `executable`, which runs it) with `arguments`, feeding `input` on
  /// standard input; in `folder` when given (a relative path is taken there).
  public func run(
    _ arguments: [String], input: String = "", executable: URL? = nil, in folder: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable ?? BinaryRunner.binary
    if let folder { process.currentDirectoryURL = folder }
    process.arguments = arguments
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    // Standard error is drained on another thread so that neither pipe can fill and stall.
    let errorBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let errData = errorBox.data
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}
