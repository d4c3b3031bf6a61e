import Foundation
import GRDB
import LastmileStore
import TestSupport
import Testing

/// SIGKILL at random moments of the long writes — an import, demo data, a backup, a sync
/// import — and of a form saved at the desk: after each, `lastmile check` says ok and the data
/// is all there or not there. The seed is printed; `LASTMILE_KILL_SEED` repeats a run and
/// `LASTMILE_KILLS` sets how many kills each kind gets (5 in the suite).
@Suite("Killed at random moments", .serialized)
struct CrashKillTests {
  static let seed = SeededGenerator.seed(from: "LASTMILE_KILL_SEED")
  static let kills = SeededGenerator.count(from: "LASTMILE_KILLS", otherwise: 5)

  /// The households of a database (nil when it has no schema yet).
  private func households(_ path: String) throws -> Int? {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      try db.tableExists("household")
        ? try Int.fetchOne(db, sql: "SELECT count(*) FROM household") : nil
    }
  }

  /// Runs `arguments` and kills it after `delay` seconds (if it is still running); returns
  /// whether it was killed.
  private func runKilled(_ arguments: [String], after delay: TimeInterval, home: URL) throws
    -> Bool
  {
    let process = Process()
    process.executableURL = BinaryRunner.binary
    process.arguments = arguments
    process.environment = BinaryRunner(home: home).environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    let killed = process.isRunning
    if killed { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return killed
  }

  /// `lastmile check` on `path`: it must say ok.
  private func expectSound(_ path: String, _ runner: BinaryRunner, _ what: String) throws {
    let check = try runner.run(["check", "--db", path, "--lang", "en"])
    #expect(check.status == 0, "\(what), seed \(Self.seed): \(check.stdout)\(check.stderr)")
  }

  @Test(
    "an import, demo data, a backup and a sync import killed at random moments leave a sound database, all or nothing"
  )
  func longWritesKilled() throws {
    print("kill test seed: \(Self.seed) (LASTMILE_KILL_SEED=\(Self.seed) repeats it)")
    var random = SeededGenerator(seed: Self.seed)
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let template = folder.file("template.db").path
    #expect(
      try runner.run(["demo", "--db", template, "--households", "60", "--operator", "测试员"])
        .status == 0)
    let peer = folder.file("peer.db").path
    #expect(
      try runner.run(["demo", "--db", peer, "--households", "300", "--operator", "对方"]).status
        == 0)
    let bundle = folder.file("peer.lmsync").path
    #expect(
      try runner.run([
        "sync", "export", "--db", peer, "--to", "B7", "--full", "--plain", "--out", bundle,
        "--operator", "对方",
      ]).status == 0)
    let csv = folder.file("households.csv")
    let rows = (0..<3_000).map { String(format: "%08d,户主%d,石桥村", 90_000_000 + $0, $0) }
    try (["household_no,head_name,village"] + rows + [""]).joined(separator: "\n").write(
      to: csv, atomically: true, encoding: .utf8)
    let before = try #require(try households(template))

    /// One kind of write: its arguments on a database, and whether it starts from the template.
    struct Kind {
      let name: String
      let fromTemplate: Bool
      let arguments: (String) -> [String]
    }
    let kinds = [
      Kind(name: "import", fromTemplate: true) {
        ["import", "households", csv.path, "--db", $0, "--operator", "测试员"]
      },
      Kind(name: "demo", fromTemplate: false) {
        ["demo", "--db", $0, "--households", "300", "--operator", "测试员"]
      },
      Kind(name: "backup", fromTemplate: true) { ["backup", "--db", $0] },
      Kind(name: "sync import", fromTemplate: true) {
        ["sync", "import", bundle, "--db", $0, "--operator", "测试员"]
      },
    ]
    var survived = 0
    for kind in kinds {
      // One whole run: how long it takes, and what it leaves.
      let whole = folder.file("\(kind.name)-whole.db").path
      if kind.fromTemplate { try FileManager.default.copyItem(atPath: template, toPath: whole) }
      let started = Date()
      #expect(try runner.run(kind.arguments(whole)).status == 0, "\(kind.name)")
      let duration = Date().timeIntervalSince(started)
      let after = try households(whole)
      for run in 0..<Self.kills {
        let path = folder.file("\(kind.name)-\(run).db").path
        if kind.fromTemplate { try FileManager.default.copyItem(atPath: template, toPath: path) }
        let delay = Double.random(in: 0.05...max(0.1, duration), using: &random)
        let killed = try runKilled(kind.arguments(path), after: delay, home: folder.url)
        guard FileManager.default.fileExists(atPath: path) else { continue }
        try expectSound(path, runner, "\(kind.name) killed after \(delay) s")
        let found = try households(path)
        let allowed: [Int?] = kind.fromTemplate ? [before, after] : [nil, 0, after]
        #expect(
          allowed.contains(found),
          "\(kind.name) killed after \(delay) s, seed \(Self.seed): \(String(describing: found)) households"
        )
        if killed { survived += 1 }
      }
    }
    // What killed backups left is gone once a command has run.
    let backups = folder.file("backups")
    let left = (try? FileManager.default.contentsOfDirectory(atPath: backups.path)) ?? []
    #expect(!left.contains { $0.contains(".partial") }, "\(left)")
    print("kill test: \(survived) kills survived (seed \(Self.seed))")
  }

  @Test("a walk-in saved at the desk and killed at once is saved whole or not at all")
  func deskSaveKilled() throws {
    var random = SeededGenerator(seed: Self.seed ^ 0xD35C)
    let ledger = try DemoLedger(households: 30)
    let store = try LastmileStore.open(at: URL(fileURLWithPath: ledger.path), create: false)
    let head = try #require(try store.household(number: "01010001")).headName
    let person = try #require(try store.findPeople(head).people.first)
    var count = try store.counts().requests
    try store.close()
    for run in 0..<max(2, Self.kills / 2) {
      let tmux = try ledger.tmux()
      try tmux.run("lastmile --db \(ledger.path) --today 2026-11-25; echo EXIT=$?")
      try tmux.waitFor("户籍台账")
      try tmux.press("R")
      try tmux.waitFor("今日来访")
      try tmux.type(person.name, chunk: 1)
      try tmux.waitFor("  \(person.householdNo) ")
      try tmux.press("Enter")
      try tmux.waitFor("已选定户籍中的人")
      try tmux.press("3")
      try tmux.type("第\(run)次来问低保")
      let pid = try #require(try tmux.childPID(named: "lastmile"))
      try tmux.press("C-s")
      Thread.sleep(forTimeInterval: Double.random(in: 0...0.05, using: &random))
      kill(pid, SIGKILL)
      _ = try tmux.waitFor("EXIT=")
      try expectSound(ledger.path, ledger.runner, "desk save killed, run \(run)")
      let queue = try DatabaseQueue(path: ledger.path)
      let (now, whole) = try queue.read { db in
        (
          try Int.fetchOne(db, sql: "SELECT count(*) FROM help_request") ?? 0,
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM help_request WHERE content = ?",
            arguments: ["第\(run)次来问低保"]) ?? 0
        )
      }
      try queue.close()
      // Saved whole (one more request, with all it said) or not at all.
      #expect(now == count + whole && whole <= 1, "run \(run), seed \(Self.seed)")
      count = now
    }
  }
}
