import Foundation
import Testing

import TestSupport

@Suite("The bench command")
struct BenchCommandTests {
  static let measurements = [
    "first frame", "search per keystroke", "page down at the top", "page down in the middle", "page down at the end",
    "page up from the end", "open contact card", "peak memory while browsing", "CSV import",
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
      for field in ["p50", "p95", "max"] { #expect((object[field] as? Double ?? -1) > 0, "\(object)") }
      #expect((object["n"] as? Int ?? 0) >= 1)
      #expect(["ms", "MB", "rows/s"].contains(object["unit"] as? String ?? ""))
    }
    let search = try #require(objects.first { $0["name"] as? String == "search per keystroke" })
    #expect((search["n"] as? Int ?? 0) >= 40)
  }

  @Test("bench prints a table with each budget and whether it holds, in Chinese under a zh locale")
  func table() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("small.db").path
    _ = try runner.run(["demo", "--db", db, "--today", "2026-11-25", "--households", "200"])
    let bench = try runner.run(["bench", "--db", db, "--today", "2026-11-25"])
    #expect(bench.status == 0, "\(bench.stderr)")
    let lines = bench.stdout.split(separator: "\n")
    #expect(lines.count == Self.measurements.count + 1)
    #expect(lines.dropFirst().allSatisfy { $0.contains("≤") || $0.contains("≥") })
    #expect(bench.stderr.contains("调试"))
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
