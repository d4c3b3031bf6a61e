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
