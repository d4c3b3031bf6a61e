import Foundation
import GRDB
import LastmileCore

/// The peers' records (`sync_peer`): what each acknowledged, what was last sent and received.
enum SyncPeers {
  /// What the peer called `label` acknowledged (nothing for one never heard from).
  static func known(_ db: Database, label: String) throws -> [String: Int64] {
    guard
      let text = try String.fetchOne(
        db, sql: "SELECT known FROM sync_peer WHERE label = ?", arguments: [label])
    else { return [:] }
    return decode(text)
  }

  /// Records a bundle received from `device` (code `code`), which held `known`.
  static func received(
    _ db: Database, device: String, code: String, known: [String: Int64], operations: Int,
    at time: String
  ) throws {
    let label = try label(db, device: device, code: code)
    var merged = try self.known(db, label: label)
    for (origin, number) in known { merged[origin] = max(merged[origin] ?? 0, number) }
    try db.execute(
      sql: """
        INSERT INTO sync_peer (label, device_id, known, received_at, received_ops)
        VALUES (:label, :device, :known, :time, :operations)
        ON CONFLICT(label) DO UPDATE SET device_id = :device, known = :known,
          received_at = :time, received_ops = :operations
        """,
      arguments: [
        "label": label, "device": device, "known": encode(merged), "time": time,
        "operations": operations,
      ])
  }

  /// Records a bundle written for `label`, holding `operations` operations.
  static func sent(_ db: Database, label: String, operations: Int, at time: String) throws {
    let own = try SyncLog.known(db)[try SyncLog.device(db)] ?? 0
    try db.execute(
      sql: """
        INSERT INTO sync_peer (label, sent_at, sent_seq, sent_ops)
        VALUES (:label, :time, :seq, :operations)
        ON CONFLICT(label) DO UPDATE SET sent_at = :time, sent_seq = max(sent_seq, :seq),
          sent_ops = :operations
        """, arguments: ["label": label, "time": time, "seq": own, "operations": operations])
  }

  /// The label the peer `device` goes by: the one it had, else its code (made unique).
  private static func label(_ db: Database, device: String, code: String) throws -> String {
    if let held = try String.fetchOne(
      db, sql: "SELECT label FROM sync_peer WHERE device_id = ?", arguments: [device])
    {
      return held
    }
    let taken = try String.fetchOne(
      db, sql: "SELECT device_id FROM sync_peer WHERE label = ?", arguments: [code])
    if taken == nil || taken == device { return code }
    return code + "-" + String(device.filter(\.isHexDigit).prefix(4)).uppercased()
  }

  /// Every peer, by label.
  static func all(_ db: Database) throws -> [SyncPeer] {
    let held = try SyncLog.known(db)
    return try Row.fetchAll(db, sql: "SELECT * FROM sync_peer ORDER BY label").map { row in
      let known = decode(row["known"])
      let missing = held.reduce(0) { $0 + max(0, Int($1.value - (known[$1.key] ?? 0))) }
      return SyncPeer(
        label: row["label"], deviceId: row["device_id"], known: known,
        receivedAt: row["received_at"], receivedOperations: row["received_ops"],
        sentAt: row["sent_at"], sentOperations: row["sent_ops"], unacknowledged: missing)
    }
  }

  /// Records changed here and not yet written into any bundle (the audit entries aside).
  static func unsent(_ db: Database) throws -> Int {
    let sent = try Int64.fetchOne(db, sql: "SELECT ifnull(max(sent_seq), 0) FROM sync_peer") ?? 0
    return try Int.fetchOne(
      db,
      sql: """
        SELECT count(DISTINCT table_name || ' ' || row_id) FROM sync_op
        WHERE device_id = (SELECT device_id FROM sync_clock) AND seq > ?
          AND table_name <> 'audit_log'
        """, arguments: [sent]) ?? 0
  }

  static func encode(_ known: [String: Int64]) -> String {
    JSONValue.object(known.keys.sorted().map { ($0, .int(Int(known[$0]!))) }).serialized()
  }

  static func decode(_ text: String) -> [String: Int64] {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { return [:] }
    return object.compactMapValues { ($0 as? NSNumber)?.int64Value }
  }
}
