import Foundation
import GRDB
import LastmileCore

/// The rules of the 12345 rates as SQL, the one place they are written: what a request counts
/// towards each rate, summed over the rows of `help_request r`. The last argument of a query
/// using them is today.
enum RatesSQL {
  /// The requests as the rates read them: from the index that holds every column they count
  /// by (left to itself, the planner takes the narrower index of the days received and reads
  /// every request's row: 2 s for a county's month instead of 0.09).
  static let requests = "help_request r INDEXED BY help_request_review"

  /// The day a request was answered: replied, or closed without a reply.
  static let repliedOn = "substr(coalesce(r.replied_at, r.closed_at), 1, 10)"

  /// Replied by its deadline (or it has none).
  static let inTime =
    "(\(repliedOn) IS NOT NULL AND (r.due_on IS NULL OR \(repliedOn) <= r.due_on))"

  /// Counted by the response rate: answered, or past its deadline with no answer.
  static let answerable = "(\(repliedOn) IS NOT NULL OR ifnull(r.due_on < ?\(today), 0))"

  /// The number of today's argument: the last of every query.
  private static let today = 9

  /// The sums of a group of requests, read back by `figures(_:)`.
  static let sums = """
    count(*) AS received,
    ifnull(sum(\(inTime)), 0) AS response_n, ifnull(sum(\(answerable)), 0) AS response_d,
    ifnull(sum(r.status = 'closed'), 0) AS closed,
    ifnull(sum(r.satisfaction IS NOT NULL AND r.satisfaction <> 'dissatisfied'), 0) AS satisfied,
    ifnull(sum(r.satisfaction IS NOT NULL), 0) AS rated,
    ifnull(sum(r.status = 'closed' AND r.followed_up_on IS NOT NULL), 0) AS followed
    """

  /// Why a request lowered a rate, or NULL: 不满意 first, then a late reply, then no reply
  /// past its deadline.
  static let lowering = """
    CASE WHEN r.satisfaction = 'dissatisfied' THEN 'dissatisfied'
      WHEN \(repliedOn) IS NOT NULL AND NOT \(inTime) THEN 'late_reply'
      WHEN \(repliedOn) IS NULL AND ifnull(r.due_on < ?\(today), 0) THEN 'unreplied' END
    """

  /// The figures a row of `sums` holds.
  static func figures(_ row: Row) -> RatesReport.Figures {
    RatesReport.Figures(
      received: row["received"],
      response: .init(numerator: row["response_n"], denominator: row["response_d"]),
      resolution: .init(numerator: row["closed"], denominator: row["received"]),
      satisfaction: .init(numerator: row["satisfied"], denominator: row["rated"]),
      followUp: .init(numerator: row["followed"], denominator: row["closed"]))
  }

  /// The requests of a period (and an area, with those in it): a condition over `r` with its
  /// arguments, numbered so that the query's `own` are the fourth on and today is the ninth
  /// (given last by the caller).
  static func scope(
    _ db: Database, from: LocalDate, through: LocalDate, area: UUID?, own: [String] = []
  ) throws -> (condition: String, arguments: StatementArguments) {
    var condition = """
      r.deleted_at IS NULL AND r.merged_into_id IS NULL AND r.received_at >= ?1 AND r.received_at < ?2
      """
    var arguments: StatementArguments = [from.description, through.adding(days: 1).description]
    if let area {
      condition += " AND r.area_id IN (SELECT value FROM json_each(?3))"
      arguments += [try AreaScope.ids(db, within: area)]
    } else {
      arguments += [""]
    }
    // Arguments 4 to 8 are the query's own; today is the ninth.
    arguments += StatementArguments(own + Array(repeating: "", count: 5 - own.count))
    return (condition, arguments)
  }
}

/// An area and the areas in it, as a JSON list of ids that a query reads with `json_each`.
enum AreaScope {
  static func ids(_ db: Database, within area: UUID) throws -> String {
    let ids = try String.fetchAll(
      db,
      sql: """
        WITH RECURSIVE scope(id) AS (SELECT ? UNION SELECT a.id FROM area a JOIN scope s ON a.parent_id = s.id)
        SELECT id FROM scope
        """, arguments: [area.databaseText])
    let data = try JSONEncoder().encode(ids)
    return String(decoding: data, as: UTF8.self)
  }
}
