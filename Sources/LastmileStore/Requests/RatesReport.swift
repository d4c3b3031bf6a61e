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
  /// the request they joined counts), grouped when asked, as of today.
  public func ratesReport(from: LocalDate, through: LocalDate, by grouping: RatesReport.Grouping?)
    throws -> RatesReport
  {
    let today = clock.today
    return try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT r.id, r.received_at, r.requester_name, r.category, r.content, r.status,
            r.due_on, substr(coalesce(r.replied_at, r.closed_at), 1, 10) AS replied_on,
            r.satisfaction, r.assignee,
            coalesce(CASE WHEN a.level = 'group' THEN p.name ELSE a.name END, '') AS village,
            CASE WHEN r.status = 'closed' THEN EXISTS (SELECT 1 FROM audit_log l
              WHERE l.table_name = 'help_request' AND l.row_id = r.id
                AND l.action = 'followed_up') ELSE 0 END AS followed_up
          FROM help_request r
          LEFT JOIN area a ON a.id = r.area_id
          LEFT JOIN area p ON p.id = a.parent_id
          WHERE r.deleted_at IS NULL AND r.merged_into_id IS NULL
            AND r.received_at >= ? AND r.received_at < ?
          ORDER BY r.received_at, r.id
          """, arguments: [from.description, through.adding(days: 1).description])
      var total = RatesReport.Figures()
      var groups: [String: RatesReport.Figures] = [:]
      var lowered: [RatesReport.Lowered] = []
      let t = "help_request"
      for row in rows {
        let status: RequestStatus = try row.value("status", in: t)
        let due: LocalDate? = try row.optional("due_on", in: t)
        let replied: LocalDate? = try row.optional("replied_on", in: t)
        let satisfaction: Satisfaction? = try row.optional("satisfaction", in: t)
        var figures = RatesReport.Figures(received: 1)
        var why: RatesReport.Lowering?
        if let replied {
          figures.response.denominator = 1
          if due.map({ replied <= $0 }) ?? true {
            figures.response.numerator = 1
          } else {
            why = .lateReply
          }
        } else if let due, due < today {
          figures.response.denominator = 1
          why = .unreplied
        }
        figures.resolution = .init(numerator: status == .closed ? 1 : 0, denominator: 1)
        if let satisfaction {
          figures.satisfaction = .init(
            numerator: satisfaction == .dissatisfied ? 0 : 1, denominator: 1)
          if satisfaction == .dissatisfied { why = .dissatisfied }
        }
        if status == .closed {
          figures.followUp = .init(
            numerator: (row["followed_up"] as Int) > 0 ? 1 : 0, denominator: 1)
        }
        total.add(figures)
        if let grouping {
          let key: String =
            switch grouping {
            case .category: row["category"]
            case .village: row["village"]
            case .assignee: row["assignee"]
            }
          groups[key, default: .init()].add(figures)
        }
        if let why {
          lowered.append(
            RatesReport.Lowered(
              id: try row.id("id", in: t), receivedAt: try row.value("received_at", in: t),
              requester: row["requester_name"], category: row["category"],
              content: row["content"], dueOn: due, repliedOn: replied, why: why))
        }
      }
      return RatesReport(
        from: from, through: through, grouping: grouping, total: total,
        groups: groups.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, lowered: lowered)
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
