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
      return ReviewFigures(
        period: period, previousPeriod: previous,
        byCategory: try counts("category").map { (code: $0.0, count: $0.1) },
        byChannel: try counts("channel").compactMap { key, count in
          RequestChannel(rawValue: key).map { (channel: $0, count: count) }
        },
        rates: rates.total, previousRates: before.total)
    }
  }
}
