import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

@Suite("Tombstones and the audit log")
struct AuditAndTombstoneTests {
  @Test("saving a household writes its stamps and an insert entry with every field")
  func insertAudited() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let household = Household(
      householdNo: "0101", headName: "张三丰", phone: "138 1234 5678", categories: [.povertyAlleviated]
    )
    try store.saveHousehold(household)
    let row = try store.read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM household WHERE id = ?", arguments: [household.id.databaseText])
    }
    #expect(row?["device_id"] == store.deviceId)
    #expect((row?["created_at"] as String?)?.hasSuffix("Z") == true)
    #expect(row?["phone"] == "13812345678")
    let entries = try store.auditEntries(table: "household", rowId: household.id)
    #expect(entries.count == 1)
    #expect(entries[0].action == "insert")
    #expect(entries[0].operatorName == "测试员")
    #expect(entries[0].before == nil)
    #expect(entries[0].after?.contains(#""head_name":"张三丰""#) == true)
    #expect(entries[0].after?.contains(#""categories":"poverty_alleviated""#) == true)
  }

  @Test(
    "an edit records only the fields that changed, before and after; an unchanged save records nothing"
  )
  func updateAudited() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    var household = Household(householdNo: "0102", headName: "李四", address: "石桥村一组3号")
    try store.saveHousehold(household)
    household.address = "石桥村二组5号"
    try store.saveHousehold(household)
    try store.saveHousehold(household)
    let entries = try store.auditEntries(table: "household", rowId: household.id)
    #expect(entries.map(\.action) == ["insert", "update"])
    #expect(entries[1].before == #"{"address":"石桥村一组3号"}"#)
    #expect(entries[1].after == #"{"address":"石桥村二组5号"}"#)
  }

  @Test(
    "deleting a household keeps it and its members as tombstones, and restoring brings them back")
  func tombstones() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let household = Household(householdNo: "0103", headName: "王五")
    try store.saveHousehold(household)
    let born = LocalDate(year: 1960, month: 5, day: 1)!
    let head = Member(
      householdId: household.id, name: "王五", relation: .head,
      idNumber: Fixtures.idNumber(born: born, male: true))
    try store.saveMember(head)
    try store.deleteHousehold(id: household.id)
    #expect(try store.household(id: household.id) == nil)
    #expect(try store.members(ofHousehold: household.id).isEmpty)
    let stored = try store.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT deleted_at FROM household WHERE id = ? UNION ALL SELECT deleted_at FROM member WHERE id = ?",
        arguments: [household.id.databaseText, head.id.databaseText])
    }
    #expect(stored.count == 2)
    #expect(stored.allSatisfy { ($0["deleted_at"] as String?) != nil })
    #expect(try store.auditEntries(table: "member", rowId: head.id).last?.action == "delete")
    try store.restoreHousehold(id: household.id)
    #expect(try store.household(id: household.id) != nil)
    #expect(try store.members(ofHousehold: household.id).map(\.id) == [head.id])
  }

  @Test("the audit log refuses to be changed or deleted")
  func appendOnly() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.saveHousehold(Household(householdNo: "0104", headName: "赵六"))
    #expect(throws: DatabaseError.self) {
      try store.pool.write { db in
        try db.execute(sql: "UPDATE audit_log SET operator = 'someone else'")
      }
    }
    #expect(throws: DatabaseError.self) {
      try store.pool.write { db in try db.execute(sql: "DELETE FROM audit_log") }
    }
  }

  @Test("a refused save writes neither the row nor an audit entry")
  func refusedSaveLeavesNothing() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    try store.saveHousehold(Household(householdNo: "0105", headName: "钱七"))
    let before = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log")
    }
    #expect(throws: StoreError.invalidRecord([FieldProblem(.householdNo, .duplicate("0105"))])) {
      try store.saveHousehold(Household(householdNo: "0105", headName: "另一户"))
    }
    let household = try #require(try store.household(number: "0105"))
    var badMember = Member(
      householdId: household.id, name: "钱小七", relation: .son, idNumber: "110105194912310021")
    #expect(
      throws: StoreError.invalidRecord([
        FieldProblem(.idNumber, .residentID(.checkDigit(expected: "X", found: "1")))
      ])
    ) {
      try store.saveMember(badMember)
    }
    badMember.idNumber = ""
    badMember.phone = "12345"
    #expect(throws: StoreError.self) { try store.saveMember(badMember) }
    let after = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") }
    #expect(before == after)
    #expect(try store.counts().households == 1)
    #expect(try store.counts().members == 0)
  }

  @Test(
    "a request's history starts with its registration, and its reply is due 7 working days later")
  func requestRegistration() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let received = LocalDateTime(parsing: "2026-09-30 15:30")!
    let request = try store.registerRequest(
      HelpRequest(
        receivedAt: received, channel: .walkIn, requester: Requester(name: "孙大娘"),
        category: "elderly_care",
        content: "希望申请高龄津贴"))
    #expect(request.dueOn == LocalDate(parsing: "2026-10-15"))
    let entries = try store.auditEntries(table: "help_request", rowId: request.id)
    #expect(entries.map(\.action) == ["received"])
    #expect(try store.request(id: request.id)?.status == .registered)
  }

  @Test(
    "a contact ended before the months its cadre's role asks says so (only where the role asks), and the history keeps it"
  )
  func contactHistory() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let cadre = Cadre(name: "周县长", role: .countyLeader)
    try store.saveCadre(cadre)
    let household = Household(householdNo: "0106", headName: "孙八")
    try store.saveHousehold(household)
    let assignment = ContactAssignment(
      cadreId: cadre.id, target: .household(household.id),
      startsOn: LocalDate(parsing: "2026-03-01")!)
    try store.assignContact(assignment)
    #expect(try store.endContact(id: assignment.id, on: LocalDate(parsing: "2026-11-01")!))
    // A village secretary's role sets no length: ending early is not said.
    let secretary = Cadre(name: "周书记", role: .villageSecretary)
    try store.saveCadre(secretary)
    let short = ContactAssignment(
      cadreId: secretary.id, target: .household(household.id),
      startsOn: LocalDate(parsing: "2026-10-01")!)
    try store.assignContact(short)
    #expect(try !store.endContact(id: short.id, on: LocalDate(parsing: "2026-11-01")!))
    let history = try store.contactHistory(ofHousehold: household.id)
    #expect(history.count == 2)
    #expect(history.allSatisfy { $0.endsOn == LocalDate(parsing: "2026-11-01") })
    #expect(
      try store.auditEntries(table: "contact_assignment", rowId: assignment.id).map(\.action) == [
        "insert", "end",
      ])
  }
}
