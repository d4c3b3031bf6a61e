import Foundation
import LastmileCore
import TestSupport
import Testing

/// A database this user may not write: a file of 0444 in a folder of 0555, read as another
/// user (which needs root to arrange).
@Suite("A database that can only be read", .enabled(if: getuid() == 0))
struct ReadOnlyCommandTests {
  /// Runs `lastmile` as the user `nobody`.
  func runAsNobody(_ runner: BinaryRunner, _ arguments: [String]) throws -> BinaryRunner.Output {
    var asNobody = runner
    asNobody.environment["HOME"] = "/tmp"
    return try asNobody.run(
      ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.binary.path] + arguments,
      executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
  }

  @Test("reports, exports and check read a database this user may not write")
  func readsWithoutWriting() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let shared = folder.file("shared")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    let db = shared.appendingPathComponent("ledger.db").path
    let csv = shared.appendingPathComponent("new.csv")
    try "户号,户主\n09090001,新户主\n".write(to: csv, atomically: true, encoding: .utf8)
    let demo = try runner.run(["demo", "--db", db, "--households", "30", "--today", "2026-11-25"])
    #expect(demo.status == 0, "\(demo.stderr)")
    for (path, mode) in [
      (db, 0o444), (csv.path, 0o444), (shared.path, 0o555), (folder.url.path, 0o755),
    ] {
      try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shared.path)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let overdue = try runAsNobody(
      runner, ["report", "overdue", "--db", db, "--today", "2026-11-25", "--format", "csv"])
    #expect(overdue.status == 0, "\(overdue.stderr)")
    #expect(overdue.stdout.contains("Received"))
    let export = try runAsNobody(runner, ["export", "households", "--db", db, "--format", "json"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("household_no"))
    let check = try runAsNobody(runner, ["check", "--db", db])
    #expect(check.stdout.contains("ok"), "\(check.stderr)")
    let write = try runAsNobody(
      runner,
      ["import", "households", csv.path, "--db", db, "--operator", "王", "--lang", "en"])
    #expect(write.status == 1)
    #expect(write.stderr.contains("can be read but not written"), "\(write.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }
}
