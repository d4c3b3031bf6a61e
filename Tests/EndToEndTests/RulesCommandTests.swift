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
    // A year to date, the cadres of one village; an unknown village is refused by name.
    let village = try runner.run(
      [
        "report", "quotas", "--db", db, "--period", "ytd", "--area", "青山社区", "--format", "csv",
        "--today", "2026-11-25",
      ])
    #expect(village.status == 0, "\(village.stderr)")
    #expect(village.stdout.contains("机关干部"))
    let everyone = try runner.run(
      [
        "report", "quotas", "--db", db, "--period", "ytd", "--format", "csv", "--today",
        "2026-11-25",
      ])
    #expect(
      village.stdout.split(whereSeparator: \.isNewline).count
        < everyone.stdout.split(whereSeparator: \.isNewline).count)
    let nowhere = try runner.run(
      ["report", "quotas", "--db", db, "--period", "ytd", "--area", "火星村", "--today", "2026-11-25"])
    #expect(nowhere.status == 2)
    #expect(nowhere.stderr.contains("没有地方“火星村”"))
  }

  @Test("cadres export and import back unchanged from the command line; a bad role says its line")
  func cadresRoundTrip() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("ledger.db").path
    let demo = try runner.run(["demo", "--db", db, "--households", "120", "--today", "2026-11-25"])
    #expect(demo.status == 0, "\(demo.stderr)")
    let file = folder.file("干部.csv").path
    let export = try runner.run(["export", "cadres", "--db", db, "--out", file])
    #expect(export.status == 0, "\(export.stderr)")
    let again = try runner.run(["import", "cadres", file, "--db", db, "--operator", "王主任"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect((again.stdout + again.stderr).contains("新增 0，更新 0"), "\(again.stdout)")
    var text = try String(contentsOfFile: file, encoding: .utf8)
    text += "李错,局长级,,,,,,\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let refused = try runner.run(["import", "cadres", file, "--db", db, "--operator", "王主任"])
    #expect(refused.status == 1)
    let lines = text.split(whereSeparator: \.isNewline).count
    #expect(refused.stderr.contains("干部.csv:\(lines): 角色: 不认识“局长级”"), "\(refused.stderr)")
  }

  @Test(
    "report rates gives the four rates with their numerators and denominators, by category; a backward period is refused"
  )
  func rates() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("ledger.db").path
    let demo = try runner.run(["demo", "--db", db, "--households", "120", "--today", "2026-11-25"])
    #expect(demo.status == 0, "\(demo.stderr)")
    let rates = try runner.run(
      [
        "report", "rates", "--db", db, "--from", "2026-10-01", "--to", "2026-11-25", "--by",
        "category", "--today", "2026-11-25",
      ])
    #expect(rates.status == 0, "\(rates.stderr)")
    #expect(rates.stdout.contains("诉求办理“四率” 2026-10-01 至 2026-11-25"))
    #expect(rates.stdout.contains("按时响应率"))
    let json = try runner.run(
      [
        "report", "rates", "--db", db, "--from", "2026-10-01", "--to", "2026-11-25", "--format",
        "json", "--today", "2026-11-25",
      ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let all = try #require(object["all"] as? [String: Any])
    let resolution = try #require(all["resolution"] as? [String: Int])
    #expect(resolution["denominator"] == all["received"] as? Int)
    let backward = try runner.run(
      ["report", "rates", "--db", db, "--from", "2026-11-25", "--to", "2026-10-01"])
    #expect(backward.status == 2)
    #expect(backward.stderr.contains("晚于"))
  }

  @Test(
    "report summary counts each cadre's work and writes a paragraph; an unknown cadre is refused")
  func summary() throws {
    let folder = TemporaryFolder()
    let runner = BinaryRunner(home: folder.url, language: "zh_CN.UTF-8")
    let db = folder.file("ledger.db").path
    let demo = try runner.run(["demo", "--db", db, "--households", "120", "--today", "2026-11-25"])
    #expect(demo.status == 0, "\(demo.stderr)")
    let summary = try runner.run(
      [
        "report", "summary", "--db", db, "--from", "2026-01-01", "--to", "2026-11-25", "--today",
        "2026-11-25",
      ])
    #expect(summary.status == 0, "\(summary.stderr)")
    #expect(summary.stdout.contains("干部工作总结 2026-01-01 至 2026-11-25"))
    #expect(summary.stdout.contains("深入基层"))
    let json = try runner.run(
      [
        "report", "summary", "--db", db, "--from", "2026-01-01", "--to", "2026-11-25", "--format",
        "json", "--lang", "en", "--today", "2026-11-25",
      ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let cadres = try #require(object["cadres"] as? [[String: Any]])
    #expect(!cadres.isEmpty)
    #expect(cadres.allSatisfy { $0["grassroots_days"] is Int && $0["summary_en"] is String })
    let nobody = try runner.run(
      [
        "report", "summary", "--db", db, "--from", "2026-01-01", "--to", "2026-11-25", "--cadre",
        "无此人",
      ])
    #expect(nobody.status == 2)
    #expect(nobody.stderr.contains("没有干部“无此人”"))
  }
}
