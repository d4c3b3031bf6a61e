import Foundation
import GRDB
import LastmileCore
import LastmileStore
import LastmileSync
import TestSupport

/// A laptop of a sync test: its own database in the test's folder, its own device id.
struct Replica {
  let store: LastmileStore
  let name: String
  let folder: TemporaryFolder

  /// A new database for the laptop `n` (its device id ends in `n` as two hex digits).
  init(
    _ n: Int, in folder: TemporaryFolder, store: LastmileStore? = nil,
    clock: Clock = .stopped(at: Fixtures.now)
  ) throws {
    self.folder = folder
    name = "laptop\(n)"
    let device = String(format: "00000000-0000-4000-8000-0000000000%02x", n)
    self.store =
      try store
      ?? LastmileStore.open(
        at: folder.file("\(name).db"), clock: clock, newDeviceId: device
      ).acting(as: "干部\(n)")
  }

  /// Writes a plain bundle for `peer` and returns its file.
  @discardableResult
  func send(to peer: Replica, full: Bool = false) throws -> URL {
    let url = folder.file("\(name)-to-\(peer.name)-\(UUID().uuidString.prefix(6)).lmsync")
    _ = try SyncExchange.export(
      store, to: peer.store.deviceCode, url: url, passphrase: nil, full: full)
    return url
  }

  /// Merges the bundle at `url`.
  @discardableResult
  func receive(_ url: URL) throws -> SyncSummary {
    try SyncExchange.import(store, data: try Data(contentsOf: url), passphrase: nil)
  }

  /// The office's data as every laptop must hold it alike: every synced and derived table
  /// row by row, all columns (the audit log by its writer and number, not by the number
  /// this laptop gave the entry).
  func snapshot(audit: Bool = true) throws -> [String: [String]] {
    let queue = try DatabaseQueue(path: store.url.path)
    defer { try? queue.close() }
    return try queue.read { db in
      var tables: [String: [String]] = [:]
      let names = try String.fetchAll(
        db,
        sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      for name in names {
        guard let scope = SyncTables.scope(of: name), scope != .local else { continue }
        if name.hasPrefix("household_search") { continue }
        var sql = "SELECT * FROM \(name)"
        switch name {
        case "audit_log":
          guard audit else { continue }
          sql =
            "SELECT at, operator, device_id, table_name, row_id, action, before, after, note, ifnull(origin_seq, seq) FROM audit_log WHERE table_name <> 'sync'"
        case "setting": sql += " WHERE key NOT IN ('device_id', 'last_operator', 'search.version')"
        case "sync_conflict":
          sql = "SELECT kind, table_name, row_id, field, op_id, value, winner_id FROM sync_conflict"
        default: break
        }
        tables[name] = try Row.fetchAll(db, sql: sql).map { $0.description }.sorted()
      }
      return tables
    }
  }
}
