import Foundation
import GRDB
import LastmileCore
import LastmileStore
import LastmileSync
import TestSupport
import Testing

/// Three laptops write at random and exchange bundles in random orders, some twice, some
/// late; in the end all three hold the same data, no row is lost, and every value written is
/// current, in the conflicts list, or was replaced by someone who had seen it.
///
/// `LASTMILE_SYNC_CASES` runs more cases (the suite runs a few), `LASTMILE_SYNC_SEED` replays one.
@Suite("Three laptops converge, whatever the order of their bundles")
struct SyncPropertyTests {
  /// One value a laptop wrote into a field, and the values of that field it had seen.
  struct Write {
    let id: Int
    let table: String
    let row: String
    let field: String
    let value: String
    let knew: Set<Int>
  }

  /// A bundle written, with what its writer had seen.
  struct Sent {
    let url: URL
    let to: Int
    let seen: Set<Int>
  }

  /// The random numbers of a case: SplitMix64, so that a seed replays it.
  struct Random {
    var state: UInt64
    mutating func next(_ below: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(below))
    }
  }

  @Test("three replicas converge table by table, and no value or row is lost")
  func threeReplicasConverge() throws {
    let environment = ProcessInfo.processInfo.environment
    let cases = environment["LASTMILE_SYNC_CASES"].flatMap(Int.init) ?? 3
    let first =
      environment["LASTMILE_SYNC_SEED"].flatMap(UInt64.init)
      ?? UInt64(Date().timeIntervalSince1970)
    print("sync property: seed \(first), \(cases) cases (LASTMILE_SYNC_SEED replays one)")
    for index in 0..<cases {
      try run(seed: first &+ UInt64(index))
    }
  }

  private func run(seed: UInt64) throws {
    var random = Random(state: seed)
    let folder = TemporaryFolder()
    let base = try Replica(1, in: folder, store: try Fixtures.smallLedger(in: folder))
    let replicas = [base, try Replica(2, in: folder), try Replica(3, in: folder)]
    for other in replicas.dropFirst() { try other.receive(try base.send(to: other)) }
    var seen = [Set<Int>](repeating: [], count: 3)
    var writes: [Write] = []
    var sent: [Sent] = []
    var inserted: [String: Set<String>] = [:]
    func write(_ at: Int, _ table: String, _ row: UUID, _ field: String, _ value: String) {
      let knew = seen[at].filter { id in
        writes[id].table == table && writes[id].row == row.uuidString.lowercased()
          && writes[id].field == field
      }
      writes.append(
        Write(
          id: writes.count, table: table, row: row.uuidString.lowercased(), field: field,
          value: value,
          knew: knew))
      seen[at].insert(writes.count - 1)
    }
    let steps = 30 + random.next(20)
    for step in 0..<steps {
      let at = random.next(3)
      let store = replicas[at].store
      let households = try store.householdIds()
      switch random.next(10) {
      case 0:
        let household = Household(
          householdNo: "9\(at)\(step)\(random.next(100))", headName: "户主\(step)",
          areaId: Fixtures.uuid(3), notes: "新户\(step)")
        try store.saveHousehold(household)
        inserted["household", default: []].insert(household.id.uuidString.lowercased())
        write(at, "household", household.id, "notes", household.notes)
      case 1, 2:
        guard let id = households.randomElement(using: &random),
          var household = try store.household(id: id)
        else { continue }
        let value = "记\(at)-\(step)"
        if random.next(2) == 0 {
          household.notes = value
          try store.saveHousehold(household)
          write(at, "household", id, "notes", value)
        } else {
          household.address = value
          try store.saveHousehold(household)
          write(at, "household", id, "address", value)
        }
      case 3:
        guard let id = households.randomElement(using: &random) else { continue }
        try store.deleteHousehold(id: id)
      case 4:
        guard let id = households.randomElement(using: &random) else { continue }
        let member = Member(householdId: id, name: "成员\(step)", relation: .son, notes: "初\(step)")
        try store.saveMember(member)
        inserted["member", default: []].insert(member.id.uuidString.lowercased())
        write(at, "member", member.id, "notes", member.notes)
      case 5:
        guard let id = households.randomElement(using: &random),
          var member = try store.members(ofHousehold: id).randomElement(using: &random)
        else { continue }
        member.notes = "改\(at)-\(step)"
        try store.saveMember(member)
        write(at, "member", member.id, "notes", member.notes)
      case 6:
        guard let id = households.randomElement(using: &random) else { continue }
        let visit = Visit(
          date: Fixtures.today, kind: .homeVisit, cadreIds: [Fixtures.uuid(5)],
          householdIds: [id], content: "走访\(at)-\(step)")
        try store.saveVisit(visit)
        inserted["visit", default: []].insert(visit.id.uuidString.lowercased())
        write(at, "visit", visit.id, "content", visit.content)
      case 7:
        let request = HelpRequest(
          receivedAt: Fixtures.now, channel: .walkIn,
          requester: Requester(name: "来访\(step)", householdId: households.first),
          category: "health", content: "诉求\(at)-\(step)")
        try store.registerRequest(request)
        inserted["help_request", default: []].insert(request.id.uuidString.lowercased())
        if random.next(2) == 0 {
          _ = try store.handleRequest(request.id, .solveOnSpot(how: "当场解答\(step)"))
        }
      default:
        // An exchange: a new bundle, or one written earlier, imported now (again or late).
        let from = at
        let to = (from + 1 + random.next(2)) % 3
        if random.next(3) > 0 || sent.isEmpty {
          let url = try replicas[from].send(to: replicas[to])
          sent.append(Sent(url: url, to: to, seen: seen[from]))
          try replicas[to].receive(url)
          seen[to].formUnion(seen[from])
        } else {
          let old = sent[random.next(sent.count)]
          try replicas[old.to].receive(old.url)
          seen[old.to].formUnion(old.seen)
        }
      }
    }
    // They meet until each has everything.
    for _ in 0..<2 {
      for from in 0..<3 {
        for to in 0..<3 where to != from {
          try replicas[to].receive(try replicas[from].send(to: replicas[to]))
        }
      }
    }
    let snapshots = try replicas.map { try $0.snapshot() }
    for table in snapshots[0].keys.sorted() {
      #expect(
        snapshots[1][table] == snapshots[0][table] && snapshots[2][table] == snapshots[0][table],
        "seed \(seed): table \(table) differs between the laptops: \(difference(snapshots, table))")
    }
    let queue = try DatabaseQueue(path: replicas[0].store.url.path)
    defer { try? queue.close() }
    try queue.read { db in
      for (table, ids) in inserted {
        let held = Set(try String.fetchAll(db, sql: "SELECT id FROM \(table)"))
        #expect(ids.isSubset(of: held), "seed \(seed): rows of \(table) lost")
      }
      let replaced = writes.reduce(into: Set<Int>()) { $0.formUnion($1.knew) }
      for write in writes where !replaced.contains(write.id) {
        let current = try String.fetchOne(
          db, sql: "SELECT \(write.field) FROM \(write.table) WHERE id = ?", arguments: [write.row])
        let listed =
          try Bool.fetchOne(
            db,
            sql: """
              SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE table_name = ? AND row_id = ?
                AND field = ? AND value = ?)
              """, arguments: [write.table, write.row, write.field, write.value]) ?? false
        #expect(
          current == write.value || listed,
          "seed \(seed): \(write.table).\(write.field) = \(write.value) lost (now \(current ?? "nil"))"
        )
      }
    }
  }
}

/// The first rows of `table` the laptops do not all hold alike.
private func difference(_ snapshots: [[String: [String]]], _ table: String) -> String {
  let sets = snapshots.map { Set($0[table] ?? []) }
  let all = sets.reduce(Set<String>()) { $0.union($1) }
  let common = sets.reduce(all) { $0.intersection($1) }
  return all.subtracting(common).sorted().prefix(4).joined(separator: "\n")
}

extension SyncPropertyTests.Random: RandomNumberGenerator {
  mutating func next() -> UInt64 {
    UInt64(next(Int.max)) &* 2 &+ UInt64(next(2))
  }
}

extension LastmileStore {
  /// The ids of the live households, in order.
  fileprivate func householdIds() throws -> [UUID] {
    let queue = try DatabaseQueue(path: url.path)
    defer { try? queue.close() }
    return try queue.read { db in
      try String.fetchAll(db, sql: "SELECT id FROM household WHERE deleted_at IS NULL ORDER BY id")
    }.compactMap(UUID.init(uuidString:))
  }
}
