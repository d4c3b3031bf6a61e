import Foundation
import LastmileCore
import LastmileDemo
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Export")
struct ExportTests {
  func sample(_ folder: TemporaryFolder) throws -> LastmileStore {
    let store = try Fixtures.store(in: folder)
    let township = Area(parentId: nil, level: .township, name: "青山镇")
    let village = Area(parentId: township.id, level: .village, name: "石桥村")
    let group = Area(parentId: village.id, level: .group, name: "一组")
    for area in [township, village, group] { try store.saveArea(area) }
    let household = Household(
      householdNo: "01010001", headName: "张三丰", areaId: group.id, address: "石桥村一组1号",
      phone: "13812341234",
      categories: [.povertyAlleviated, .minimumAllowance], povertyCause: .illness)
    try store.saveHousehold(household)
    let born = LocalDate(year: 1956, month: 7, day: 8)!
    try store.saveMember(
      Member(
        householdId: household.id, name: "张三丰", relation: .head,
        idNumber: Fixtures.idNumber(born: born, male: true), phone: "13812341234"))
    let cadre = Cadre(name: "李干部", role: .staff)
    try store.saveCadre(cadre)
    try store.assignContact(
      ContactAssignment(
        cadreId: cadre.id, target: .household(household.id),
        startsOn: LocalDate(parsing: "2025-01-01")!))
    try store.registerRequest(
      HelpRequest(
        receivedAt: LocalDateTime(parsing: "2026-11-11 15:20")!, channel: .walkIn,
        requester: Requester(name: "张三丰", phone: "13812341234", householdId: household.id),
        areaId: village.id,
        category: "health", content: "办理慢病卡"))
    return store
  }

  @Test(
    "CSV has a byte-order mark, Chinese headers and words under Chinese, and masked identifiers")
  func chineseCSV() throws {
    let folder = TemporaryFolder()
    let store = try sample(folder)
    var sink = StringSink()
    try store.export(.households, options: ExportOptions(format: .csv, language: .zh), to: &sink)
    let lines = sink.text.components(separatedBy: "\r\n")
    #expect(lines[0] == "\u{FEFF}户号,户主,村,组,地址,电话,类别,致贫原因,联系干部,联系卡发放日期,备注")
    #expect(lines[1] == "01010001,张三丰,石桥村,一组,石桥村一组1号,138****1234,脱贫户、低保户,因病,李干部,,")
    var members = StringSink()
    try store.export(.members, options: ExportOptions(format: .csv, language: .zh), to: &members)
    #expect(members.text.contains("430523********"))
    #expect(members.text.contains("户主,男,1956-07-08"))
  }

  @Test("English CSV uses the English headers and codes, and --unmask shows identifiers in full")
  func englishCSV() throws {
    let folder = TemporaryFolder()
    let store = try sample(folder)
    var sink = StringSink()
    try store.export(
      .members, options: ExportOptions(format: .csv, language: .en, unmask: true), to: &sink)
    let lines = sink.text.components(separatedBy: "\r\n")
    #expect(
      lines[0]
        == "\u{FEFF}household_no,name,relation,sex,birth_date,id_number,phone,notes,health,disability,schooling,tags"
    )
    let id = Fixtures.idNumber(born: LocalDate(year: 1956, month: 7, day: 8)!, male: true)
    #expect(lines[1] == "01010001,张三丰,head,male,1956-07-08,\t\(id),13812341234,,,,,")
  }

  @Test("JSON requests carry id, due_on and overdue as of today, with codes and ISO date-times")
  func jsonRequests() throws {
    let folder = TemporaryFolder()
    let store = try sample(folder)
    var sink = StringSink()
    try store.export(.requests, options: ExportOptions(format: .json), to: &sink)
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(sink.text.utf8)) as? [[String: Any]])
    #expect(objects.count == 1)
    let request = objects[0]
    #expect(request["received_at"] as? String == "2026-11-11T15:20")
    #expect(request["channel"] as? String == "walk_in")
    #expect(request["status"] as? String == "registered")
    #expect(request["due_on"] as? String == "2026-11-20")
    #expect(request["overdue"] as? Bool == true)
    #expect(request["phone"] as? String == "138****1234")
    #expect(request["village"] as? String == "石桥村")
    #expect(request["household_no"] as? String == "01010001")
    #expect((request["id"] as? String)?.count == 36)
  }

  @Test("JSON households carry categories as an array and their member count")
  func jsonHouseholds() throws {
    let folder = TemporaryFolder()
    let store = try sample(folder)
    var sink = StringSink()
    try store.export(.households, options: ExportOptions(format: .json), to: &sink)
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(sink.text.utf8)) as? [[String: Any]])
    #expect(objects[0]["categories"] as? [String] == ["poverty_alleviated", "minimum_allowance"])
    #expect(objects[0]["member_count"] as? Int == 1)
    #expect(objects[0]["poverty_cause"] as? String == "illness")
    #expect(objects[0]["card_issued_on"] is NSNull)
  }

  @Test("an empty table exports as a header or an empty array")
  func emptyExports() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var json = StringSink()
    try store.export(.visits, options: ExportOptions(format: .json), to: &json)
    #expect(json.text == "[]\n")
    var csv = StringSink()
    try store.export(.visits, options: ExportOptions(format: .csv, language: .en), to: &csv)
    #expect(
      csv.text == "\u{FEFF}date,cadres,kind,household_no,village,hours,content,follow_up_on\r\n")
  }

  @Test("a file export is written whole or not at all")
  func atomicFile() throws {
    let folder = TemporaryFolder()
    let target = folder.file("out.csv")
    try Data("old".utf8).write(to: target)
    var sink = try FileSink(url: target)
    try sink.write("new")
    sink.discard()
    #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    var second = try FileSink(url: target)
    try second.write("new")
    try second.commit()
    #expect(try String(contentsOf: target, encoding: .utf8) == "new")
    #expect(throws: StoreError.folderMissing(path: folder.file("missing").path)) {
      try FileSink(url: folder.file("missing/out.csv"))
    }
  }
}

