import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The queue narrowed by `filter`.
  func queueQuery(_ filter: RequestFilter) -> KeysetQuery {
    var query = Listing.requests
    if let status = filter.status {
      query = query.narrowed(by: "t.status = ?", arguments: [status.databaseValue])
    }
    if let category = filter.category {
      query = query.narrowed(by: "t.category = ?", arguments: [category.databaseValue])
    }
    if let channel = filter.channel {
      query = query.narrowed(by: "t.channel = ?", arguments: [channel.databaseValue])
    }
    if let decision = filter.decision {
      query = query.narrowed(by: "t.decision = ?", arguments: [decision.databaseValue])
    }
    if let assignee = filter.assignee {
      query = query.narrowed(by: "t.assignee = ?", arguments: [assignee.databaseValue])
    }
    if filter.overdue {
      let overdue = RequestSQL.overdue(on: clock.today)
      query = query.narrowed(by: overdue.condition, arguments: [overdue.argument.databaseValue])
    }
    if let day = filter.receptionDay {
      query = query.narrowed(
        by: "t.channel = 'walk_in' AND t.received_at >= ? AND t.received_at < ?",
        arguments: [day.description.databaseValue, day.adding(days: 1).description.databaseValue])
    }
    return query
  }

  /// A page of the queue.
  public func requestPage(
    filter: RequestFilter = RequestFilter(), sort: ListingSort, anchor: PageAnchor, limit: Int
  )
    throws -> [ListingRow<RequestSummary>]
  {
    try read { db in
      try queueQuery(filter).page(db, sort: sort, anchor: anchor, limit: limit).map { key, row in
        ListingRow(key: key, model: RequestSummary(row: row))
      }
    }
  }

  /// How many requests the filtered queue has.
  public func requestCount(filter: RequestFilter = RequestFilter()) throws -> Int {
    try read { db in try queueQuery(filter).count(db) }
  }

  /// The row number of a request in the filtered, sorted queue, less one.
  public func requestPosition(
    of key: ListingKey, filter: RequestFilter = RequestFilter(), sort: ListingSort
  ) throws
    -> Int
  {
    try read { db in try queueQuery(filter).position(of: key, db, sort: sort) }
  }
}

extension RequestSummary {
  /// A request as a query of `help_request` (with `village_name`) reads it.
  init(row: Row) {
    self.init(
      id: row.uuid("id") ?? UUID(), receivedAt: row["received_at"],
      channel: row["channel"] ?? .other,
      requester: row["requester_name"], village: row["village_name"] ?? "",
      category: row["category"],
      urgency: row["urgency"] ?? .normal, decision: row["decision"],
      status: row["status"] ?? .registered, assignee: row["assignee"] ?? "",
      dueOn: row["due_on"], extensions: row["extensions"] ?? 0,
      isMerged: row["merged_into_id"] != nil)
  }
}
