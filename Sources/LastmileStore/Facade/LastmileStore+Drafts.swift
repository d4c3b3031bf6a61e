import Foundation
import GRDB
import LastmileCore

/// A form saved as it was when the program was stopped.
public struct Draft: Sendable, Equatable {
  /// What form it is (`settings`, `household`, …), for the application to reopen it.
  public let kind: String
  /// The form's title, to name it when offering it back.
  public let title: String
  /// The form's values, as the application encoded them.
  public let payload: String
  public let operatorName: String
  /// When it was saved (UTC, as stored).
  public let savedAt: String

  public init(
    kind: String, title: String, payload: String, operatorName: String,
    savedAt: String = Timestamp.now
  ) {
    self.kind = kind
    self.title = title
    self.payload = payload
    self.operatorName = operatorName
    self.savedAt = savedAt
  }
}

extension LastmileStore {
  /// Keeps the draft of the form being filled in (one per device: the newest replaces it).
  public func saveDraft(_ draft: Draft) throws {
    try write { db, _ in
      try db.execute(sql: "DELETE FROM draft")
      try db.execute(
        sql:
          "INSERT INTO draft (id, kind, title, payload, operator, saved_at) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [
          UUID.timeOrdered().databaseText, draft.kind, draft.title, draft.payload,
          draft.operatorName, draft.savedAt,
        ])
    }
  }

  /// The draft left by the last session, if any.
  public func pendingDraft() throws -> Draft? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM draft ORDER BY saved_at DESC LIMIT 1").map { row in
        Draft(
          kind: row["kind"], title: row["title"], payload: row["payload"],
          operatorName: row["operator"], savedAt: row["saved_at"])
      }
    }
  }

  /// Forgets the draft (restored or discarded).
  public func clearDraft() throws {
    try write { db, _ in try db.execute(sql: "DELETE FROM draft") }
  }
}