@Suite("Exporting a pane's view")
struct ExportViewTests {
  @Test(
    "the queue's view exports only what its filter keeps, in its order, and says which filter; it imports back"
  )
  func queueView() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 300)
    let filter = RequestFilter(overdue: true)
    let sort = QueueColumn.workOrder.ascending
    let shown = try store.requestPage(filter: filter, sort: sort, anchor: .first, limit: 1000)
    #expect(!shown.isEmpty)
    var sink = StringSink()
    let rows = try store.export(
      .requests,
      options: ExportOptions(
        format: .csv, language: .zh, view: .queue(filter, sort), note: "筛选：逾期"), to: &sink)
    #expect(rows == shown.count)
    let lines = sink.text.split(whereSeparator: \.isNewline)
    #expect(lines.first == "\u{FEFF}# 筛选：逾期")
    #expect(lines.count == shown.count + 2)
    var json = StringSink()
    try store.export(
      .requests, options: ExportOptions(format: .json, view: .queue(filter, sort)), to: &json)
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [[String: Any]])
    #expect(objects.compactMap { $0["id"] as? String } == shown.map { $0.model.id.databaseText })
    #expect(objects.allSatisfy { $0["overdue"] as? Bool == true })
    // The exported view imports back into the same database, changing nothing.
    let file = folder.file("view.csv")
    try sink.text.write(to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(.requests, from: file)
    #expect(!report.hasErrors, "\(report.problems.map { $0.text(.en) })")
    #expect(report.added == 0)
  }

  @Test("the roster's view exports the households its filter keeps, in its sort")
  func rosterView() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 300)
    var filter = RosterFilter()
    filter.hasOpenRequests = true
    let sort = RosterColumn.head.descending
    let shown = try store.rosterPage(filter: filter, sort: sort, anchor: .first, limit: 1000)
    var sink = StringSink()
    let rows = try store.export(
      .households, options: ExportOptions(format: .json, view: .roster(filter, sort)), to: &sink)
    #expect(rows == shown.count)
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(sink.text.utf8)) as? [[String: Any]])
    #expect(objects.compactMap { $0["household_no"] as? String } == shown.map(\.model.householdNo))
  }

  @Test("an export with ID numbers and phones in full is recorded in the audit log first")
  func unmaskedExportAudited() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    var masked = StringSink()
    try store.export(.members, options: ExportOptions(), to: &masked)
    #expect(try store.auditEntries(table: "members", rowId: "*").isEmpty)
    var full = StringSink()
    try store.export(.members, options: ExportOptions(unmask: true), to: &full)
    let entry = try #require(try store.auditEntries(table: "members", rowId: "*").last)
    #expect(entry.action == "reveal")
    #expect(entry.operatorName == "王主任")
    _ = try store.receptionBook(on: Fixtures.today, revealing: true)
    #expect(try store.auditEntries(table: "reception_entry", rowId: "*").last?.action == "reveal")
  }
}
