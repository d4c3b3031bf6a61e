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
  /// When it was saved (UTC, as stored; the store sets it when saving).
  public let savedAt: String
  /// Whether the session that wrote it is still running (another window on this machine is
  /// still typing it): then it is not a draft left behind.
  public let inUseElsewhere: Bool

  public init(
    kind: String, title: String, payload: String, operatorName: String, savedAt: String = "",
    inUseElsewhere: Bool = false
  ) {
    self.inUseElsewhere = inUseElsewhere
    self.kind = kind
    self.title = title
    self.payload = payload
    self.operatorName = operatorName
    self.savedAt = savedAt
  }
}

extension LastmileStore {
  /// Keeps the draft of a form being filled in: it replaces the draft of the same form (one
  /// draft per form; the desk is one form).
  public func saveDraft(_ draft: Draft) throws {
    try write { db, _ in
      try db.execute(sql: "DELETE FROM draft WHERE kind = ?", arguments: [draft.kind])
      try db.execute(
        sql:
          "INSERT INTO draft (id, kind, title, payload, operator, saved_at, session) VALUES (?, ?, ?, ?, ?, ?, ?)",
        arguments: [
          UUID.timeOrdered().databaseText, draft.kind, draft.title, draft.payload,
          draft.operatorName, Timestamp.text(clock.instant), Session.current.text,
        ])
    }
  }

  /// The drafts in the database, the newest first; those another running session is still
  /// typing are marked so.
  public func pendingDrafts() throws -> [Draft] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM draft ORDER BY saved_at DESC").map { row in
        Draft(
          kind: try row.value("kind", in: "draft"), title: try row.value("title", in: "draft"),
          payload: try row.value("payload", in: "draft"),
          operatorName: try row.value("operator", in: "draft"),
          savedAt: try row.value("saved_at", in: "draft"),
          inUseElsewhere: Session(text: try row.value("session", in: "draft"))?.isRunningElsewhere
            ?? false)
      }
    }
  }

  /// Forgets the draft of one form (restored and saved, or discarded).
  public func clearDraft(kind: String) throws {
    try write { db, _ in try db.execute(sql: "DELETE FROM draft WHERE kind = ?", arguments: [kind])
    }
  }
}
