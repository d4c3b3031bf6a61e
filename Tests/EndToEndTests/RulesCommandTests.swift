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
