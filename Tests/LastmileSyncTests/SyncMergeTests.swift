import Foundation
import LastmileCore
import LastmileStore
import LastmileSync
import TestSupport
import Testing

@Suite("Merging bundles between laptops")
struct SyncMergeTests {
  @Test("a ledger sent to an empty database arrives whole, derived columns included")
  func ledgerArrivesWhole() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    let summary = try b.receive(try a.send(to: b))
    #expect(summary.changed("household") == 3)
    #expect(summary.requests >= 2)
    let sent = try a.snapshot(audit: false)
    let got = try b.snapshot(audit: false)
    for (table, rows) in sent {
      #expect(got[table] == rows, "table \(table) differs")
    }
    // Every audit entry of the sender is held by the receiver.
    let audit = Set(try b.snapshot()["audit_log"] ?? [])
    #expect(Set(try a.snapshot()["audit_log"] ?? []).isSubset(of: audit))
  }

  @Test("the same bundle imported twice changes nothing the second time")
  func secondImportChangesNothing() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    let bundle = try a.send(to: b)
    try b.receive(bundle)
    let before = try b.snapshot()
    let again = try b.receive(bundle)
    #expect(again.operations == 0 && again.rows.isEmpty)
    #expect(try b.snapshot(audit: false) == before.filter { $0.key != "audit_log" })
  }

  @Test("two laptops change one field apart: both keep the newer, the other value is listed")
  func concurrentEditsConflict() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    try b.receive(try a.send(to: b))
    var household = try #require(try a.store.household(id: Fixtures.uuid(10)))
    household.address = "石桥村一组1号（新房）"
    try a.store.saveHousehold(household)
    var other = try #require(try b.store.household(id: Fixtures.uuid(10)))
    other.address = "石桥村一组1号（老屋）"
    try b.store.saveHousehold(other)
    try b.receive(try a.send(to: b))
    try a.receive(try b.send(to: a))
    let onA = try #require(try a.store.household(id: Fixtures.uuid(10)))
    let onB = try #require(try b.store.household(id: Fixtures.uuid(10)))
    #expect(onA.address == onB.address)
    #expect(try a.snapshot()["sync_conflict"] == b.snapshot()["sync_conflict"])
    #expect(try a.snapshot()["sync_conflict"]?.count == 1)
    #expect(try a.snapshot(audit: false) == b.snapshot(audit: false))
  }
}
