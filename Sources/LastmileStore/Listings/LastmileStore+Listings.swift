import Foundation
import GRDB
import LastmileCore

/// The sorted, paged listings the panes show.
public enum Listing: Sendable {
  /// Visits: sort keys date (0) and kind (1).
  public static let visits = KeysetQuery(
    table: "visit t", joins: ExportQueries.villageJoin,
    condition: "t.deleted_at IS NULL",
    columns: """
      t.id, t.visited_on, t.kind, t.content, v.name AS village_name,
      (SELECT group_concat(name, '、') FROM (SELECT c.name FROM visit_cadre vc JOIN cadre c ON c.id = vc.cadre_id
        WHERE vc.visit_id = t.id ORDER BY vc.position)) AS cadre_names,
      (SELECT group_concat(h.head_name, '、') FROM visit_household vh JOIN household h ON h.id = vh.household_id
        WHERE vh.visit_id = t.id) AS household_names,
      (SELECT count(*) FROM help_request r WHERE r.visit_id = t.id AND r.deleted_at IS NULL) AS raised
      """,
    sortExpressions: ["t.visited_on", "t.kind"])

  /// Requests: sort keys working order (0), received (1), deadline (2) and status (3).
  public static let requests = KeysetQuery(
    table: "help_request t", joins: ExportQueries.villageJoin,
    condition: "t.deleted_at IS NULL",
    columns: """
      t.id, t.received_at, t.channel, t.requester_name, t.category, t.urgency, t.decision, t.status, t.assignee,
      t.due_on, t.extensions, t.merged_into_id, t.number, t.content, t.returned_at, t.close_requested_by,
      v.name AS village_name
      """,
    sortExpressions: [
      RequestSQL.workOrder, "t.received_at", "ifnull(t.due_on, '9999-12-31')",
      "t.status",
    ])
}

extension LastmileStore {
  /// How many rows a listing has.
  public func count(of listing: KeysetQuery) throws -> Int {
    try read { db in try listing.count(db) }
  }

  /// The position of a row in a listing.
  public func position(of key: ListingKey, in listing: KeysetQuery, sort: ListingSort) throws -> Int
  {
    try read { db in try listing.position(of: key, db, sort: sort) }
  }
}

extension LastmileStore {
  /// A page read from `anchor` and, when `withCount`, how many rows the listing has: a first
  /// page shorter than `limit` holds every row and is its own count (a search that finds few
  /// rows reads them once, not twice).
  public static func page<Row>(
    from anchor: PageAnchor, limit: Int, withCount: Bool, _ page: () throws -> [Row],
    count: () throws -> Int
  ) rethrows -> (rows: [Row], total: Int?) {
    let rows = try page()
    guard withCount else { return (rows, nil) }
    if case .first = anchor, rows.count < limit { return (rows, rows.count) }
    return (rows, try count())
  }
}
