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

  /// Cadres written through the audited path in one large write, handing their entries to
  /// its feed; `extra` runs before the end. The seals the feed gives, or nil.
  private func fedWrite(
    _ store: LastmileStore, count: Int, extra: (Database) throws -> Void = { _ in }
  ) throws -> [(seq: Int, hash: Data)]? {
    try store.bulkWrite(feedingChain: true) { db, context in
      for start in stride(from: 0, to: count, by: 500) {
        let rows = (start..<min(count, start + 500)).map { index in
          let cadre = Cadre(name: "干部\(index)", role: .staff)
          return AuditedInsert(
            id: cadre.id.databaseText, values: cadre.columnValues, note: "第\(index)位\u{0}尾")
        }
        try db.insertAudited(into: Cadre.Columns.table, rows: rows, context: context)
        try db.appendAudit(
          table: "cadre", rowId: rows[0].id, action: "note", before: nil, after: nil,
          note: "单条", context: context)
      }
      try extra(db)
      return try AuditFeed.of(db)?.seals(db, after: AuditChain.lastSeal(db).seq)
    }
  }

  @Test(
    "a large write's chain worked out as its entries are written gives the seals reading them back gives"
  )
  func fedChainSealsAsRead() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let seals = try #require(try fedWrite(store, count: 12_000))
    // Every 10,000 entries, and the last: 12,000 cadres and 24 single entries after them.
    #expect(seals.count == 2)
    let stored = try store.read { db in
      try Row.fetchAll(db, sql: "SELECT last_seq, hash FROM audit_seal ORDER BY last_seq")
        .suffix(2).map { ($0[0] as Int, $0[1] as String) }
    }
    #expect(stored.map(\.0) == seals.map(\.seq))
    #expect(
      stored.map(\.1) == seals.map { $0.hash.map { String(format: "%02x", $0) }.joined() })
    #expect(try LastmileStore.check(at: store.url).isOK)
  }

  @Test("an entry a large write's feed was not given has its seal read back, and the chain holds")
  func unfedEntryReadBack() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let seals = try fedWrite(store, count: 600) { db in
      try db.execute(
        sql: """
          INSERT INTO audit_log (at, operator, device_id, table_name, row_id, action, note)
          VALUES ('2026-11-25T08:00:00Z', '审计员', 'd', 'cadre', 'x', 'note', '')
          """)
    }
    #expect(seals == nil)
    #expect(try LastmileStore.check(at: store.url).isOK)
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
