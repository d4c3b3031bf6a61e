import GRDB
import LastmileCore

/// The review's requests of every area read from `request_tally`: the whole months of a period
/// and of the one before from the tally, the days at either end from the requests' rows, and
/// the part of the response rate that depends on the day read (the unanswered past their
/// deadline) from the few requests not answered.
enum RequestTallySQL {
  /// Both periods' requests grouped by `current`, category, channel and status, with the sums
  /// of `RatesSQL.sums`, as `RatesSQL.figures` reads them.
  static func groups(_ db: Database, period: Period, previous: Period, today: LocalDate) throws
    -> [Row]
  {
    let now = MonthSplit(first: period.first, through: period.last)
    let before = MonthSplit(first: previous.first, through: previous.last)
    // A day's requests are those received from its start to before the end of its text:
    // `2026-11-20T17:59` < `2026-11-20Z`.
    let edges = (0..<4).map { edge in
      "(r.received_at >= ?\(2 * edge + 1) AND r.received_at < ?\(2 * edge + 2) || 'Z')"
    }
    let arguments =
      [now.head, now.tail, before.head, before.tail].flatMap { [$0.first, $0.last] }
      + [
        today.description, now.months.first, now.months.last, before.months.first,
        before.months.last, period.first.description,
      ]
    return try Row.fetchAll(
      db,
      sql: """
        SELECT current, category, channel, status, sum(received) AS received,
          sum(response_n) AS response_n, sum(response_d) AS response_d, sum(closed) AS closed,
          sum(satisfied) AS satisfied, sum(rated) AS rated, sum(followed) AS followed
        FROM (
          SELECT month >= ?10 AS current, category, channel, status, received,
            in_time AS response_n, answered AS response_d, closed, satisfied, rated, followed
          FROM request_tally WHERE month BETWEEN ?10 AND ?11 OR month BETWEEN ?12 AND ?13
          UNION ALL
          SELECT r.received_at >= ?14, r.category, r.channel, r.status, 0, 0, count(*), 0, 0, 0, 0
          FROM help_request r INDEXED BY help_request_unanswered
          WHERE r.replied_at IS NULL AND r.closed_at IS NULL AND r.deleted_at IS NULL
            AND r.merged_into_id IS NULL AND r.due_on < ?9
            AND (substr(r.received_at, 1, 7) BETWEEN ?10 AND ?11
              OR substr(r.received_at, 1, 7) BETWEEN ?12 AND ?13)
          GROUP BY 1, 2, 3, 4
          UNION ALL
          SELECT r.received_at >= ?14, r.category, r.channel, r.status, \(RatesSQL.sums)
          FROM \(RatesSQL.requests)
          WHERE r.deleted_at IS NULL AND r.merged_into_id IS NULL
            AND (\(edges.joined(separator: " OR ")))
          GROUP BY 1, 2, 3, 4)
        GROUP BY 1, 2, 3, 4
        """, arguments: StatementArguments(arguments))
  }
}
