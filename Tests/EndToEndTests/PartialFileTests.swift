import Foundation
import TestSupport
import Testing

/// Files written under a temporary name (exports, reports, backups) never outlive their
/// writer: what a kill left is swept on the next start.
@Suite("Partial files are swept")
struct PartialFileTests {
  /// The id of a process that has ended.
  private func deadProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test(
    "an export's partial file left by a killed writer, and a killed backup's, are removed by the next command"
  )
  func sweptOnStart() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db")
    let demo = try runner.run([
      "demo", "--db", db.path, "--households", "10", "--operator", "测试员",
    ])
    #expect(demo.status == 0, "\(demo.stderr)")
    let dead = try deadProcess()
    // What a kill -9 of `export --unmask --out h.csv` leaves, listed in the registry.
    let exportPartial = folder.file("out/.h.csv.\(dead).partial")
    try FileManager.default.createDirectory(
      at: exportPartial.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "430523195607081234".write(to: exportPartial, atomically: true, encoding: .utf8)
    let data = folder.file("data/lastmile")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try (exportPartial.path + "\n").write(
      to: data.appendingPathComponent("partial-files"), atomically: true, encoding: .utf8)
    // What killed backups leave: this version's name and an older one's, with a journal.
    let backups = folder.file("backups")
    try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
    let left = [
      ".lastmile-20261125-100000.db.\(dead).partial",
      ".lastmile-20261125-100000.db.\(dead).partial-journal", "lastmile-20261124-090000.db.partial",
    ]
    for name in left {
      try "x".write(to: backups.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let live = backups.appendingPathComponent("lastmile-20261124-080000.db")
    try "a backup".write(to: live, atomically: true, encoding: .utf8)
    let check = try runner.run(["check", "--db", db.path])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(!FileManager.default.fileExists(atPath: exportPartial.path))
    for name in left {
      #expect(!FileManager.default.fileExists(atPath: backups.appendingPathComponent(name).path))
    }
    #expect(FileManager.default.fileExists(atPath: live.path))
  }

  @Test("a refused row's file, an export and a report are their owner's only (0600)")
  func privateOutputs() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    _ = try runner.run(["demo", "--db", db, "--households", "10", "--operator", "测试员"])
    let bad = folder.file("bad.csv")
    try "household_no,head_name\n09090001,\n09090002,王五\n".write(
      to: bad, atomically: true, encoding: .utf8)
    let imported = try runner.run([
      "import", "households", bad.path, "--db", db, "--skip-invalid", "--operator", "测试员",
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let existing = folder.file("h.csv")
    try "old".write(to: existing, atomically: true, encoding: .utf8)
    chmod(existing.path, 0o644)
    _ = try runner.run(["export", "households", "--db", db, "--out", existing.path])
    _ = try runner.run(["report", "overdue", "--db", db, "--out", folder.file("r.html").path])
    _ = try runner.run(["import", "members", folder.file("t.csv").path, "--template"])
    for name in ["bad.rejected.csv", "h.csv", "r.html", "t.csv"] {
      let mode = try FileManager.default.attributesOfItem(atPath: folder.file(name).path)[
        .posixPermissions]
      #expect((mode as? NSNumber)?.intValue == 0o600, "\(name)")
    }
  }

  @Test(
    "an import killed while it writes its refused rows leaves a partial file the next command removes, with no data folder before"
  )
  func killedImportsRejectedRowsSwept() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db")
    // A bad row first, then enough good ones that the import is still writing when killed.
    var text = "household_no,head_name\n09090000,\n"
    for index in 1..<40_000 { text += String(format: "0909%05d", index) + ",户主\(index)\n" }
    let file = folder.file("h.csv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(!FileManager.default.fileExists(atPath: folder.file("data").path))
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = [
      "import", "households", file.path, "--db", db.path, "--skip-invalid", "--operator", "测试员",
    ]
    process.environment = runner.environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let partial = folder.file(".h.rejected.csv.\(process.processIdentifier).partial")
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: partial.path), process.isRunning,
      Date() < deadline
    {
      usleep(20_000)
    }
    #expect(
      FileManager.default.fileExists(atPath: partial.path), "the import wrote no partial file")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(FileManager.default.fileExists(atPath: partial.path))
    let check = try runner.run(["check", "--db", db.path])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(!FileManager.default.fileExists(atPath: partial.path))
    #expect(!FileManager.default.fileExists(atPath: folder.file("h.rejected.csv").path))
  }
}
