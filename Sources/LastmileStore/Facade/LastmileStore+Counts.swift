import Foundation
import GRDB
import LastmileCore

/// How many live rows each table holds, and how many requests are open and overdue.
public struct TableCounts: Sendable, Equatable {
  public var villages = 0
  public var households = 0
  public var members = 0
  public var cadres = 0
  public var visits = 0
  public var requests = 0
  /// Requests that still wait for a reply.
  public var openRequests = 0
  /// Open requests past their deadline today.
  public var overdueRequests = 0

  public init() {}

  /// Whether the roster, diary and queue are all empty.
  public var isEmpty: Bool { households == 0 && members == 0 && cadres == 0 && visits == 0 && requests == 0 }
}

extension LastmileStore {
  /// The counts as of the clock's today.
  public func counts() throws -> TableCounts {
    try read { db in
      var counts = TableCounts()
      func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
      }
      counts.villages = try count("SELECT count(*) FROM area WHERE level = 'village' AND deleted_at IS NULL")
      counts.households = try count("SELECT count(*) FROM household WHERE deleted_at IS NULL")
      counts.members = try count("SELECT count(*) FROM member WHERE deleted_at IS NULL")
      counts.cadres = try count("SELECT count(*) FROM cadre WHERE deleted_at IS NULL")
      counts.visits = try count("SELECT count(*) FROM visit WHERE deleted_at IS NULL")
      counts.requests = try count("SELECT count(*) FROM help_request WHERE deleted_at IS NULL")
      counts.openRequests = try count(
        "SELECT count(*) FROM help_request WHERE status IN ('registered', 'in_progress') AND deleted_at IS NULL")
      counts.overdueRequests = try count(
        """
        SELECT count(*) FROM help_request
        WHERE status IN ('registered', 'in_progress') AND due_on < ? AND deleted_at IS NULL
        """, [clock.today])
      return counts
    }
  }
}
