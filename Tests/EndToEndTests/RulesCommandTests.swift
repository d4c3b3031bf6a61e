import Foundation
import TestSupport
import Testing

@Suite("The rules command")
struct RulesCommandTests {
  @Test("rules check names every problem with file:line and exits 1; a sound file exits 0")
  func check() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url)
    let bad = folder.file("bad.toml")
    try Data("[deadlines]\ntransfer_calendar_days = -3\n\n[[roles]]\nid = 7\n".utf8).write(to: bad)
    let refused = try runner.run(["rules", "check", bad.path])
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("bad.toml:2: “transfer_calendar_days” cannot be negative"))
    #expect(refused.stdout.contains("bad.toml:5: “id” must be text"))
    let good = folder.file("good.toml")
    try Data("[[roles]]\nid = \"staff\"\ncontact_households = 3\n".utf8).write(to: good)
    let accepted = try runner.run(["rules", "check", good.path])
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(accepted.stdout.contains("no problems"))
  }

  @Test(
    "rules show prints the roles with their quotas and the deadlines, in Chinese under a zh locale")
  func show() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let shown = try runner.run(["rules", "show"])
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("乡镇(街道)党政班子 (township_leader)"))
    #expect(shown.stdout.contains("  每月连续蹲点天数: 3"))
    #expect(shown.stdout.contains("答复期限 7 个工作日"))
  }
}

@Suite("The quotas report")
struct QuotaReportCommandTests {
  @Test(
    "report quotas lists each cadre's quotas for a period, the short first; a bad period or role is refused"
  )
  func quotas() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("ledger.db").path
    let demo = try runner.run(["demo", "--db", db, "--households", "120", "--today", "2026-11-25"])
    #expect(demo.status == 0, "\(demo.stderr)")
    let report = try runner.run(
      ["report", "quotas", "--db", db, "--period", "2026-11", "--today", "2026-11-25"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.hasPrefix("干部定额完成情况 2026-11"))
    #expect(report.stdout.contains("每月连续蹲点天数") || report.stdout.contains("联系户"))
    let json = try runner.run(
      [
        "report", "quotas", "--db", db, "--period", "2026-Q4", "--format", "json", "--today",
        "2026-11-25",
      ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let cadres = try #require(object["cadres"] as? [[String: Any]])
    let shorts = cadres.compactMap { $0["short"] as? Int }
    #expect(shorts == shorts.sorted(by: >), "the short first")
    let badPeriod = try runner.run(["report", "quotas", "--db", db, "--period", "2026-13"])
    #expect(badPeriod.status == 2)
    #expect(badPeriod.stderr.contains("不是时段"))
  }
}
