import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("CSV import and export of visits")
struct VisitImportTests {
  let visits = """
    日期,干部,类型,户号,村,时长,内容,跟进日期
    2026-11-21,李干部、新来的,入户走访,01010001、01010002,石桥村,1.5,"两户都说路灯不亮，已记下。",2026-11-28
    2026-11-22,李干部,蹲点,,石桥村,8,在村蹲点一天，参加村两委会议。,
    2026-11-23,李干部,民情日记,,,,"写下本周所见：
    群众最关心的是道路和医保。",
    """

  func visitCount(_ store: LastmileStore) throws -> Int {
    try store.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM visit WHERE deleted_at IS NULL") ?? 0
    }
  }

  @Test(
    "several cadres and households in one cell are read, a new cadre is said once, and importing again changes nothing"
  )
  func importsAndIsIdempotent() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let file = folder.file("走访.csv")
    try Data(visits.utf8).write(to: file)
    let before = try visitCount(store)
    let report = try store.importCSV(.visits, from: file)
    #expect(!report.hasErrors, "\(report.problems.map { $0.text(.en) })")
    #expect(report.added == 3)
    #expect(report.problems.contains { $0.isWarning && $0.reason == .newCadre("新来的") })
    #expect(try visitCount(store) == before + 3)
    let visit = try #require(try store.visits(ofHousehold: Fixtures.uuid(11)).first)
    #expect(visit.householdIds == [Fixtures.uuid(10), Fixtures.uuid(11)])
    #expect(try store.cadreRefs(visit.cadreIds).map(\.name) == ["李干部", "新来的"])
    #expect(visit.hours == 1.5)
    #expect(visit.followUpOn == LocalDate(parsing: "2026-11-28"))
    let again = try store.importCSV(.visits, from: file)
    #expect(again.added == 0)
    #expect(again.updated == 0)
    #expect(again.unchanged == 3)
  }

  @Test("a bad row is refused with its line and column and nothing is imported")
  func badRowsRefused() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let file = folder.file("bad.csv")
    try Data(
      """
      日期,干部,类型,户号,村,时长,内容,跟进日期
      2026-12-30,李干部,入户走访,01010001,,1,未来的走访,
      2026-11-20,李干部,入户走访,09999999,,1,不存在的户,
      2026-11-20,李干部,入户走访,01010001,,一个钟头,时长不是数字,
      2026-11-20,李干部,串门,01010001,,1,类型不认识,
      2026-11-20,李干部,入户走访,01010001,,1,好的一行,
      """.utf8
    ).write(to: file)
    let before = try visitCount(store)
    let report = try store.importCSV(.visits, from: file, name: "bad.csv")
    let errors = report.problems.filter { !$0.isWarning }.map { $0.text(.en) }
    #expect(errors.count == 4)
    #expect(errors[0].hasPrefix("bad.csv:2: 日期"))
    #expect(errors[1].hasPrefix("bad.csv:3: 户号"))
    #expect(errors[2].hasPrefix("bad.csv:4: 时长"))
    #expect(errors[3].hasPrefix("bad.csv:5: 类型"))
    #expect(!report.written)
    #expect(try visitCount(store) == before)
    let skipping = try store.importCSV(
      .visits, from: file, options: ImportOptions(skipInvalid: true))
    #expect(skipping.added == 1)
  }

  @Test("an exported diary imports back into its own database unchanged")
  func roundTrip() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let file = folder.file("diary.csv")
    var sink = try FileSink(url: file)
    try store.export(.visits, options: ExportOptions(format: .csv, language: .zh), to: &sink)
    try sink.commit()
    let report = try store.importCSV(.visits, from: file)
    #expect(!report.hasErrors, "\(report.problems.map { $0.text(.en) })")
    #expect(report.unchanged == 2)
    #expect(report.added == 0)
  }

  @Test("the diary exported as shown keeps its filter: only the visits it lists are written")
  func exportAsShownKeepsFilter() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    var sink = StringSink()
    let rows = try store.export(
      .visits,
      options: ExportOptions(
        format: .csv, language: .zh,
        view: .diary(VisitFilter(text: "血压"), ListingSort(key: 0, ascending: false))),
      to: &sink)
    #expect(rows == 1)
    #expect(sink.text.contains("血压偏高"))
    #expect(!sink.text.contains("电话回访"))
  }

  @Test("two visits alike but for their hours import back unchanged in any order")
  func alikeButHours() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    for hours in [0.5, 1.0] {
      try store.recordVisit(
        Visit(
          date: LocalDate(parsing: "2026-11-21")!, kind: .homeVisit, cadreIds: [Fixtures.uuid(5)],
          householdIds: [Fixtures.uuid(10)], hours: hours, content: "例行走访"))
    }
    var sink = StringSink()
    try store.export(.visits, options: ExportOptions(format: .csv, language: .zh), to: &sink)
    var lines = sink.text.split(separator: "\r\n").map(String.init)
    lines = [lines[0]] + lines.dropFirst().reversed()
    let file = folder.file("reversed.csv")
    try Data(lines.joined(separator: "\r\n").utf8).write(to: file)
    let report = try store.importCSV(.visits, from: file)
    #expect(report.updated == 0)
    #expect(report.added == 0)
    #expect(report.unchanged == 4)
  }
}
