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

  @Test(
    "a large bundle arrives whole: the tallies it held back and counted once are those the triggers keep"
  )
  func largeBundleTallies() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.demoStore(in: folder, households: 400))
    let b = try Replica(2, in: folder)
    let summary = try b.receive(try a.send(to: b))
    // Visits and requests enough to hold the tallies back (`Tallies.holdsBack`).
    #expect(summary.visits + summary.requests >= 5_000, "too small to hold the tallies back")
    let sent = try a.snapshot(audit: false)
    let got = try b.snapshot(audit: false)
    for table in ["request_tally", "cadre_month", "visit_reach", "household", "visit_household"] {
      #expect(got[table] == sent[table], "table \(table) differs")
      #expect(got[table]?.isEmpty == false, "table \(table) is empty")
    }
    // The triggers keep the tallies again: a visit logged after the merge is counted.
    let before = try b.snapshot(audit: false)["cadre_month"]
    let household = try #require(
      try a.store.rosterPage(sort: ListingSort(), anchor: .first, limit: 1).first)
    var visit = try #require(try a.store.visits(ofHousehold: household.model.id).first)
    visit.id = UUID()
    try b.store.saveVisit(visit)
    #expect(try b.snapshot(audit: false)["cadre_month"] != before)
  }

  @Test("a row that names one a later batch brings lands: references are whole once the bundle is")
  func referencesAcrossBatches() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder)
    let household = Household(householdNo: "01010001", headName: "张三")
    // Loaded aside from the log, the household gets its operation when the bundle is written:
    // after the member's, written through the log.
    try a.store.standingAsideFromSyncLog { try a.store.saveHousehold(household) }
    try a.store.saveMember(Member(householdId: household.id, name: "李四", relation: .spouse))
    let b = try Replica(2, in: folder)
    let url = try a.send(to: b)
    let summary = try SyncExchange.import(
      b.store, source: try FileSource(url), passphrase: nil, batch: 1)
    #expect(summary.households == 1 && summary.members == 1)
    #expect(try b.snapshot(audit: false)["member"] == a.snapshot(audit: false)["member"])
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

extension SyncMergeTests {
  @Test("a household deleted on one laptop and edited later on another comes back, flagged")
  func editAfterDeleteRevives() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let later = LocalDateTime(date: Fixtures.today, hour: 11, minute: 0)!
    let b = try Replica(2, in: folder, clock: .stopped(at: later))
    try b.receive(try a.send(to: b))
    try a.store.deleteHousehold(id: Fixtures.uuid(12))
    var edited = try #require(try b.store.household(id: Fixtures.uuid(12)))
    edited.phone = "13700001111"
    try b.store.saveHousehold(edited)
    try a.receive(try b.send(to: a))
    try b.receive(try a.send(to: b))
    for replica in [a, b] {
      let household = try #require(try replica.store.household(id: Fixtures.uuid(12)))
      #expect(household.phone == "13700001111")
      let conflicts = try replica.store.syncConflicts()
      #expect(conflicts.map(\.kind) == [.revived])
    }
    #expect(try a.snapshot(audit: false) == b.snapshot(audit: false))
    // Deleting it again settles it, everywhere.
    let conflict = try #require(try a.store.syncConflicts().first)
    try a.store.settleSyncConflict(id: conflict.id, as: .takeLost)
    try b.receive(try a.send(to: b))
    #expect(try b.store.household(id: Fixtures.uuid(12)) == nil)
    #expect(try b.store.syncConflicts().isEmpty && a.store.syncConflicts().isEmpty)
  }

  @Test("a conflict settled on one laptop is gone on the others, with the value chosen")
  func settledConflictTravels() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    try b.receive(try a.send(to: b))
    var one = try #require(try a.store.household(id: Fixtures.uuid(11)))
    one.address = "甲"
    try a.store.saveHousehold(one)
    var two = try #require(try b.store.household(id: Fixtures.uuid(11)))
    two.address = "乙"
    try b.store.saveHousehold(two)
    try a.receive(try b.send(to: a))
    let conflict = try #require(try a.store.syncConflicts().first)
    #expect(conflict.field == "address" && conflict.subject.contains("欧阳娜娜"))
    try a.store.settleSyncConflict(id: conflict.id, as: .write("石桥村一组2号"))
    try b.receive(try a.send(to: b))
    for replica in [a, b] {
      #expect(try replica.store.household(id: Fixtures.uuid(11))?.address == "石桥村一组2号")
      #expect(try replica.store.syncConflicts().isEmpty)
    }
  }

  @Test("saving a form unchanged makes no change to send and overwrites nothing")
  func unchangedSaveSendsNothing() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    try b.receive(try a.send(to: b))
    try a.receive(try b.send(to: a))
    let unsent = try a.store.syncUnsent()
    let household = try #require(try a.store.household(id: Fixtures.uuid(10)))
    try a.store.saveHousehold(household)
    #expect(try a.store.syncUnsent() == unsent)
  }
}

extension SyncMergeTests {
  @Test(
    "one household number, or one member's ID number, given on two laptops: both kept, both flagged"
  )
  func duplicatesFromTwoLaptopsFlagged() throws {
    let folder = TemporaryFolder()
    let a = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let b = try Replica(2, in: folder)
    try b.receive(try a.send(to: b))
    let one = Household(householdNo: "01019999", headName: "王五", areaId: Fixtures.uuid(3))
    try a.store.saveHousehold(one)
    let two = Household(householdNo: "01019999", headName: "王伍", areaId: Fixtures.uuid(4))
    try b.store.saveHousehold(two)
    let id = Fixtures.idNumber(born: LocalDate(parsing: "1970-01-02")!, male: true, sequence: 31)
    let three = Household(householdNo: "01018888", headName: "赵六", areaId: Fixtures.uuid(3))
    try a.store.saveHousehold(three)
    try a.store.saveMember(
      Member(householdId: three.id, name: "赵六", relation: .head, idNumber: id))
    let four = Household(householdNo: "01017777", headName: "赵陆", areaId: Fixtures.uuid(4))
    try b.store.saveHousehold(four)
    try b.store.saveMember(Member(householdId: four.id, name: "赵陆", relation: .head, idNumber: id))
    try b.receive(try a.send(to: b))
    try a.receive(try b.send(to: a))
    for replica in [a, b] {
      let flagged = try replica.store.rosterCount(
        filter: RosterFilter(possibleDuplicates: true))
      #expect(flagged == 4)
      #expect(try replica.store.household(id: one.id) != nil)
      #expect(try replica.store.household(id: two.id) != nil)
    }
    #expect(try a.snapshot(audit: false) == b.snapshot(audit: false))
  }
}
