import Foundation
import LastmileCore
import LastmileRules
import TestSupport
import Testing

@Suite("The rules file")
struct RulesFileTests {
  @Test("the shipped rules hold the source documents' roles and quotas and the queue's deadlines")
  func defaults() {
    let rules = RulesFile.defaults
    #expect(
      rules.roles.map(\.chinese) == [
        "县级领导", "乡镇(街道)党政班子", "局领导", "科室负责人", "机关干部", "村(社区)书记/主任", "村(社区)两委成员", "党员", "志愿者",
      ])
    let township = rules.role("township_leader")
    #expect(township?.quotas[.contactAreas] == 2)
    #expect(township?.quotas[.contactHouseholds] == 5)
    #expect(township?.quotas[.consecutiveStationedDaysPerMonth] == 3)
    #expect(rules.role("bureau_leader")?.quotas[.grassrootsDaysPerYear] == 100)
    #expect(rules.role("section_head")?.quotas[.grassrootsDaysPerYear] == 50)
    #expect(rules.role("staff")?.quotas[.visitsPerContactPerMonth] == 1)
    #expect(rules.role("county_leader")?.quotas[.minimumContactMonths] == 12)
    #expect(
      rules.deadlines
        == DeadlinePolicy(replyWorkingDays: 7, transferCalendarDays: 7, dueSoonWorkingDays: 2))
  }

  @Test("a bad file reports every problem at once, each at its line")
  func badFile() {
    let text = """
      [deadlines]
      reply_working_days = -1
      foo = 1

      [[roles]]
      id = "staff"
      contact_households = "three"
      visits_per_week = 2

      [[roles]]
      id = "staff"
      name = 5

      [[roles]]
      name = "没有编号"
      """
    let (_, problems) = RulesFile.parse(text, file: "bad.toml")
    #expect(
      problems.map { $0.text(.en) } == [
        "bad.toml:2: “reply_working_days” cannot be negative",
        "bad.toml:3: unknown key “foo”",
        "bad.toml:7: “contact_households” must be a whole number",
        "bad.toml:8: unknown key “visits_per_week”",
        "bad.toml:11: the role “staff” is given twice",
        "bad.toml:12: “name” must be text",
        "bad.toml:14: “id” is missing",
      ])
  }

  @Test("a key given twice is not TOML, and is said with its line")
  func duplicateKey() {
    let (read, problems) = RulesFile.parse(
      "[deadlines]\nreply_working_days = 5\nreply_working_days = 6\n", file: "twice.toml")
    #expect(read == nil)
    #expect(problems.count == 1)
    #expect(problems.first?.line == 3)
  }

  @Test("a locality's file in the configuration folder overrides the keys it sets and adds roles")
  func localityOverrides() throws {
    let folder = TemporaryFolder()
    let config = folder.file("config")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data(
      """
      [deadlines]
      reply_working_days = 5

      [[roles]]
      id = "staff"
      contact_households = 3

      [[roles]]
      id = "grid_worker"
      name = "网格员"
      english = "grid worker"
      contact_households = 30
      visits_per_contact_per_month = 1
      """.utf8
    ).write(to: RulesInForce.localFile(configFolder: config))
    let inForce = RulesInForce.load(configFolder: config)
    #expect(inForce.problems.isEmpty)
    #expect(inForce.rules.deadlines.replyWorkingDays == 5)
    #expect(inForce.rules.deadlines.transferCalendarDays == 7)
    #expect(inForce.rules.role("staff")?.quotas[.contactHouseholds] == 3)
    #expect(inForce.rules.role("staff")?.quotas[.contactAreas] == 1)
    #expect(inForce.rules.role("grid_worker")?.chinese == "网格员")
    #expect(inForce.rules.roles.count == 10)
    #expect(inForce.described(.zh).contains("网格员 (grid_worker)"))
  }

  @Test(
    "a table header without a name the parser can read is refused with its line, never a crash",
    arguments: ["[", "[ ", "[[", "[.]", "[科]", "# a comment\n[\nenglish = \"x\""])
  func nameLessTableHeader(header: String) {
    let text = "[deadlines]\nreply_working_days = 5\n" + header + "\n"
    let (read, problems) = RulesFile.parse(text, file: "rules.toml")
    #expect(read == nil)
    #expect(
      problems.map { $0.text(.en) } == [
        "rules.toml:\(header.hasPrefix("#") ? 4 : 3): not valid TOML: the name in a table header [ ] must start with a letter, a digit, _ or - (or be quoted)"
      ])
  }

  @Test("brackets inside a multi-line array or string are not taken for a table header")
  func bracketsInValues() {
    let text = "[deadlines]\nreply_working_days = [\n  [1, 2],\n]\nx = \"\"\"\n[\n\"\"\"\n"
    let (_, problems) = RulesFile.parse(text, file: "rules.toml")
    #expect(!problems.contains { $0.reason == .badTableHeader })
  }
}
