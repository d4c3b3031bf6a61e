import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The queue narrowed by `filter`.
  func queueQuery(_ filter: RequestFilter) -> KeysetQuery {
    var query = Listing.requests
    if !filter.statuses.isEmpty {
      let statuses = RequestStatus.allCases.filter(filter.statuses.contains)
      query = query.narrowed(
        by: "t.status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))",
        arguments: statuses.map(\.databaseValue))
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
    if let flag = filter.flag {
      let (condition, arguments) = DeskFlagSQL.condition(
        flag, today: clock.today, calendar: calendar)
      query = query.narrowed(by: condition, arguments: arguments)
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
    if let days = filter.receivedIn {
      query = query.narrowed(
        by: "t.merged_into_id IS NULL AND t.received_at >= ? AND t.received_at < ?",
        arguments: [
          days.lowerBound.description.databaseValue,
          days.upperBound.adding(days: 1).description.databaseValue,
        ])
      // Counted from the index of what the review counts by (7 ms for a county's month, where
      // the planner would read each request's row: 0.1 to 0.9 s).
      query.countIndex = "help_request_review"
      // A page of a few months' requests too: sorting them (10 ms for a month) is quicker than
      // walking the work order past the rest (0.4 s for the closed of a month).
      if days.lowerBound.days(to: days.upperBound) <= 92 { query.pageIndex = "help_request_review" }
    }
    if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
      query = query.narrowed(by: Self.textCondition(text), arguments: Self.textArguments(text))
    }
    if filter.stillOpen {
      query = query.narrowed(
        by: "t.merged_into_id IS NULL AND t.status IN ('registered', 'in_progress', 'replied')")
    }
    if let area = filter.area {
      query = query.narrowed(
        by: """
          t.area_id IN (WITH RECURSIVE scope(id) AS (SELECT ? UNION
            SELECT a.id FROM area a JOIN scope s ON a.parent_id = s.id) SELECT id FROM scope)
          """, arguments: [area.databaseText.databaseValue])
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
        ListingRow(key: key, model: try RequestSummary(row: row))
      }
    }
  }

  /// How many requests the filtered queue has.
  public func requestCount(filter: RequestFilter = RequestFilter()) throws -> Int {
    try read { db in try queueQuery(filter).count(db) }
  }

}

extension LastmileStore {
  /// What a text search of the queue holds to: a number (`SQ-2026…`, in any case) by the start
  /// of its text, found from the index of numbers; other words in the requester's name, the
  /// matter, the reply or anywhere in the number.
  static func textCondition(_ text: String) -> String {
    text.uppercased().hasPrefix(RequestNumber.prefix + "-")
      ? "t.number >= ? AND t.number < ?"
      : """
      (t.requester_name LIKE ? ESCAPE '\\' OR t.content LIKE ? ESCAPE '\\'
        OR t.reply LIKE ? ESCAPE '\\' OR t.number LIKE ? ESCAPE '\\')
      """
  }

  static func textArguments(_ text: String) -> [DatabaseValue] {
    let upper = text.uppercased()
    if upper.hasPrefix(RequestNumber.prefix + "-") {
      return [upper.databaseValue, (upper + "~").databaseValue]
    }
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    return Array(repeating: "%\(escaped)%".databaseValue, count: 4)
  }
}

extension RequestSummary {
  /// A request as a query of `help_request` (with `village_name`) reads it.
  init(row: Row) throws {
    let t = HelpRequest.Columns.table
    self.init(
      id: try row.id("id", in: t), receivedAt: try row.value("received_at", in: t),
      channel: try row.value("channel", in: t), requester: try row.value("requester_name", in: t),
      village: try row.optional("village_name", in: t) ?? "",
      category: try row.value("category", in: t), urgency: try row.value("urgency", in: t),
      decision: try row.optional("decision", in: t), status: try row.value("status", in: t),
      assignee: try row.value("assignee", in: t), dueOn: try row.optional("due_on", in: t),
      extensions: try row.value("extensions", in: t),
      isMerged: try row.optionalId("merged_into_id", in: t) != nil,
      number: try row.optional("number", in: t) ?? "", content: try row.value("content", in: t))
    returned = row.hasColumn("returned_at") && row["returned_at"] != nil
    awaitingApproval = row.hasColumn("close_requested_by") && row["close_requested_by"] != nil
  }
}
