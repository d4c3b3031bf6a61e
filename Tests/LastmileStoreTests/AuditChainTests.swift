import Crypto
import Foundation
import GRDB
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// The audit log is hash-chained and sealed: whatever is done to it with the append-only
/// triggers dropped and made again, `check` finds it.
@Suite("The audit log's hash chain")
struct AuditChainTests {
  /// A demo database, closed, and a raw connection to change it behind lastmile's back.
  private func tampered(_ folder: TemporaryFolder, _ sql: String) throws -> CheckReport {
    let store = try Fixtures.demoStore(in: folder, households: 20)
    try store.acting(as: "审计员").recordUnmasked(table: "members", what: "export of members")
    #expect(try LastmileStore.check(at: folder.file("lastmile.db")).isOK)
    try store.close()
    let queue = try DatabaseQueue(path: folder.file("lastmile.db").path)
    try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    try queue.close()
    return try LastmileStore.check(at: folder.file("lastmile.db"))
  }

  private static let dropGuards =
    "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
  private static let remakeGuards = """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """

  @Test("a sound database's chain holds from the first entry to the last seal")
  func soundChainHolds() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 20)
    let (entries, problems) = try store.verifyAuditChain()
    #expect(entries > 0)
    #expect(problems.isEmpty)
  }

  @Test("each link is SHA-256 over the link before and the entry's fields as text, as documented")
  func linksAsDocumented() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.demoStore(in: folder, households: 20)
    try store.acting(as: "审计员").recordUnmasked(table: "members", what: "导出 \u{1F600} members")
    try store.close()
    let queue = try DatabaseQueue(path: folder.file("lastmile.db").path)
    let (chain, sealed) = try queue.read { db in
      var chain = Data(repeating: 0, count: 32)
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT seq, at, operator, device_id, table_name, row_id, action, before, after, note,
            origin_seq FROM audit_log ORDER BY seq
          """)
      for row in rows {
        let fields = row.databaseValues.map { value -> [UInt8] in
          switch value.storage {
          case .null: return [0]
          case .int64(let number): return Array(String(number).utf8)
          case .double(let number): return Array(String(number).utf8)
          case .string(let text): return Array(text.utf8)
          case .blob(let data): return Array(data)
          }
        }
        var hasher = SHA256()
        hasher.update(data: chain)
        hasher.update(data: Array(fields.joined(separator: [0x1F])))
        chain = Data(hasher.finalize())
      }
      let sealed = try String.fetchOne(
        db, sql: "SELECT hash FROM audit_seal ORDER BY last_seq DESC LIMIT 1")
      return (chain.map { String(format: "%02x", $0) }.joined(), sealed)
    }
    #expect(sealed == chain)
  }

  @Test("an entry changed with the guards dropped and made again breaks the chain at its seal")
  func changedEntryFound() throws {
    let folder = TemporaryFolder()
    let report = try tampered(
      folder,
      Self.dropGuards + "UPDATE audit_log SET operator = '别人' WHERE action = 'reveal';"
        + Self.remakeGuards)
    #expect(
      report.problems.contains {
        if case .auditChain(.altered) = $0 { return true }
        return false
      }, "\(report.problems)")
  }

  @Test("an entry removed in the middle is named missing; one removed at the end is found too")
  func removedEntriesFound() throws {
    let folder = TemporaryFolder()
    let report = try tampered(
      folder,
      Self.dropGuards
        + "DELETE FROM audit_log WHERE seq = 5; DELETE FROM audit_log WHERE action = 'reveal';"
        + Self.remakeGuards)
    let texts = report.problems.map { $0.text(.en) }
    #expect(texts.contains("audit entry 5 is missing"), "\(texts)")
    #expect(texts.contains { $0.hasPrefix("the audit log ends at entry") }, "\(texts)")
  }

  @Test("a trigger replaced with one that does nothing is found")
  func replacedTriggerFound() throws {
    let folder = TemporaryFolder()
    let report = try tampered(
      folder,
      """
      DROP TRIGGER audit_log_no_update;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END;
      """)
    #expect(report.problems == [.triggerChanged("audit_log_no_update")])
  }

  @Test("the audit log keeps ID numbers and phones masked, and which fields changed")
  func sensitiveValuesMasked() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let household = Household(householdNo: "01010001", headName: "张三丰", phone: "13812341234")
    try store.saveHousehold(household)
    let id = Fixtures.idNumber(born: LocalDate(parsing: "1956-07-08")!, male: true)
    var member = Member(
      householdId: household.id, name: "张三丰", relation: .head, idNumber: id, phone: "13812341234")
    try store.saveMember(member)
    member.phone = "13998765432"
    try store.saveMember(member)
    let entries =
      try store.auditEntries(table: "household", rowId: household.id)
      + store.auditEntries(table: "member", rowId: member.id)
    let logged = entries.map { ($0.before ?? "") + ($0.after ?? "") }.joined()
    #expect(!logged.contains(id) && !logged.contains("13812341234"))
    #expect(!logged.contains("13998765432"))
    #expect(logged.contains(Masking.idNumber(id)) && logged.contains("139****5432"))
  }
}
