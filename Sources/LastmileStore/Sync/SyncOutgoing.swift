import GRDB

/// The operations a peer has not acknowledged, as the JSON lines of a bundle.
enum SyncOutgoing {
  /// Gives every operation held here beyond what `known` says the peer holds (all of them
  /// when it is empty), oldest first for each device, each as its JSON line; returns how many.
  static func lines(
    _ db: Database, beyond known: [String: Int64], each: (String) throws -> Void
  ) throws -> Int {
    var count = 0
    for (device, _) in try SyncLog.known(db).sorted(by: { $0.key < $1.key }) {
      let cursor = try String.fetchCursor(
        db.cachedStatement(sql: "\(select) WHERE device_id = ? AND seq > ? ORDER BY seq"),
        arguments: [device, known[device] ?? 0])
      while let line = try cursor.next() {
        try each(line)
        count += 1
      }
    }
    return count
  }

  /// How many operations `lines(beyond:)` would give.
  static func count(_ db: Database, beyond known: [String: Int64]) throws -> Int {
    var count = 0
    for (device, held) in try SyncLog.known(db) {
      count += max(0, Int(held - (known[device] ?? 0)))
    }
    return count
  }

  /// An operation as its line (`SyncOperation.json`); an operation written before the clock
  /// was first set takes the earliest time.
  private static let select = """
    SELECT json_object('id', id, 'device', device_id, 'seq', seq,
      'hlc', CASE WHEN instr(version, '-') THEN substr(version, 1, length(version) - 13)
        ELSE '0000000000000000-00000-' || device_id END,
      'table', table_name, 'row', row_id, 'kind', kind, 'field', field,
      'value', CASE kind WHEN 'row' THEN json(value) ELSE value END, 'prior', prior)
    FROM sync_op
    """
}
