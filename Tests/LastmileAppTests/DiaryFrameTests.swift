import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport
import Testing

@Suite("The diary, frame by frame")
struct DiaryFrameTests {
  @Test(
    "the visit form with wrapped CJK text and a problem, and a visit read whole, at 80x24 and 160x48 in Chinese and English",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func formAndReader(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveCadre(Cadre(name: "王主任", role: .townshipLeader))
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    let suffix = "\(language.rawValue)-\(size.width)x\(size.height)"
    app.press(.enter, .character("w"))
    app.type(
      "老人独居，腿脚不便，屋顶西北角漏雨，院墙有一道裂缝。儿子在广东务工，每月寄钱回家。"
        + "已提醒按时服药，并告知村医每周上门一次。")
    app.press(.tab)
    app.type("屋顶漏雨需要维修")
    app.press(.tab, .character("0"))
    try expectFrame(app.styledFrame, named: "visit-form-\(suffix)")
    app.press(.control("s"), .character("2"), .enter)
    try expectFrame(app.styledFrame, named: "visit-reader-\(suffix)")
  }

  @Test(
    "a cadre's month: stationed runs across the month's start, visits, totals beside, at 80x24 and 160x48 in both languages",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func calendar(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let cadre = Fixtures.uuid(5)
    for day in ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-10"] {
      try store.recordVisit(
        Visit(
          date: LocalDate(parsing: day)!, kind: .stationed, cadreIds: [cadre],
          areaId: Fixtures.uuid(2), content: "蹲点"))
    }
    try store.recordVisit(
      Visit(
        date: LocalDate(parsing: "2026-11-12")!, kind: .situationReport, cadreIds: [cadre],
        content: "民情报告"))
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    app.press(.character("2"), .character("c"))
    try expectFrame(
      app.styledFrame, named: "calendar-\(language.rawValue)-\(size.width)x\(size.height)")
  }

  @Test(
    "the diary pane, and the diary filtered with its header, at 80x24 and 160x48 in both languages",
    arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 160, height: 48)])
  func pane(language: Language, size: Size) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.recordVisit(
      Visit(
        date: LocalDate(parsing: "2026-11-24")!, kind: .homeVisit, cadreIds: [Fixtures.uuid(5)],
        householdIds: [Fixtures.uuid(10), Fixtures.uuid(11)],
        content: "两户都说路灯不亮，村道晚上看不清。\n已记下，转村委会。",
        followUpOn: LocalDate(parsing: "2026-12-01")),
      problems: [VisitProblem(category: "infrastructure", content: "路灯不亮")])
    let app = try AppHarness(store: store, folder: folder, size: size, language: language)
    let suffix = "\(language.rawValue)-\(size.width)x\(size.height)"
    app.press(.character("2"))
    try expectFrame(app.styledFrame, named: "diary-pane-\(suffix)")
    app.press(.character("/"))
    app.type("路灯")
    app.press(.enter)
    try expectFrame(app.styledFrame, named: "diary-search-\(suffix)")
  }
}
