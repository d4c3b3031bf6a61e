import Crypto
import Foundation
import GRDB
import Synchronization

/// The audit log's chain worked out as a large write appends its entries, on another core,
/// so that the seal at its end need not read 200,000 entries back (an import of 100,000
/// households) on the one that writes.
///
/// The writer hands each entry's values over as it inserts them; the chain is taken over the
/// same bytes `AuditEntries` reads. The seal uses it only if it covers exactly the entries the
/// log holds after the last seal and its last entry reads back as it was handed over; else
/// (an entry written another way, a statement rolled back) it reads them, as any write's.
final class AuditFeed: @unchecked Sendable {
  /// One entry's values but its number.
  struct Entry {
    let at: String
    let operatorName: String
    let deviceId: String
    let table: String
    let rowId: String
    let action: String
    let before: String?
    let after: String?
    let note: String
  }

  private let queue = DispatchQueue(label: "lastmile.audit-feed")
  private let group = DispatchGroup()
  /// The writer's side: the number the next entry should have; nil once the feed is broken.
  private var next: Int?
  /// The hasher's side, touched on `queue` only: the chain, the entries taken, and the seals
  /// due every `AuditChain.sealEvery` entries.
  private var chain: Data
  private var count = 0
  private var last: (seq: Int, bytes: [UInt8])?
  private var seals: [(seq: Int, hash: Data)] = []

  private init(after seq: Int, chain: Data) {
    next = seq + 1
    self.chain = chain
  }

  /// The feeds of the connections writing with one.
  private static let active = Mutex<[ObjectIdentifier: AuditFeed]>([:])

  /// The feed of `db`'s write, if it has one.
  static func of(_ db: Database) -> AuditFeed? {
    active.withLock { $0[ObjectIdentifier(db)] }
  }

  /// Runs `body`, a write's, with a feed its entries are handed to; `seal` is given it.
  static func feeding<T>(_ db: Database, _ body: (AuditFeed?) throws -> T) throws -> T {
    let sealed = try AuditChain.lastSeal(db)
    // Entries left unsealed by an earlier write are read at the seal, as without a feed.
    let unsealed = try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM audit_log WHERE seq > ?)", arguments: [sealed.seq])
    guard unsealed == false else { return try body(nil) }
    let feed = AuditFeed(after: sealed.seq, chain: sealed.chain)
    active.withLock { $0[ObjectIdentifier(db)] = feed }
    defer { active.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(db)) } }
    return try body(feed)
  }

  /// Entries just inserted, the last of them numbered `lastSeq`, in order.
  func add(_ entries: [Entry], lastSeq: Int) {
    guard let expected = next, !entries.isEmpty else { return }
    let first = lastSeq - entries.count + 1
    guard first == expected else {
      next = nil
      return
    }
    next = lastSeq + 1
    queue.async(group: group) { [self] in
      var bytes: [UInt8] = []
      bytes.reserveCapacity(1_024)
      for (offset, entry) in entries.enumerated() {
        let seq = first + offset
        AuditEntries.layout(
          seq: seq,
          [
            entry.at, entry.operatorName, entry.deviceId, entry.table, entry.rowId, entry.action,
            entry.before, entry.after, entry.note,
          ], into: &bytes)
        chain = bytes.withUnsafeBytes { AuditChain.link(chain, $0) }
        count += 1
        if count % AuditChain.sealEvery == 0 { seals.append((seq, chain)) }
        last = (seq, bytes)
      }
    }
  }

  /// An entry was written that the feed was not given: the seal reads the entries back.
  func breakOff() { next = nil }

  /// The seals of the entries written since the last seal, as the chain over them gives; nil
  /// when the feed does not cover exactly the log's entries after `sealedSeq`.
  func seals(_ db: Database, after sealedSeq: Int) throws -> [(seq: Int, hash: Data)]? {
    guard next != nil else { return nil }
    group.wait()
    guard let last else { return [] }
    let row = try Row.fetchOne(
      db, sql: "SELECT count(*), max(seq) FROM audit_log WHERE seq > ?", arguments: [sealedSeq])
    guard row?[0] == count, row?[1] == last.seq else { return nil }
    var readBack: [UInt8]?
    try AuditEntries.each(db, after: last.seq - 1) { _, fields in readBack = Array(fields) }
    guard readBack == last.bytes else { return nil }
    var due = seals
    if due.last?.seq != last.seq { due.append((last.seq, chain)) }
    return due
  }
}
