import Foundation
import GRDB
import Synchronization
import TestSupport
import Testing

/// Several lastmiles on one database: readers read a snapshot and never wait for a writer;
/// writers take turns, saying so, and never fail with SQLite's words.
@Suite("Several lastmiles on one database")
struct ConcurrentUseTests {
  /// A households file of `count` rows numbered from `first`.
  private func households(_ folder: TemporaryFolder, _ name: String, first: Int, count: Int)
    throws -> URL
  {
    let rows = (first..<first + count).map { String(format: "%08d,户主%d,石桥村", $0, $0) }
    let file = folder.file(name)
    try (["household_no,head_name,village"] + rows + [""]).joined(separator: "\n").write(
      to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test(
    "two imports started at the same moment into a new database both land, one after the other (five pairs)"
  )
  func twoImportsIntoANewDatabase() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let files = [
      try households(folder, "a.csv", first: 1_000_000, count: 300),
      try households(folder, "b.csv", first: 2_000_000, count: 300),
    ]
    for pair in 1...5 {
      let db = folder.file("new\(pair)/x.db").path
      let results = Mutex<[BinaryRunner.Output?]>([nil, nil])
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        let output = try? runner.run([
          "import", "households", files[index].path, "--db", db, "--operator", "测试员", "--lang",
          "en",
        ])
        results.withLock { $0[index] = output }
      }
      for output in results.withLock({ $0 }) {
        let output = try #require(output)
        #expect(output.status == 0, "pair \(pair): \(output.stderr)")
        #expect(output.stdout.contains("300 added"))
      }
      let check = try runner.run(["check", "--db", db])
      #expect(check.status == 0, "\(check.stdout)")
      let queue = try DatabaseQueue(path: db)
      #expect(
        try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM household") } == 600)
    }
  }

  @Test(
    "an export started while the first import writes a new database waits for it, exports all of it, and takes its journal for no crash"
  )
  func readerWaitsForTheFirstImport() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let file = try households(folder, "big.csv", first: 1_000_000, count: 30_000)
    let db = folder.file("new/x.db").path
    let imported = Mutex<BinaryRunner.Output?>(nil)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      let output = try? runner.run([
        "import", "households", file.path, "--db", db, "--operator", "测试员", "--lang", "en",
      ])
      imported.withLock { $0 = output }
    }
    // The import writes its first data with a rollback journal: the export starts once that
    // holds the pages the import changed (making the schema leaves a journal of a few bytes).
    func journal() -> Int {
      (try? FileManager.default.attributesOfItem(atPath: db + "-journal")[.size] as? Int) ?? 0
    }
    let deadline = Date().addingTimeInterval(60)
    while journal() < 32_768, imported.withLock({ $0 == nil }), Date() < deadline {
      usleep(2_000)
    }
    let export = try runner.run([
      "export", "households", "--out", folder.file("h.csv").path, "--db", db, "--lang", "en",
    ])
    group.wait()
    let output = try #require(imported.withLock { $0 })
    #expect(output.status == 0, "\(output.stderr)")
    #expect(export.status == 0, "\(export.stderr)")
    #expect(!export.stderr.contains("recovered"), "\(export.stderr)")
    #expect(export.stderr.contains("waiting for it to finish"), "\(export.stderr)")
    #expect(export.stderr.contains("30000 rows written"), "\(export.stderr)")
    let queue = try DatabaseQueue(path: db)
    #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    #expect(!FileManager.default.fileExists(atPath: db + "-journal"))
  }

  @Test("while another lastmile holds the write lock, export, report, check and backup run at once")
  func readersDuringAWrite() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("x.db").path
    let demo = try runner.run([
      "demo", "--db", db, "--households", "20", "--operator", "测试员", "--today", "2026-11-25",
    ])
    #expect(demo.status == 0, "\(demo.stderr)")
    let writer = try DatabasePool(path: db)
    try writer.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      try db.execute(sql: "UPDATE household SET notes = 'being written'")
      for arguments in [
        ["export", "households", "--out", folder.file("h.csv").path],
        ["report", "overdue", "--today", "2026-11-25"],
        ["check"],
        ["backup"],
      ] {
        let output = try runner.run(arguments + ["--db", folder.file("x.db").path, "--lang", "en"])
        #expect(output.status == 0, "\(arguments[0]): \(output.stderr)")
        #expect(!output.stderr.contains("another lastmile is writing"), "\(arguments[0])")
      }
      try db.execute(sql: "ROLLBACK")
    }
    let exported = try String(contentsOf: folder.file("h.csv"), encoding: .utf8)
    #expect(!exported.contains("being written"))
  }
}
