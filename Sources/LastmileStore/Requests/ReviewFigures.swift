import Foundation
import GRDB
import LastmileCore

/// What the review draws of a period's requests: how many by category and by channel, and the
/// four rates with those of the period before, to compare.
public struct ReviewFigures: Sendable, Equatable {
  public let period: Period
  /// The period before, of the same length.
  public let previousPeriod: Period
  /// Requests received in the period by category code, the most first.
  public let byCategory: [(code: String, count: Int)]
  /// Requests received in the period by channel, the most first.
  public let byChannel: [(channel: RequestChannel, count: Int)]
  public let rates: RatesReport.Figures
  public let previousRates: RatesReport.Figures
  /// Requests overdue today by assignee, the most first.
  public var overdueByAssignee: [(assignee: String, count: Int)] = []
  /// Requests not yet closed by how long ago they were received: up to 7 days, 8–30, 31–90,
  /// more than 90.
  public var openByAge: [Int] = []
  /// Groups of households sharing a head's name in a village: possible duplicates.
  public var possibleDuplicates = 0
  /// Members with no ID number.
  public var membersWithoutID = 0
  /// Households no cadre contacts.
  public var householdsWithoutContact = 0

  public static func == (lhs: ReviewFigures, rhs: ReviewFigures) -> Bool {
    lhs.period == rhs.period && lhs.rates == rhs.rates && lhs.previousRates == rhs.previousRates
      && lhs.byCategory.map(\.count) == rhs.byCategory.map(\.count)
      && lhs.byChannel.map(\.count) == rhs.byChannel.map(\.count)
  }
}

extension LastmileStore {
  /// The review's figures of the requests received in `period`.
  public func reviewFigures(period: Period) throws -> ReviewFigures {
    let previous = Period(
      months: period.first.adding(months: -period.months),
      through: period.first.adding(days: -1))
    let rates = try ratesReport(from: period.first, through: period.last, by: nil)
    let before = try ratesReport(from: previous.first, through: previous.last, by: nil)
    return try read { db in
      let range: StatementArguments = [
        period.first.description, period.last.adding(days: 1).description,
      ]
      func counts(_ column: String) throws -> [(String, Int)] {
        try Row.fetchAll(
          db,
          sql: """
            SELECT \(column) AS key, count(*) AS n FROM help_request
            WHERE deleted_at IS NULL AND merged_into_id IS NULL
              AND received_at >= ? AND received_at < ?
            GROUP BY \(column) ORDER BY n DESC, key
            """, arguments: range
        ).map { ($0["key"], $0["n"]) }
      }
      var figures = ReviewFigures(
        period: period, previousPeriod: previous,
        byCategory: try counts("category").map { (code: $0.0, count: $0.1) },
        byChannel: try counts("channel").compactMap { key, count in
          RequestChannel(rawValue: key).map { (channel: $0, count: count) }
        },
        rates: rates.total, previousRates: before.total)
      let overdue = RequestSQL.overdue(on: clock.today)
      figures.overdueByAssignee = try Row.fetchAll(
        db,
        sql: """
          SELECT t.assignee AS key, count(*) AS n FROM help_request t
          WHERE t.deleted_at IS NULL AND \(overdue.condition)
          GROUP BY t.assignee ORDER BY n DESC, key
          """, arguments: [overdue.argument]
      ).map { (assignee: $0["key"], count: $0["n"]) }
      let today = clock.today
      let ages = try Row.fetchOne(
        db,
        sql: """
          SELECT sum(received_at >= ?1) AS a, sum(received_at < ?1 AND received_at >= ?2) AS b,
            sum(received_at < ?2 AND received_at >= ?3) AS c, sum(received_at < ?3) AS d
          FROM help_request WHERE deleted_at IS NULL AND merged_into_id IS NULL
            AND status IN ('registered', 'in_progress', 'replied')
          """,
        arguments: [
          today.adding(days: -7).description, today.adding(days: -30).description,
          today.adding(days: -90).description,
        ])
      figures.openByAge = ["a", "b", "c", "d"].map { (ages?[$0] as Int?) ?? 0 }
      figures.membersWithoutID =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM member m JOIN household h ON h.id = m.household_id
              AND h.deleted_at IS NULL
            WHERE m.deleted_at IS NULL AND m.id_number = ''
            """) ?? 0
      figures.householdsWithoutContact =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM household h WHERE h.deleted_at IS NULL AND NOT EXISTS (
              SELECT 1 FROM contact_assignment ca WHERE ca.household_id = h.id
                AND ca.ends_on IS NULL AND ca.deleted_at IS NULL)
            """) ?? 0
      figures.possibleDuplicates =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM (SELECT village_id, head_name FROM household
              WHERE deleted_at IS NULL AND village_id IS NOT NULL
              GROUP BY village_id, head_name HAVING count(*) > 1)
            """) ?? 0
      return figures
    }
  }
}
