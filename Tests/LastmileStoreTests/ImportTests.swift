import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("CSV import")
struct ImportTests {
  let households = """
    户号,户主,村,组,地址,电话,类别,致贫原因,联系干部,联系卡发放日期,备注
    01010001,张三丰,石桥村,一组,石桥村一组1号,13812341234,脱贫户、低保户,因病,李干部,2025/3/1,
    01010002,欧阳娜娜,石桥村,二组,石桥村二组2号,0739-5123456,空巢老人,,李干部,2025年3月2日,独居
    01010003,Smith,柳塘村,一组,,,,,,,
    """

  @Test(
    "a GB18030 file with Chinese headers is read, and villages, groups and cadres it names are created"
  )
  func gb18030() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("户籍.csv")
    try #require(TextDecoding.gb18030(households)).write(to: file)
    let report = try store.importCSV(.households, from: file)
    #expect(report.encoding == .gb18030)
    #expect(report.added == 3)
    #expect(!report.hasErrors)
    #expect(report.problems.contains { $0.isWarning && $0.reason == .newCadre("李干部") })
    let household = try #require(try store.household(number: "01010001"))
    #expect(household.categories == [.povertyAlleviated, .minimumAllowance])
    #expect(household.povertyCause == .illness)
    #expect(household.cardIssuedOn == LocalDate(parsing: "2025-03-01"))
    let card = try #require(try store.householdCard(id: household.id))
    #expect(card.village == "石桥村")
    #expect(card.group == "一组")
    #expect(card.contacts.map(\.name) == ["李干部"])
    #expect(
      try store.areaChoices().filter { $0.level == .village }.map { $0.path.last } == [
        "石桥村", "柳塘村",
      ])
  }

  @Test("importing the same file again changes nothing and creates no duplicate")
  func idempotent() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("households.csv")
    try households.write(to: file, atomically: true, encoding: .utf8)
    _ = try store.importCSV(.households, from: file)
    let audits = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log")
    }
    let again = try store.importCSV(.households, from: file)
    #expect(again.added == 0)
    #expect(again.updated == 0)
    #expect(again.unchanged == 3)
    #expect(try store.counts().households == 3)
    #expect(
      try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") } == audits
    )
    let changed = households.replacingOccurrences(of: "石桥村一组1号", with: "石桥村一组9号")
    try changed.write(to: file, atomically: true, encoding: .utf8)
    let third = try store.importCSV(.households, from: file)
    #expect(third.updated == 1)
    #expect(third.unchanged == 2)
    #expect(try store.household(number: "01010001")?.address == "石桥村一组9号")
  }

  @Test(
    "a cadre cell naming several cadres makes each a contact; naming fewer later ends the others")
  func severalCadres() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("households.csv")
    let both = "户号,户主,联系干部\n01010001,张三丰,李干部、王干部\n"
    try both.write(to: file, atomically: true, encoding: .utf8)
    let first = try store.importCSV(.households, from: file)
    #expect(
      first.problems.filter(\.isWarning).map(\.reason) == [.newCadre("李干部"), .newCadre("王干部")])
    let household = try #require(try store.household(number: "01010001"))
    #expect(
      try store.householdCard(id: household.id)?.contacts.map(\.name).sorted() == ["李干部", "王干部"])
    #expect(try store.importCSV(.households, from: file).unchanged == 1)
    try "户号,户主,联系干部\n01010001,张三丰,王干部\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(try store.importCSV(.households, from: file).updated == 1)
    #expect(try store.householdCard(id: household.id)?.contacts.map(\.name) == ["王干部"])
  }

  @Test(
    "a file with bad rows is refused whole, each bad line reported as file:line: column: reason")
  func refusedWhole() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let good = folder.file("h.csv")
    try households.write(to: good, atomically: true, encoding: .utf8)
    _ = try store.importCSV(.households, from: good)
    let members = """
      household_no,name,relation,sex,birth_date,id_number,phone,extra
      01010001,张三丰,head,male,,430523195004050112,,x
      01010001,李秀英,wife,,,110105194912310021,,
      01010002,欧阳娜娜,户主,,,,12345,
      09999999,无名,户主,,,,,
      01010001,张小宝,孙子,,,430523201501010016,,
      """
    let file = folder.file("members.csv")
    try members.write(to: file, atomically: true, encoding: .utf8)
    let before = try store.counts()
    let report = try store.importCSV(
      .members, from: file, name: "members.csv", options: ImportOptions(language: .en))
    #expect(!report.written)
    #expect(try store.counts() == before)
    let lines = report.problems.filter { !$0.isWarning }.map { $0.text(.en) }
    #expect(
      lines.contains("members.csv:2: id_number: wrong check digit: it ends in 2, it should be 5"))
    #expect(lines.contains { $0.hasPrefix("members.csv:3: relation: 'wife' is not known") })
    #expect(
      lines.contains("members.csv:3: id_number: wrong check digit: it ends in 1, it should be X"))
    #expect(lines.contains("members.csv:4: phone: a mobile number has 11 digits, this one has 5"))
    #expect(
      lines.contains(
        "members.csv:5: household_no: there is no household 09999999: import the households first"))
    #expect(report.problems.contains { $0.isWarning && $0.line == 1 && $0.column == "extra" })
    #expect(report.rejected == 4)
  }

  @Test("with skip-invalid the good rows are imported and the bad ones written with their reason")
  func skipInvalid() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("households.csv")
    try (households + "\n01010004,,柳塘村,,,,神仙户,,,,\n").write(
      to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(
      .households, from: file, options: ImportOptions(skipInvalid: true, language: .zh))
    #expect(report.added == 3)
    #expect(report.rejected == 1)
    let rejected = try #require(report.rejectedFile)
    #expect(rejected.lastPathComponent == "households.rejected.csv")
    let data = try Data(contentsOf: rejected)
    #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("户号,户主,村,组,地址,电话,类别,致贫原因,联系干部,联系卡发放日期,备注,原因"))
    #expect(text.contains("01010004,,柳塘村"))
    #expect(text.contains("必填"))
    #expect(text.contains("不认识“神仙户”"))
  }

  @Test("a dry run counts what would change and writes nothing")
  func dryRun() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("households.csv")
    try households.write(to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(.households, from: file, options: ImportOptions(dryRun: true))
    #expect(report.added == 3)
    #expect(!report.written)
    #expect(try store.counts().households == 0)
  }

  @Test(
    "members are matched by ID number or name, and an ID number in another household is a warning")
  func members() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("h.csv")
    try households.write(to: file, atomically: true, encoding: .utf8)
    _ = try store.importCSV(.households, from: file)
    let id = Fixtures.idNumber(born: LocalDate(parsing: "1950-04-05")!, male: true)
    let twice =
      "\u{FEFF}户号,姓名,与户主关系,身份证号,电话\n01010001,张三丰,户主,\(id),13812341234\n01010002,欧阳娜娜,户主,\(id),\n"
    let membersFile = folder.file("m.csv")
    try twice.write(to: membersFile, atomically: true, encoding: .utf8)
    let refused = try store.importCSV(.members, from: membersFile)
    #expect(refused.encoding == .utf8WithBOM)
    #expect(
      refused.problems.contains {
        $0.reason == .duplicateInFile(key: Masking.idNumber(id), firstLine: 2)
      })
    try "户号,姓名,与户主关系,身份证号\n01010001,张三丰,户主,\(id)\n".write(
      to: membersFile, atomically: true, encoding: .utf8)
    let first = try store.importCSV(.members, from: membersFile)
    #expect(first.added == 1)
    let household = try #require(try store.household(number: "01010001"))
    let head = try #require(try store.members(ofHousehold: household.id).first)
    #expect(head.sex == .male)
    #expect(head.birthDate == LocalDate(parsing: "1950-04-05"))
    try "户号,姓名,电话\n01010001,张三丰,13900000000\n".write(
      to: membersFile, atomically: true, encoding: .utf8)
    let byName = try store.importCSV(.members, from: membersFile)
    #expect(byName.updated == 1)
    #expect(try store.members(ofHousehold: household.id).count == 1)
    try "户号,姓名,身份证号\n01010002,欧阳娜娜,\(id)\n".write(
      to: membersFile, atomically: true, encoding: .utf8)
    let other = try store.importCSV(.members, from: membersFile)
    #expect(other.added == 1)
    #expect(other.problems.contains { $0.isWarning && $0.column == "身份证号" })
    // Messages mask identifiers and the other household's head, whatever the file held.
    let texts = (refused.problems + other.problems).map { $0.text(.en) }
    #expect(!texts.contains { $0.contains(id) }, "\(texts)")
    #expect(texts.contains { $0.contains(Masking.idNumber(id)) && $0.contains("张*丰") }, "\(texts)")
  }

  @Test("a file without a required column, or in an unknown encoding, is refused with a sentence")
  func fileErrors() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("x.csv")
    try "户主,村\n张三,石桥村\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.missingColumns(path: file.path, columns: ["户号 household_no"])) {
      try store.importCSV(.households, from: file)
    }
    try Data([0xFF, 0xFE, 0x00, 0xD8, 0x00]).write(to: file)
    #expect(throws: StoreError.undecodable(path: file.path)) {
      try store.importCSV(.households, from: file)
    }
    try Data().write(to: file)
    #expect(throws: StoreError.emptyFile(path: file.path)) {
      try store.importCSV(.households, from: file)
    }
  }

  @Test(
    "an exported file imports back unchanged, masked identifiers keeping the stored ones",
    arguments: [true, false])
  func roundTrip(unmask: Bool) throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.saveMember(
      Member(
        householdId: Fixtures.uuid(10), name: "张小宝", relation: .grandson, health: "哮喘",
        schooling: "村小三年级",
        tags: ["留守儿童", "独生"], notes: "父母在外"))
    for table in [ImportTable.households, .members] {
      var sink = StringSink()
      try store.export(
        table == .households ? .households : .members,
        options: ExportOptions(format: .csv, language: .zh, unmask: unmask),
        to: &sink)
      let file = folder.file("export.csv")
      try sink.text.write(to: file, atomically: true, encoding: .utf8)
      let report = try store.importCSV(table, from: file)
      #expect(!report.hasErrors, "\(report.problems.map { $0.text(.en) })")
      #expect(report.added == 0)
      #expect(report.updated == 0)
    }
    #expect(try store.household(number: "01010001")?.phone == "13812341234")
  }

  @Test("a quote left open refuses the whole file with its line, and imports nothing")
  func unclosedQuote() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("open.csv")
    try """
    户号,户主,村,组,地址,电话,类别,致贫原因,联系干部,联系卡发放日期,备注
    02010007,张三,新村,三组,,,,,,,
    02010008,"未闭合引号,新村,三组,,,,,,,
    02010009,李四,新村,三组,,,,,,,
    """.write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.unclosedQuote(path: "open.csv", line: 3)) {
      _ = try store.importCSV(.households, from: file, name: "open.csv")
    }
    #expect(try store.rosterCount() == 0)
    #expect(
      StoreError.unclosedQuote(path: "open.csv", line: 3).text(.zh).hasPrefix("open.csv:3: "))
  }

  @Test(
    "a line break in a head's name, and a row of more or fewer cells than the header, are refused with their lines"
  )
  func rowShape() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("shape.csv")
    try """
    户号,户主,村,组,备注
    02010001,"张
    三",新村,一组,
    02010002,李四,新村,一组,"备注可以
    有两行"
    02010003,王五,新村,一组,,多出来
    02010004,赵六,新村
    02010005,孙七,新村,一组,,
    """.write(to: file, atomically: true, encoding: .utf8)
    let report = try store.importCSV(
      .households, from: file, name: "shape.csv", options: ImportOptions(language: .en))
    #expect(!report.written)
    let lines = report.problems.filter { !$0.isWarning }.map { $0.text(.en) }
    #expect(
      lines.contains("shape.csv:2: 户主: this field holds one line, and this one has a line break"))
    #expect(lines.contains("shape.csv:6: this line has 6 columns, the header 5"))
    #expect(lines.contains("shape.csv:7: this line has 3 columns, the header 5"))
    #expect(!lines.contains { $0.hasPrefix("shape.csv:4:") || $0.hasPrefix("shape.csv:8:") })
    #expect(try store.rosterCount() == 0)
  }

  @Test("groups an import creates go in the order of their numbers, not of the file's rows")
  func naturalGroupOrder() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("h.csv")
    try """
    户号,户主,村,组
    01,甲,青山社区,第10网格
    02,乙,青山社区,第2网格
    03,丙,青山社区,第5网格
    04,丁,石桥村,十一组
    05,戊,石桥村,二组
    """.write(to: file, atomically: true, encoding: .utf8)
    _ = try store.importCSV(.households, from: file)
    let groups = try store.areaChoices().filter { $0.level == .group }.map {
      $0.path.suffix(2).joined(separator: "/")
    }
    #expect(groups == ["青山社区/第2网格", "青山社区/第5网格", "青山社区/第10网格", "石桥村/二组", "石桥村/十一组"])
    let roster = try store.rosterPage(sort: RosterColumn.area.ascending, anchor: .first, limit: 10)
    #expect(roster.map(\.model.headName) == ["乙", "丙", "甲", "戊", "丁"])
  }
}
