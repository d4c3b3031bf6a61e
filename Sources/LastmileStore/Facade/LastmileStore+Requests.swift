import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The locality's deadline policy.
  public func deadlinePolicy() throws -> DeadlinePolicy {
    try read { db in try SettingsAccess.deadlinePolicy(db) }
  }

  /// Registers a new help request; its reply deadline is computed from the receipt date
  /// unless it was solved on the spot or a deadline is given. Its history starts here.
  @discardableResult
  public func registerRequest(_ request: HelpRequest) throws -> HelpRequest {
    var valid = try Validation.request(request).orThrow()
    return try write { db, context in
      if valid.dueOn == nil, valid.decision != .solvedOnSpot, valid.status.awaitsReply {
        let policy = try SettingsAccess.deadlinePolicy(db)
        valid.dueOn = policy.replyDue(receivedOn: valid.receivedAt.date, calendar: calendar).value
      }
      try db.insertAudited(
        into: HelpRequest.Columns.table, id: valid.id.databaseText, values: valid.columnValues,
        context: context, action: RequestAction.received.rawValue)
      return valid
    }
  }

  /// The live request with this id.
  public func request(id: UUID) throws -> HelpRequest? {
    try read { db in
      try HelpRequest.fetchOne(
        db, sql: "SELECT * FROM help_request WHERE id = ? AND deleted_at IS NULL",
        arguments: [id.databaseText])
    }
  }
}
