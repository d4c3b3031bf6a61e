import Crypto
import Foundation
import GRDB
import LastmileCore

/// The audit log's hash chain: each entry's link is SHA-256 over the link before it and the
/// entry's fields; the chain's value after the last entry of every write (and every 10,000
/// entries of a bulk one) is sealed in `audit_seal`. An entry changed, removed or slipped in
/// with the append-only triggers dropped no longer gives the seal after it.
enum AuditChain {
  /// How many entries one seal covers at most: a break is placed within this many.
  static let sealEvery = 10_000

  /// Seals the entries written since the last seal (none: nothing is written): from the chain
  /// `feed` worked out as they were written when it covers them, else read back.
  static func seal(_ db: Database, at: String, feed: AuditFeed? = nil) throws {
    let last = try lastSeal(db)
    let insert = try db.cachedStatement(
      sql: "INSERT INTO audit_seal (last_seq, hash, sealed_at) VALUES (?, ?, ?)")
    if let seals = try feed?.seals(db, after: last.seq) {
      for (seq, hash) in seals { try insert.execute(arguments: [seq, hex(hash), at]) }
      return
    }
    guard
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM audit_log WHERE seq > ?)", arguments: [last.seq])
        == true
    else { return }
    var chain = last.chain
    var count = 0
    var entries: [(Int, Data)] = []
    // The seals are written after the read: a statement reading the log stays alone on it.
    let seq = try AuditEntries.each(db, after: last.seq) { seq, fields in
      chain = link(chain, fields)
      count += 1
      if count % sealEvery == 0 { entries.append((seq, chain)) }
    }
    if count % sealEvery != 0 { entries.append((seq, chain)) }
    for (seq, hash) in entries { try insert.execute(arguments: [seq, hex(hash), at]) }
  }

  /// The last seal's entry and the chain's value there (none: before the first entry).
  static func lastSeal(_ db: Database) throws -> (seq: Int, chain: Data) {
    let last = try Row.fetchOne(
      db, sql: "SELECT last_seq, hash FROM audit_seal ORDER BY last_seq DESC LIMIT 1")
    return (last?["last_seq"] ?? 0, last.flatMap { hexData($0["hash"]) } ?? genesis)
  }

  /// Whether entries were written after the last seal (a database from before the seals, or
  /// entries a migration wrote): the next open seals them.
  static func hasUnsealed(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS (SELECT 1 FROM audit_log
          WHERE seq > coalesce((SELECT max(last_seq) FROM audit_seal), 0))
        """) ?? false
  }

  /// Works the chain out again from the first entry and compares it with every seal; says
  /// where it breaks, which entries are missing, and whether the end was cut off.
  static func verify(_ db: Database) throws -> (entries: Int, problems: [AuditChainProblem]) {
    let seals = try Row.fetchAll(
      db, sql: "SELECT last_seq, hash FROM audit_seal ORDER BY last_seq"
    ).map { (seq: $0["last_seq"] as Int, hash: $0["hash"] as String) }
    var problems: [AuditChainProblem] = []
    var chain = genesis
    var nextSeal = 0
    var blockStart = 1
    var expected = 1
    var entries = 0
    try AuditEntries.each(db, after: 0) { seq, fields in
      // Seals passed without their entry: the entry they end on is gone.
      while nextSeal < seals.count, seals[nextSeal].seq < seq {
        problems.append(.altered(from: blockStart, to: seals[nextSeal].seq))
        chain = hexData(seals[nextSeal].hash) ?? genesis
        blockStart = seals[nextSeal].seq + 1
        nextSeal += 1
      }
      if seq > expected { problems.append(.missing(from: expected, to: seq - 1)) }
      expected = seq + 1
      entries += 1
      chain = link(chain, fields)
      if nextSeal < seals.count, seals[nextSeal].seq == seq {
        if hex(chain) != seals[nextSeal].hash {
          problems.append(.altered(from: blockStart, to: seq))
          chain = hexData(seals[nextSeal].hash) ?? genesis
        }
        blockStart = seq + 1
        nextSeal += 1
      }
    }
    if nextSeal < seals.count {
      problems.append(.removedAtEnd(last: expected - 1, sealed: seals[seals.count - 1].seq))
    } else if blockStart < expected {
      problems.append(.unsealed(from: blockStart, count: expected - blockStart))
    }
    let issued =
      try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'") ?? 0
    if issued > expected - 1, nextSeal >= seals.count {
      problems.append(.removedAtEnd(last: expected - 1, sealed: issued))
    }
    return (entries, problems)
  }

  private static let genesis = Data(repeating: 0, count: 32)

  /// The next link: SHA-256 over the link before and the entry's fields (`AuditEntries`).
  static func link(_ previous: Data, _ fields: UnsafeRawBufferPointer) -> Data {
    var hasher = SHA256()
    hasher.update(data: previous)
    hasher.update(bufferPointer: fields)
    return Data(hasher.finalize())
  }

  private static func hex(_ data: Data) -> String {
    data.map { String(format: "%02x", $0) }.joined()
  }

  private static func hexData(_ text: String?) -> Data? {
    guard let text, text.count == 64 else { return nil }
    var data = Data(capacity: 32)
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(index, offsetBy: 2)
      guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
      data.append(byte)
      index = next
    }
    return data
  }
}

/// Where the audit log's chain does not hold.
public enum AuditChainProblem: Sendable, Equatable, Localizable {
  /// The entries from `from` to `to` do not give the seal after them: one was changed, removed
  /// or slipped in.
  case altered(from: Int, to: Int)
  /// Entries of these numbers are not there.
  case missing(from: Int, to: Int)
  /// The log ends at `last`, and entries up to `sealed` were written: its end was cut off.
  case removedAtEnd(last: Int, sealed: Int)
  /// `count` entries from `from` on carry no seal.
  case unsealed(from: Int, count: Int)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .altered(let from, let to): return l(.auditAltered(from, to))
    case .missing(let from, let to):
      return from == to ? l(.auditMissingOne(from)) : l(.auditMissing(from, to))
    case .removedAtEnd(let last, let sealed): return l(.auditRemovedAtEnd(last, sealed))
    case .unsealed(let from, let count): return l(.auditUnsealed(from, count))
    }
  }
}
