import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

@Suite("The cadre registry and the areas, over the review")
struct RegistryTests {
  /// The small ledger with a county leader who kept a contact point eight months, and a
  /// stationed run for the staff cadre.
  static func ledger(in folder: TemporaryFolder) throws -> LastmileStore {
    let store = try Fixtures.smallLedger(in: folder)
    let leader = Cadre(
      name: "周县长", role: .countyLeader, roleSince: date("2025-01-01"), unit: "青山县人民政府",
      phone: "13700000007")
    try store.saveCadre(leader)
    let point = ContactAssignment(
      cadreId: leader.id, target: .area(Fixtures.uuid(2)), startsOn: date("2026-03-01"))
    try store.assignContact(point)
    try store.endContact(id: point.id, on: date("2026-11-10"))
    try store.assignContact(
      ContactAssignment(
        cadreId: Fixtures.uuid(5), target: .area(Fixtures.uuid(2)), startsOn: date("2026-01-05")))
    for day in ["2026-11-06", "2026-11-07", "2026-11-08"] {
      try store.recordVisit(
        Visit(
          date: date(day), kind: .stationed, cadreIds: [Fixtures.uuid(5)],
          areaId: Fixtures.uuid(3), content: "蹲点"))
    }
    return store
  }

  @Test(
    "a cadre's view: role, contacts with their history and flags, quotas of the month, at 80x24 and 160x48 in both languages",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func cadreView(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try Self.ledger(in: folder)
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    let suffix = "\(language.rawValue)-\(size.width)x\(size.height)"
    app.press(.character("4"), .character("c"))
    try expectFrame(app.styledFrame, named: "cadres-\(suffix)")
    app.press(.enter)
    try expectFrame(app.styledFrame, named: "cadre-\(suffix)")
    // The county leader's view: the contact point ended before the year is flagged.
    app.press(.escape)
    app.press(.down, .enter)
    try expectFrame(app.styledFrame, named: "cadre-flagged-\(suffix)")
  }

  @Test("a new cadre is added and selected; a contact household given to them counts at once")
  func addCadreAndContact() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.character("4"), .character("c"), .character("a"))
    #expect(app.frame.contains("新干部"))
    app.type("王新")
    app.press(.tab)
    app.type("zhen")
    app.press(.enter, .control("s"))
    #expect(app.frame.contains("已保存干部 王新"))
    #expect(app.frame.contains("▸王新"))
    app.press(.enter)
    #expect(app.frame.contains("干部 · 王新"))
    #expect(app.frame.contains("乡镇(街道)党政班子"))
    #expect(app.frame.contains("联系户  应 5  实 0  差 5"))
    app.press(.character("h"))
    app.type("欧阳娜娜")
    app.press(.control("s"))
    #expect(app.frame.contains("已加联系：01010002 欧阳娜娜"))
    #expect(app.frame.contains("联系户  应 5  实 1  差 4"))
    // A household that is not in the roster is said under the field; nothing is added.
    app.press(.character("h"))
    app.type("99999999")
    app.press(.control("s"))
    #expect(app.frame.contains("99999999"))
    #expect(app.frame.contains("加联系户"))
  }

  @Test(
    "ending a contact asks its day and keeps it in the history; Enter on a quota shows what counted"
  )
  func endContactAndEvidence() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Self.ledger(in: folder), folder: folder)
    app.press(.character("4"), .character("c"), .enter)
    // The households by number, then the village (a contact point) taken up later.
    app.press(.down, .character("d"))
    #expect(app.frame.contains("结束联系"))
    app.press(.control("u"))
    app.type("2026-11-24")
    app.press(.control("s"))
    #expect(app.frame.contains("已结束联系：01010002 欧阳娜娜"))
    #expect(app.frame.contains("01010002 欧阳娜娜  2025-03-01–2026-11-24 已结束"))
    // The last quota, the visits of the month: its line opens what counted, household by
    // household.
    app.press(.end, .enter)
    #expect(app.frame.contains("李干部 · 每个联系对象每月走访 · 计入的记录"))
    #expect(app.frame.contains("2026-11 01010001 张三丰: 1"))
  }

  @Test(
    "areas: a group made under the village the keys are on; an area in use is not retired, and says why"
  )
  func areas() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.character("4"), .character("p"))
    #expect(app.frame.contains("地方 · 4 个"))
    app.press(.down, .character("a"))
    app.type("三组")
    app.press(.control("s"))
    #expect(app.frame.contains("已保存“三组”"))
    #expect(app.frame.contains("地方 · 5 个"))
    app.press(.home)
    app.press(.character("d"), .character("y"))
    #expect(app.frame.contains("“青山镇”不能撤销：还有 1 个下属地方"))
  }

  @Test(
    "a cadre's edit left as a draft is offered back and saved to the same cadre, the registry not open"
  )
  func cadreDraft() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    app.press(.character("4"), .character("c"), .character("e"))
    app.press(.control("u"))
    app.type("李干部长")
    app.runner.dispatch(.stopRequested)
    let next = try AppHarness(store: store, folder: folder)
    #expect(next.frame.contains("恢复草稿"))
    next.press(.character("r"))
    #expect(next.frame.contains("修改干部 · 李干部"))
    next.press(.control("s"))
    let names = try store.cadreSummaries(period: Period(parsing: "2026-11")!).map(\.cadre.name)
    #expect(names == ["李干部长"])
  }

  @Test("the help over the registry and a cadre's view says what each key does there")
  func help() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder,
      size: Size(width: 100, height: 40))
    app.press(.character("4"), .character("c"), .character("?"))
    #expect(app.frame.contains("离任（在联系的今天结束，历史保留）"))
    #expect(!app.frame.contains("新增（户、成员、走访）"))
    app.press(.escape)
    app.press(.enter, .character("?"))
    #expect(app.frame.contains("结束所选联系（问日期）"))
    #expect(app.frame.contains("加联系户"))
  }

  @Test(
    "the review shows the month's four rates beside the month before's and its requests by category; [ and ] step the month, not past this one"
  )
  func reviewMonth() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(
      store: try Fixtures.smallLedger(in: folder), folder: folder,
      size: Size(width: 160, height: 48))
    app.press(.character("4"))
    #expect(app.frame.contains("四率 · 2026-11（上期 2026-10）"))
    #expect(app.frame.contains("办结率      0% (0/2)  上期 —"))
    #expect(app.frame.contains("没有联系干部的户 0 户"))
    #expect(app.frame.contains("诉求类别 · 2026-11"))
    app.press(.character("["))
    #expect(app.frame.contains("四率 · 2026-10（上期 2026-09）"))
    #expect(app.frame.contains("这个月没有受理诉求"))
    app.press(.character("]"), .character("]"))
    #expect(app.frame.contains("四率 · 2026-11"))
    #expect(app.frame.contains("以后的月份还没有开始"))
  }

  @Test(
    "a cadre is found in the registry by name, pinyin or initials; none found is said")
  func findCadre() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Self.ledger(in: folder), folder: folder)
    app.press(.character("4"), .character("c"), .character("/"))
    #expect(app.frame.contains("找干部"))
    app.type("zxz")
    app.press(.enter)
    #expect(app.frame.contains("▸周县长"))
    app.press(.character("/"))
    app.type("li")
    app.press(.enter)
    #expect(app.frame.contains("▸李干部"))
    app.press(.character("/"))
    app.type("王五")
    app.press(.enter)
    #expect(app.frame.contains("没有找到“王五”"))
  }

  @Test(
    "at 80x24 the review's panels stack and scroll: End shows the data's health, Home the ledger")
  func reviewScrolls() throws {
    let folder = TemporaryFolder()
    let app = try AppHarness(store: try Fixtures.smallLedger(in: folder), folder: folder)
    app.press(.character("4"))
    #expect(app.frame.contains("台账数量"))
    #expect(!app.frame.contains("数据自查"))
    app.press(.end)
    #expect(app.frame.contains("数据自查"))
    #expect(app.frame.contains("任务完成 · 按干部"))
    #expect(!app.frame.contains("台账数量"))
    app.press(.home)
    #expect(app.frame.contains("台账数量"))
  }
}
