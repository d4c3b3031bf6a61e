import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("CSV import of requests")
struct RequestImportTests {
  let requests = """
    登记时间,渠道,来访人,电话,户号,村,类别,内容,处理意见,承办人,状态,答复,满意度
    2026-11-18 15:10,接待日来访,张三丰,13812341234,01010001,石桥村,医疗健康,办理慢病卡,转办,镇卫生院,办理中,,
    2026/11/18 15:30,电话,李四,13900001111,,石桥村,政策咨询,咨询低保政策,立即解决,王主任,已办结,已当场讲解,满意
    2026-11-19,来信,王五,,,柳塘村,基础设施,村道破损,,,登记,,
    """

  @Test(
    "a GB18030 file with Chinese headers is read: linked to households, deadlines computed, new villages named"
  )
  func gb18030() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let file = folder.file("诉求.csv")
    try #require(TextDecoding.gb18030(requests)).write(to: file)
    let report = try store.importCSV(.requests, from: file)
    #expect(report.encoding == .gb18030)
    #expect(report.added == 3)
    #expect(!report.hasErrors, "\(report.problems.map { $0.text(.en) })")
    #expect(report.problems.contains { $0.isWarning && $0.reason == .newArea("柳塘村") })
    let page = try store.requestPage(
      sort: ListingSort(key: QueueColumn.received.rawValue), anchor: .first, limit: 10)
    let imported = try page.filter {
      ["张三丰", "李四", "王五"].contains($0.model.requester)
        && $0.model.receivedAt.date >= LocalDate(parsing: "2026-11-18")!
    }
    .map { try #require(try store.request(id: $0.model.id)) }
    #expect(imported.count == 3)
    let transferred = try #require(imported.first { $0.requester.name == "张三丰" })
    #expect(transferred.requester.householdId == Fixtures.uuid(10))
    #expect(transferred.status == .inProgress)
    #expect(transferred.dueOn == LocalDate(parsing: "2026-11-25"))
    let solved = try #require(imported.first { $0.requester.name == "李四" })
    #expect(solved.status == .closed)
    #expect(solved.satisfaction == .satisfied)
    #expect(solved.dueOn == nil)
    let letter = try #require(imported.first { $0.requester.name == "王五" })
    #expect(letter.receivedAt == LocalDateTime(parsing: "2026-11-19 00:00"))
    #expect(letter.dueOn == LocalDate(parsing: "2026-11-30"))
    #expect(try store.requestHistory(id: letter.id).map(\.action) == [.received])
    // The household's count of open requests follows.
    #expect(
      try store.rosterPage(sort: ListingSort(), anchor: .first, limit: 5).first {
        $0.model.householdNo == "01010001"
      }?.model.openRequests == 2)
  }

  @Test("importing the same file again changes nothing; a changed status updates the request")
  func idempotent() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let file = folder.file("requests.csv")
    try requests.write(to: file, atomically: true, encoding: .utf8)
    _ = try store.importCSV(.requests, from: file)
    let count = try store.requestCount()
    let again = try store.importCSV(.requests, from: file)
    #expect(again.added == 0)
    #expect(again.updated == 0)
    #expect(again.unchanged == 3)
    #expect(try store.requestCount() == count)
    try requests.replacingOccurrences(of: "村道破损,,,登记,,", with: "村道破损,,,已答复,已安排修补,")
      .write(to: file, atomically: true, encoding: .utf8)
    let third = try store.importCSV(.requests, from: file)
    #expect(third.updated == 1)
    #expect(third.unchanged == 2)
  }

  @Test(
    "a file with bad rows is refused whole, each bad line reported as file:line: column: reason")
  func refusedWhole() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let before = try store.requestCount()
    let file = folder.file("bad.csv")
    try """
    登记时间,来访人,户号,类别,内容
    2026-11-18 15:10,张三丰,01010001,医疗健康,办理慢病卡
    十一月十八日,李四,,政策咨询,咨询
    2026-11-18 16:00,王五,09999999,政策咨询,咨询
    2026-11-18 16:10,赵六,,天气,下雨
    2026-11-18 16:20,,,政策咨询,
    """.write(to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(.requests, from: file)
    #expect(!report.written)
    #expect(report.rejected == 4)
    #expect(try store.requestCount() == before)
    let lines = report.problems.filter { !$0.isWarning }.map {
      $0.text(.en).replacingOccurrences(of: folder.url.path + "/", with: "")
    }
    #expect(lines.count == 5)
    #expect(
      lines.contains("bad.csv:3: 登记时间: '十一月十八日' is not a date and time (expected YYYY-MM-DD HH:MM)")
    )
    #expect(lines.contains { $0.hasPrefix("bad.csv:4: 户号: ") && $0.contains("09999999") })
    #expect(lines.contains { $0.hasPrefix("bad.csv:5: 类别: ") && $0.contains("天气") })
    #expect(lines.contains { $0.hasPrefix("bad.csv:6: 来访人: ") })
    #expect(lines.contains { $0.hasPrefix("bad.csv:6: 内容: ") })
  }

  @Test("exported requests import back into another database unchanged, then change nothing")
  func roundTrip() throws {
    let folder = TemporaryFolder()
    let source = try Fixtures.demoStore(in: folder, households: 40)
    let target = try Fixtures.store(in: folder, name: "target.db")
    for (table, importTable) in [
      (ExportTable.households, ImportTable.households), (.requests, .requests),
    ] {
      var sink = StringSink()
      try source.export(
        table, options: ExportOptions(format: .csv, language: .zh, unmask: true), to: &sink)
      let file = folder.file("\(table.rawValue).csv")
      try sink.text.write(to: file, atomically: true, encoding: .utf8)
      let report = try target.importCSV(importTable, from: file)
      #expect(!report.hasErrors, "\(report.problems.prefix(3).map { $0.text(.en) })")
      let again = try target.importCSV(importTable, from: file)
      #expect(again.added == 0)
      #expect(again.updated == 0)
    }
    #expect(try target.requestCount() == (try source.requestCount()))
    #expect(
      try target.requestCount(filter: RequestFilter(status: .closed))
        == (try source.requestCount(filter: RequestFilter(status: .closed))))
  }
}
