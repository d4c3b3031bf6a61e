import Foundation
import GRDB
import LastmileCore
import LastmileRules
import TestSupport
import Testing

@testable import LastmileStore

private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

@Suite("The cadre registry: roles held, contacts, areas, and cadres in and out of CSV")
struct CadreRegistryTests {
  let cadre = Fixtures.uuid(5)

  @Test("a cadre who changed role mid-year is judged by each role in the months they held it")
  func roleChangedMidYear() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    var staff = try #require(try store.cadreDetail(id: cadre, period: Period(parsing: "2026")!))
      .cadre
    staff.roleSince = date("2025-03-01")
    try store.saveCadre(staff)
    var head = staff
    head.role = .sectionHead
    head.roleSince = date("2026-07-01")
    try store.saveCadre(head)
    for day in ["2026-07-06", "2026-07-07", "2026-08-03"] {
      try store.recordVisit(
        Visit(
          date: date(day), kind: .survey, cadreIds: [cadre], areaId: Fixtures.uuid(2), content: "调研"
        ))
    }
    let parts = try store.compliance(cadre: cadre, period: Period(parsing: "2026")!)
    #expect(parts.map(\.role.id) == ["staff", "section_head"])
    #expect(parts.map(\.period.description) == ["2026-01…2026-06", "2026-07…2026-11"])
    // As a section head from July to today: five months' share of 50 days out and of 4 survey
    // days, counted from July.
    let asHead = Dictionary(uniqueKeysWithValues: parts[1].results.map { ($0.kind, $0) })
    #expect(asHead[.grassrootsDaysPerYear].map { [$0.required, $0.done] } == [20, 5])
    #expect(asHead[.stationedSurveyDaysPerYear].map { [$0.required, $0.done] } == [1, 3])
    // As staff from January to June: three households a month, none visited then.
    let asStaff = Dictionary(uniqueKeysWithValues: parts[0].results.map { ($0.kind, $0) })
    #expect(asStaff[.visitsPerContactPerMonth].map { [$0.required, $0.done] } == [18, 0])
    let detail = try #require(try store.cadreDetail(id: cadre, period: Period(parsing: "2026")!))
    #expect(detail.pastRoles.map(\.role.id) == ["staff"])
    #expect(detail.pastRoles.first?.through == date("2026-06-30"))
    #expect(detail.cadre.roleSince == date("2026-07-01"))
    // The report lists the cadre once per role, each with its months.
    let report = try store.quotaReport(period: Period(parsing: "2026")!)
    #expect(report.cadres.filter { $0.cadre.id == cadre }.count == 2)
  }

  @Test("a month that crosses the National Day holiday counts its holiday days out like any other")
  func holidayMonth() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    for day in ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-12"] {
      try store.recordVisit(
        Visit(
          date: date(day), kind: .homeVisit, cadreIds: [cadre], householdIds: [Fixtures.uuid(10)],
          content: "走访"))
    }
    let bureau = try #require(RulesFile.defaults.role("bureau_leader"))
    let october = Dictionary(
      uniqueKeysWithValues: try store.compliance(
        cadre: cadre, role: bureau, period: Period(parsing: "2026-10")!
      ).map { ($0.kind, $0) })
    // Judged over the year to the end of October: 83 of 100 days owed, the holiday's counted.
    #expect(october[.grassrootsDaysPerYear].map { [$0.required, $0.done] } == [83, 4])
  }

  @Test("a rules file that overrides a default changes the quota the store judges by")
  func rulesOverride() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let period = Period(parsing: "2026-11")!
    func households(_ store: LastmileStore) throws -> [Int] {
      let row = try store.quotaReport(period: period).cadres.first { $0.cadre.id == cadre }
      let result = row?.results.first { $0.kind == .contactHouseholds }
      return [result?.required ?? -1, result?.done ?? -1]
    }
    #expect(try households(store) == [4, 3])
    var override = RulesOverride()
    override.roles = [RulesOverride.Role(id: "staff", quotas: [.contactHouseholds: 3])]
    let local = store.with(rules: RulesFile.defaults.overridden(by: override))
    #expect(try households(local) == [3, 3])
  }

  @Test("retiring a cadre ends their contacts that day; the household keeps who contacted it")
  func retire() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    try store.retireCadre(id: cadre, on: date("2026-11-25"))
    #expect(try store.cadreSummaries(period: Period(parsing: "2026-11")!).isEmpty)
    let history = try store.householdContacts(Fixtures.uuid(10))
    #expect(history.map(\.cadreName) == ["李干部"])
    #expect(history.first?.endsOn == date("2026-11-25"))
    #expect(history.first?.endedEarly == false)
  }

  @Test("a contact point ended before the year its cadre's role asks is flagged")
  func contactEndedEarly() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let leader = Cadre(name: "周县长", role: .countyLeader)
    try store.saveCadre(leader)
    let contact = ContactAssignment(
      cadreId: leader.id, target: .area(Fixtures.uuid(2)), startsOn: date("2026-03-01"))
    try store.assignContact(contact)
    #expect(try store.endContact(id: contact.id, on: date("2026-11-20")))
    let detail = try #require(
      try store.cadreDetail(id: leader.id, period: Period(parsing: "2026")!))
    #expect(detail.contacts.map(\.label) == ["青山镇 › 石桥村"])
    #expect(detail.contacts.first?.endedEarly == true)
  }

  @Test(
    "areas: a county department above the township; a group only under a village; one in use is not retired"
  )
  func areas() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let county = Area(parentId: nil, level: .county, name: "青山县")
    try store.saveArea(county)
    try store.saveArea(Area(parentId: county.id, level: .department, name: "县民政局"))
    #expect(throws: StoreError.self) {
      try store.saveArea(Area(parentId: Fixtures.uuid(1), level: .group, name: "三组"))
    }
    #expect(throws: StoreError.self) { try store.retireArea(id: Fixtures.uuid(3)) }
    let empty = Area(parentId: Fixtures.uuid(2), level: .group, name: "三组")
    try store.saveArea(empty)
    try store.retireArea(id: empty.id)
    #expect(try store.areaChoices().map { $0.path.last }.contains("三组") == false)
    #expect(try store.areaChoices().contains { $0.path == ["青山县", "县民政局"] })
  }

  @Test(
    "cadres export and import back unchanged; a new cadre gets their role and contacts; a bad row says its line"
  )
  func csvRoundTrip() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let url = folder.file("cadres.csv")
    var sink = try FileSink(url: url)
    try store.export(.cadres, options: ExportOptions(), to: &sink)
    try sink.commit()
    let again = try store.importCSV(.cadres, from: url)
    #expect(again.added == 0 && again.updated == 0)
    // Two namesakes, their phones masked in the file, are told apart and both kept.
    try store.saveCadre(Cadre(name: "李干部", role: .partyMember, phone: "13700000002"))
    var both = try FileSink(url: url)
    try store.export(.cadres, options: ExportOptions(), to: &both)
    try both.commit()
    let namesakes = try store.importCSV(.cadres, from: url)
    #expect(namesakes.added == 0 && namesakes.updated == 0)
    var text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("李干部,机关干部,,139****0001,,,01010001、01010002、01010003,"))
    #expect(text.contains("李干部,党员,,137****0002,"))
    text += "王新,党员,青山社区党支部,13912345678,2026-03-01,石桥村,01010003,\n"
    try text.write(to: url, atomically: true, encoding: .utf8)
    let added = try store.importCSV(.cadres, from: url)
    #expect(added.added == 1)
    let summary = try #require(
      try store.cadreSummaries(period: Period(parsing: "2026-11")!).first { $0.cadre.name == "王新" })
    #expect(summary.role.id == "party_member")
    // The roster's contact column follows at once.
    let names = try store.read { db in
      try String.fetchOne(
        db, sql: "SELECT cadre_names FROM household WHERE household_no = '01010003'")
    }
    #expect(names?.contains("王新") == true)
    #expect(summary.contactAreas == 1 && summary.contactHouseholds == 1)
    try (text + "李错,局长级,,,,,,\n").write(to: url, atomically: true, encoding: .utf8)
    let refused = try store.importCSV(.cadres, from: url, name: "cadres.csv")
    #expect(!refused.written)
    #expect(
      refused.problems.filter { !$0.isWarning }.map { $0.text(.zh) }.first?.hasPrefix(
        "cadres.csv:5: 角色") == true)
  }

  @Test(
    "refused with the field and the reason: a contact held already, one that starts or ends after today or ends before it began, a role from the future or before the role it follows, a second area of one name under one parent"
  )
  func refusals() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    func refused(_ field: FieldName, _ work: () throws -> Void) {
      #expect {
        try work()
      } throws: { error in
        guard case StoreError.invalidRecord(let problems) = error else { return false }
        return problems.map(\.field) == [field]
      }
    }
    refused(.households) {
      try store.assignContact(
        ContactAssignment(
          cadreId: cadre, target: .household(Fixtures.uuid(10)), startsOn: date("2026-11-01")))
    }
    refused(.date) {
      try store.assignContact(
        ContactAssignment(
          cadreId: cadre, target: .area(Fixtures.uuid(2)), startsOn: date("2026-12-01")))
    }
    let contact = try #require(try store.householdContacts(Fixtures.uuid(10)).first)
    refused(.date) { try store.endContact(id: contact.id, on: date("2027-01-01")) }
    refused(.date) { try store.endContact(id: contact.id, on: date("2025-01-01")) }
    var staff = try #require(try store.cadreDetail(id: cadre, period: Period(parsing: "2026-11")!))
      .cadre
    staff.roleSince = date("2027-01-01")
    refused(.roleSince) { try store.saveCadre(staff) }
    staff.roleSince = date("2026-01-01")
    try store.saveCadre(staff)
    staff.role = .sectionHead
    staff.roleSince = date("2025-06-01")
    refused(.roleSince) { try store.saveCadre(staff) }
    refused(.name) {
      try store.saveArea(Area(parentId: Fixtures.uuid(2), level: .group, name: "一组"))
    }
  }

  @Test(
    "a cadre is judged from the day they took the role and up to the day they retired; a later month is not judged"
  )
  func judgedWhileServing() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.smallLedger(in: folder)
    let newcomer = Cadre(name: "新来的", role: .partyMember, roleSince: date("2026-11-20"))
    try store.saveCadre(newcomer)
    #expect(try store.compliance(cadre: newcomer.id, period: Period(parsing: "2026-10")!).isEmpty)
    #expect(
      try store.compliance(cadre: newcomer.id, period: Period(parsing: "2026-11")!).count == 1)
    #expect(try store.compliance(cadre: cadre, period: Period(parsing: "2026-12")!).isEmpty)
    try store.retireCadre(id: cadre, on: date("2026-11-25"))
    let november = try store.quotaReport(period: Period(parsing: "2026-11")!)
    #expect(november.cadres.contains { $0.cadre.id == cadre })
  }
}
