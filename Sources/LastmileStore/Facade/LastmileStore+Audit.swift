import Foundation
import GRDB
import LastmileCore

/// One entry of the audit log: who changed which row, when, and the fields before and after.
public struct AuditEntry: Sendable, Equatable {
  public let seq: Int
  /// The UTC instant, as stored (`2026-11-25T07:20:31.415Z`).
  public let at: String
  public let operatorName: String
  public let deviceId: String
  public let table: String
  public let rowId: String
  /// `insert`, `update`, `delete`, `restore`, or the name of a workflow action.
  public let action: String
  /// The changed fields before the change, as a JSON object; nil for an insert.
  public let before: String?
  /// The changed fields after the change, as a JSON object.
  public let after: String?
  public let note: String
}

extension AuditEntry: FetchableRecord {
  public init(row: Row) throws {
    seq = row["seq"]
    at = row["at"]
    operatorName = row["operator"]
    deviceId = row["device_id"]
    table = row["table_name"]
    rowId = row["row_id"]
    action = row["action"]
    before = row["before"]
    after = row["after"]
    note = row["note"]
  }
}

extension LastmileStore {
  /// The audit entries of one row, oldest first.
  public func auditEntries(table: String, rowId: UUID) throws -> [AuditEntry] {
    try auditEntries(table: table, rowId: rowId.databaseText)
  }

  /// The audit entries of a row named by its id as stored (`*` for a whole list), oldest first.
  public func auditEntries(table: String, rowId: String) throws -> [AuditEntry] {
    try read { db in
      try AuditEntry.fetchAll(
        db, sql: "SELECT * FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY seq",
        arguments: [table, rowId])
    }
  }
}

/// Which audit entries `lastmile audit` prints.
public struct AuditFilter: Sendable {
  /// Entries on or after this local day.
  public var since: LocalDate?
  /// Entries by this operator only.
  public var operatorName: String?

  public init(since: LocalDate? = nil, operatorName: String? = nil) {
    self.since = since
    self.operatorName = operatorName
  }
}

extension LastmileStore {
  /// Calls `body` with each audit entry the filter keeps, oldest first, reading the log as it
  /// goes (a county's millions of entries are never held at once).
  public func auditLog(_ filter: AuditFilter, _ body: (AuditEntry) throws -> Void) throws {
    try read { db in
      let cursor = try AuditEntry.fetchCursor(
        db,
        sql: "SELECT * FROM audit_log WHERE (? IS NULL OR operator = ?) ORDER BY seq",
        arguments: [filter.operatorName, filter.operatorName])
      while let entry = try cursor.next() {
        if let since = filter.since, entry.localTime.date < since { continue }
        try body(entry)
      }
    }
  }

  /// Works the audit log's hash chain out again and compares it with its seals: how many
  /// entries there are, and where the chain breaks.
  public func verifyAuditChain() throws -> (entries: Int, problems: [AuditChainProblem]) {
    try read { db in try AuditChain.verify(db) }
  }
}

extension AuditEntry {
  /// When the entry was written, in local time.
  public var localTime: LocalDateTime {
    LocalDateTime(Timestamp.date(at) ?? Date(timeIntervalSince1970: 0))
  }
}
