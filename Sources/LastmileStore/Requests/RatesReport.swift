import Foundation
import GRDB
import LastmileCore

/// The figures a 12345 hotline is judged by, over the requests received in a period, each with
/// its numerator and denominator, and the requests that lowered them.
public struct RatesReport: Sendable, Equatable {
  /// How the requests are grouped.
  public enum Grouping: String, CaseIterable, Sendable {
    case category
    case village
    case assignee
  }

  /// One rate: how many of how many.
  public struct Rate: Sendable, Equatable {
    public var numerator = 0
    public var denominator = 0

    /// The share in percent, or nil with nothing to count.
    public var percent: Double? {
      denominator == 0 ? nil : Double(numerator) * 100 / Double(denominator)
    }
  }

  /// The rates of a group of requests (or of all of them).
  public struct Figures: Sendable, Equatable {
    public var received = 0
    /// Replied by the deadline, of those replied or past their deadline unreplied (响应率).
    public var response = Rate()
    /// Closed, of those received (办结率).
    public var resolution = Rate()
    /// 满意 and 基本满意, of those rated (满意率).
    public var satisfaction = Rate()
    /// Followed up (回访), of those closed (回访率).
    public var followUp = Rate()
  }

  /// Why a request lowered a rate.
  public enum Lowering: String, Sendable, Equatable {
    /// Replied after its deadline.
    case lateReply = "late_reply"
    /// Past its deadline with no reply.
    case unreplied
    /// Rated 不满意.
    case dissatisfied
  }

  /// A request that lowered a rate.
  public struct Lowered: Sendable, Equatable {
    public let id: UUID
    /// The number the requester quotes.
    public let number: String
    public let receivedAt: LocalDateTime
    public let requester: String
    public let category: String
    public let content: String
    public let dueOn: LocalDate?
    public let repliedOn: LocalDate?
    public let why: Lowering
  }

  public let from: LocalDate
  public let through: LocalDate
  public let grouping: Grouping?
  public let total: Figures
  /// The groups, by name, when grouped.
  public let groups: [(name: String, figures: Figures)]
  public let lowered: [Lowered]

  public static func == (lhs: RatesReport, rhs: RatesReport) -> Bool {
    lhs.from == rhs.from && lhs.through == rhs.through && lhs.total == rhs.total
      && lhs.groups.map(\.name) == rhs.groups.map(\.name) && lhs.lowered == rhs.lowered
  }
}

extension LastmileStore {
  /// The rates of the requests received from `from` through `through` (merged ones left out:
  /// the request they joined counts), grouped when asked, as of today; only the requests of
  /// `area` (and the areas in it) when given.
  public func ratesReport(
    from: LocalDate, through: LocalDate, by grouping: RatesReport.Grouping?, area: UUID? = nil
  ) throws -> RatesReport {
    let today = clock.today
    return try read { db in
      let scope = try RatesSQL.scope(db, from: from, through: through, area: area)
      let key: String =
        switch grouping {
        case .category?: "r.category"
        case .village?: "coalesce(CASE WHEN a.level = 'group' THEN p.name ELSE a.name END, '')"
        case .assignee?: "r.assignee"
        case nil: "''"
        }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT \(key) AS key, \(RatesSQL.sums)
          FROM \(RatesSQL.requests)
          LEFT JOIN area a ON a.id = r.area_id
          LEFT JOIN area p ON p.id = a.parent_id
          WHERE \(scope.condition)
          GROUP BY 1 ORDER BY 1
          """, arguments: scope.arguments + [today.description])
      var total = RatesReport.Figures()
      var groups: [(name: String, figures: RatesReport.Figures)] = []
      for row in rows {
        let figures = RatesSQL.figures(row)
        total.add(figures)
        groups.append((row["key"], figures))
      }
      let t = "help_request"
      let lowered = try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM (
            SELECT r.id, r.number, r.received_at, r.requester_name, r.category, r.content, r.due_on,
              \(RatesSQL.repliedOn) AS replied_on, \(RatesSQL.lowering) AS why
            FROM \(RatesSQL.requests) WHERE \(scope.condition))
          WHERE why IS NOT NULL ORDER BY received_at, id
          """, arguments: scope.arguments + [today.description]
      ).map { row in
        RatesReport.Lowered(
          id: try row.id("id", in: t), number: try row.optional("number", in: t) ?? "",
          receivedAt: try row.value("received_at", in: t), requester: row["requester_name"],
          category: row["category"], content: row["content"],
          dueOn: try row.optional("due_on", in: t),
          repliedOn: try row.optional("replied_on", in: t),
          why: RatesReport.Lowering(rawValue: row["why"]) ?? .lateReply)
      }
      return RatesReport(
        from: from, through: through, grouping: grouping, total: total,
        groups: grouping == nil ? [] : groups, lowered: lowered)
    }
  }
}

extension RatesReport.Figures {
  mutating func add(_ other: RatesReport.Figures) {
    received += other.received
    for path in [
      \RatesReport.Figures.response, \.resolution, \.satisfaction, \.followUp,
    ] as [WritableKeyPath<RatesReport.Figures, RatesReport.Rate>] {
      self[keyPath: path].numerator += other[keyPath: path].numerator
      self[keyPath: path].denominator += other[keyPath: path].denominator
    }
  }
}
