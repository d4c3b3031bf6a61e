import Foundation
import LastmileCore
import LastmileStore
import TestSupport
import Testing

@Suite("The bench command")
struct BenchCommandTests {
  static let measurements = [
    "first frame", "search per keystroke", "page down at the top", "page down in the middle",
    "page down at the end",
    "page up from the end", "open contact card", "open the queue filtered to overdue",
    "find a request by its number", "find requests by a word",
    "the status line's counts (with the book's flags)", "read a meeting's agenda",
    "read a month of the duty rota", "the queue filtered by a flag",
    "diary: page down at the top", "diary: page down in the middle", "diary: page up from the end",
    "open a cadre's month calendar", "peak memory while browsing",
    "every cadre's quotas for a year", "one cadre's quotas for a month",
    "open the review: a month's figures", "open the review: a year's figures",
    "the review fills in: quotas and health (a month)",
    "a review row opens its list (a page and its count)", "work summary: every cadre for a year",
    "save a request at the reception desk", "keep the desk's draft (at a pause)",
    "save a visit with two problems", "CSV import of visits", "full county bundle: export",
    "full county bundle: peak memory of the export",
    "full county bundle: import into an empty database",
    "full county bundle: peak memory of the import", "bundle of 10,000 changes: export",
    "bundle of 10,000 changes: import", "verify the whole audit log's hash chain",
    "back up the whole database", "CSV import (the whole process)",
    "CSV import: peak memory (the whole process)",
  ]

  @Test("bench on a small database prints one JSON object per measurement with its figures")
  func json() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("small.db").path
    let demo = try runner.run(["demo", "--db", db, "--today", "2026-11-25", "--households", "200"])
    #expect(demo.status == 0, "\(demo.stderr)")
    let bench = try runner.run(["bench", "--db", db, "--today", "2026-11-25", "--json"])
    #expect(bench.status == 0, "\(bench.stderr)")
    let objects = try bench.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.compactMap { $0["name"] as? String } == Self.measurements)
    for object in objects {
      for field in ["p50", "p95", "max"] {
        #expect((object[field] as? Double ?? -1) > 0, "\(object)")
      }
      #expect((object["n"] as? Int ?? 0) >= 1)
      #expect(["ms", "s", "MB", "rows/s"].contains(object["unit"] as? String ?? ""))
    }
    let search = try #require(objects.first { $0["name"] as? String == "search per keystroke" })
    #expect((search["n"] as? Int ?? 0) >= 40)
    let saves = try #require(
      objects.first { $0["name"] as? String == "save a request at the reception desk" })
    #expect(saves["n"] as? Int == 20)
    let drafts = try #require(
      objects.first { $0["name"] as? String == "keep the desk's draft (at a pause)" })
    #expect(drafts["n"] as? Int == 20)
    let visits = try #require(
      objects.first { $0["name"] as? String == "save a visit with two problems" })
    #expect(visits["n"] as? Int == 20)
  }

  @Test(
    "bench on a database of the user's saves its walk-ins in a copy and leaves the database as it was"
  )
  func leavesDatabaseAlone() throws {
    let folder = TemporaryFolder()
    var runner = BinaryRunner(home: folder.url)
    let scratch = folder.file("tmp")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    runner.environment["TMPDIR"] = scratch.path
    let db = folder.file("small.db")
    _ = try runner.run(["demo", "--db", db.path, "--today", "2026-11-25", "--households", "120"])
    func counts() throws -> [Int] {
      let store = try LastmileStore.open(at: db, create: false)
      defer { try? store.close() }
      return [
        try store.requestCount(), try store.walkInCount(on: LocalDate(parsing: "2026-11-25")!),
        try store.visitCount(),
      ]
    }
    let before = try counts()
    let bench = try runner.run(["bench", "--db", db.path, "--today", "2026-11-25", "--json"])
    #expect(bench.status == 0, "\(bench.stderr)")
    #expect(try counts() == before)
    // The copy and the bench's other scratch files are gone.
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
  }

  @Test(
    "bench prints a table with each budget and whether it holds (the visit import's rate stands alone), in Chinese under a zh locale"
  )
  func table() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("small.db").path
    _ = try runner.run(["demo", "--db", db, "--today", "2026-11-25", "--households", "200"])
    let bench = try runner.run(["bench", "--db", db, "--today", "2026-11-25"])
    #expect(bench.status == 0, "\(bench.stderr)")
    let lines = bench.stdout.split(separator: "\n")
    #expect(lines.count == Self.measurements.count + 1)
    #expect(
      lines.dropFirst().allSatisfy {
        $0.contains("≤") || $0.contains("≥") || $0.hasPrefix("CSV 导入走访")
          || $0.hasPrefix("全县同步包写出 ") || $0.hasPrefix("全县同步包导入空库")
      })
    // The binary is built as the tests are: in a debug build it warns that figures are slow.
    #if DEBUG
      #expect(bench.stderr.contains("调试"))
    #else
      #expect(!bench.stderr.contains("调试"))
    #endif
  }

  @Test("bench on a database too small to measure says why and exits 1")
  func tooSmall() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let db = folder.file("tiny.db").path
    _ = try runner.run(["demo", "--db", db, "--today", "2026-11-25", "--households", "30"])
    let bench = try runner.run(["bench", "--db", db, "--today", "2026-11-25"])
    #expect(bench.status == 1)
    #expect(bench.stderr.contains("only 30 households"))
    #expect(bench.stdout.isEmpty)
  }
}
