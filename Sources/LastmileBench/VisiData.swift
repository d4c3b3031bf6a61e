import Foundation

/// VisiData, the yardstick of the import: a tool that loads a CSV file and writes it to SQLite
/// without checking a row. Used only where `vd` is on the PATH (`pip install visidata`).
enum VisiData {
  /// How long `vd` takes to load `file` and write it to SQLite (milliseconds, the whole
  /// process); nil when it is not installed.
  static func time(loading file: URL, into folder: URL) throws -> Double? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    guard
      let vd = paths.map({ URL(fileURLWithPath: String($0)).appendingPathComponent("vd") })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { return nil }
    let out = folder.appendingPathComponent("visidata-\(UUID().uuidString.prefix(8)).sqlite")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try ChildProcess(executable: vd.path, arguments: ["-b", file.path, "-o", out.path])
      .run()
    return run.status == 0 ? run.milliseconds : nil
  }
}
