import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Whether `day` was opened as an extra reception day (加开).
  public func isExtraReceptionDay(_ day: LocalDate) throws -> Bool {
    try read { db in
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM reception_day WHERE day = ? AND kind = 'extra'",
        arguments: [day.description]) ?? false
    }
  }

  /// Records `day` as an extra reception day (加开) opened by the operator, once; the audit log
  /// says who and when.
  public func openExtraReceptionDay(_ day: LocalDate) throws {
    try write { db, context in
      guard
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM reception_day WHERE day = ?", arguments: [day.description])
          != true
      else { return }
      try db.execute(
        sql: """
          INSERT INTO reception_day (day, kind, opened_by, created_at, device_id)
          VALUES (?, 'extra', ?, ?, ?)
          """,
        arguments: [day.description, context.operatorName, context.timestamp, context.deviceId])
      try db.appendAudit(
        table: "reception_day", rowId: day.description, action: "extra", before: nil,
        after: [("kind", "extra".databaseValue)], note: "", context: context)
    }
  }
}
