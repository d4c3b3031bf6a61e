import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The review's figures of `period` (and of `area` with the areas in it, when given). The
  /// counts of the households and requests are those of the filters the review opens them by,
  /// so that a panel's number and the list it opens agree.
  public func reviewFigures(period: Period, area: UUID? = nil) throws -> ReviewFigures {
    var figures = try reviewFigures(period: period, area: area, parts: .main)
    try addReviewFigures(to: &figures, parts: .later)
    return figures
  }

  /// What the review reads first (the period's requests, the visits and households) or later
  /// (the twelve months' flow, the cadres' quotas, the key households and the data's health,
  /// which take longest on a county): its pane is drawn with the first and fills in the rest.
  public enum ReviewParts: Sendable {
    case main
    case later
  }

  /// The review's figures of `parts` alone.
  public func reviewFigures(period: Period, area: UUID?, parts: ReviewParts) throws
    -> ReviewFigures
  {
    let previous = Period(
      months: period.first.adding(months: -period.months),
      through: period.first.adding(days: -1))
    var figures = ReviewFigures(period: period, previousPeriod: previous, area: area)
    if parts == .later {
      try addReviewFigures(to: &figures, parts: .later)
      return figures
    }
    // The requests and the visits side by side, each on a reader of its own.
    let base = figures
    let read = try concurrently(2) { part -> ReviewFigures in
      var figures = base
      try self.read { db in
        let scope = try area.map { try AreaScope.ids(db, within: $0) }
        if part == 0 {
          try readRequests(db, into: &figures, scope: scope)
        } else {
          try readVisits(db, into: &figures, scope: scope)
        }
      }
      return figures
    }
    figures = read[0]
    figures.visitsByCadre = read[1].visitsByCadre
    figures.notVisited = read[1].notVisited
    return figures
  }

  /// `figures` with the later parts read: the months' flow, the cadres' quotas, the key
  /// households not visited and the data's health.
  public func addReviewFigures(to figures: inout ReviewFigures, parts: ReviewParts) throws {
    let base = figures
    let period = figures.period
    let area = figures.area
    let written = try localitySettings().writtenCategories.sorted()
    let read = try concurrently(2) { part -> ReviewFigures in
      var figures = base
      if part == 0 {
        figures.quotas = try quotaReport(period: period, area: area).cadres
      } else {
        try self.read { db in
          try readMonths(
            db, into: &figures, scope: try area.map { try AreaScope.ids(db, within: $0) })
          try readKeyHouseholds(db, into: &figures)
          figures.possibleDuplicates = try rosterQuery(
            db, RosterFilter(area: area, possibleDuplicates: true)
          ).count(db)
          figures.syncConflicts = try SyncConflicts.count(db)
          figures.membersWithoutID = try rosterQuery(
            db, RosterFilter(area: area, memberWithoutID: true)
          ).count(db)
          figures.householdsWithoutContact = try rosterQuery(
            db, RosterFilter(area: area, withoutContact: true)
          ).count(db)
          figures.deskFlags = try DeskFlagSQL.counts(db, today: clock.today, calendar: calendar)
          (figures.writtenReplies, figures.principleAnsweredOrally) = try Self.replyKinds(
            db, period: period, written: written)
        }
      }
      return figures
    }
    figures.quotas = read[0].quotas
    figures.months = read[1].months
    figures.possibleDuplicates = read[1].possibleDuplicates
    figures.membersWithoutID = read[1].membersWithoutID
    figures.syncConflicts = read[1].syncConflicts
    figures.householdsWithoutContact = read[1].householdsWithoutContact
    figures.deskFlags = read[1].deskFlags
    figures.writtenReplies = read[1].writtenReplies
    figures.principleAnsweredOrally = read[1].principleAnsweredOrally
    figures.keyNotVisited = read[1].keyNotVisited
    figures.laterRead = true
  }

  /// The period's requests by category, channel and status, with the rates (and the period
  /// before's of each), the overdue by assignee and the open by age.
  private func readRequests(_ db: Database, into figures: inout ReviewFigures, scope: String?)
    throws
  {
    let period = figures.period
    let previous = figures.previousPeriod
    let inArea = scope == nil ? "" : " AND r.area_id IN (SELECT value FROM json_each(?4))"
    let rows =
      scope == nil
      ? try RequestTallySQL.groups(db, period: period, previous: previous, today: clock.today)
      : try groupsByRows(db, figures: figures)
    var counts: [String: [String: (now: Int, before: Int)]] = [:]
    for row in rows {
      let current: Bool = row["current"]
      let group = RatesSQL.figures(row)
      if current { figures.rates.add(group) } else { figures.previousRates.add(group) }
      for column in ["category", "channel", "status"] {
        let key: String = row[column]
        var count = counts[column, default: [:]][key, default: (0, 0)]
        if current { count.now += group.received } else { count.before += group.received }
        counts[column, default: [:]][key] = count
      }
    }
    func ordered(_ column: String) -> [ReviewFigures.Count] {
      (counts[column] ?? [:]).filter { $0.value.now > 0 }
        .sorted { ($0.value.now, $1.key) > ($1.value.now, $0.key) }
        .map {
          ReviewFigures.Count(
            key: $0.key, name: $0.key, count: $0.value.now, before: $0.value.before)
        }
    }
    figures.byCategory = ordered("category")
    figures.byChannel = ordered("channel")
    let statuses = counts["status"] ?? [:]
    figures.byStatus = RequestStatus.allCases.map { status in
      let count = statuses[status.rawValue] ?? (0, 0)
      return ReviewFigures.Count(
        key: status.rawValue, name: status.rawValue, count: count.now, before: count.before)
    }
    let today = clock.today
    let overdue = RequestSQL.overdue(on: today)
    figures.overdueByAssignee = try Row.fetchAll(
      db,
      sql: """
        SELECT t.assignee AS key, count(*) AS n FROM help_request t
        WHERE t.deleted_at IS NULL AND \(overdue.condition)
          \(scope == nil ? "" : "AND t.area_id IN (SELECT value FROM json_each(?))")
        GROUP BY t.assignee ORDER BY n DESC, key
        """, arguments: scope.map { [overdue.argument, $0] } ?? [overdue.argument]
    ).map { ReviewFigures.Count(key: $0["key"], name: $0["key"], count: $0["n"]) }
    let ages = try Row.fetchOne(
      db,
      sql: """
        SELECT ifnull(sum(received_at >= ?1), 0) AS a,
          ifnull(sum(received_at < ?1 AND received_at >= ?2), 0) AS b,
          ifnull(sum(received_at < ?2 AND received_at >= ?3), 0) AS c,
          ifnull(sum(received_at < ?3), 0) AS d
        FROM help_request r INDEXED BY help_request_open
        WHERE deleted_at IS NULL AND merged_into_id IS NULL
          AND status IN ('registered', 'in_progress', 'replied')\(inArea)
        """,
      arguments: StatementArguments(
        [
          today.adding(days: -7).description, today.adding(days: -30).description,
          today.adding(days: -90).description,
        ] + (scope.map { [$0] } ?? [])))
    figures.openByAge = ["a", "b", "c", "d"].map { (ages?[$0] as Int?) ?? 0 }
  }

  /// Both periods' requests of the figures' area, grouped by what the panels count them by
  /// (`current`, category, channel, status) with their rates' sums: one reading of the rows.
  private func groupsByRows(_ db: Database, figures: ReviewFigures) throws -> [Row] {
    let both = try RatesSQL.scope(
      db, from: figures.previousPeriod.first, through: figures.period.last, area: figures.area,
      own: [figures.period.first.description])
    return try Row.fetchAll(
      db,
      sql: """
        SELECT r.received_at >= ?4 AS current, r.category, r.channel, r.status, \(RatesSQL.sums)
        FROM \(RatesSQL.requests) WHERE \(both.condition)
        GROUP BY 1, 2, 3, 4
        """, arguments: both.arguments + [clock.today.description])
  }

  /// Each cadre's visits of the period (`n`) and of the one before (`before`), in the area
  /// `scope`: every visit's cadres counted from the index of days, the deleted visits left out.
  private func visitsByCadreFromRows(_ db: Database, figures: ReviewFigures, scope: String)
    throws -> [Row]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT vc.cadre_id AS id, c.name AS name, count(*) FILTER (WHERE vc.visited_on >= ?2) AS n,
          count(*) FILTER (WHERE vc.visited_on < ?2) AS before
        FROM visit_cadre vc INDEXED BY visit_cadre_by_day JOIN cadre c ON c.id = vc.cadre_id
        WHERE vc.visited_on >= ?1 AND vc.visited_on <= ?3 AND \(VisitSQL.live)
          AND vc.area_id IN (SELECT value FROM json_each(?4))
        GROUP BY vc.cadre_id HAVING n > 0 ORDER BY n DESC, c.name_pinyin, c.name
        """,
      arguments: StatementArguments(
        [
          figures.previousPeriod.first.description, figures.period.first.description,
          figures.period.last.description,
          scope,
        ]))
  }

  /// Every area's `visitsByCadreFromRows`: the whole months from the cadres' tally, the days at
  /// either end from the index of days.
  private func visitsByCadreFromTally(_ db: Database, figures: ReviewFigures) throws -> [Row] {
    let now = MonthSplit(first: figures.period.first, through: figures.period.last)
    let before = MonthSplit(
      first: figures.previousPeriod.first, through: figures.previousPeriod.last)
    let edges = (0..<4).map { edge in
      "vc.visited_on BETWEEN ?\(2 * edge + 5) AND ?\(2 * edge + 6)"
    }
    return try Row.fetchAll(
      db,
      sql: """
        SELECT t.id AS id, c.name AS name, sum(t.n) AS n, sum(t.before) AS before FROM (
          SELECT cadre_id AS id, sum(visits * (month >= ?1)) AS n, sum(visits * (month < ?1)) AS before
          FROM cadre_month WHERE month BETWEEN ?1 AND ?2 OR month BETWEEN ?3 AND ?4
          GROUP BY cadre_id
          UNION ALL
          SELECT vc.cadre_id, count(*) FILTER (WHERE vc.visited_on >= ?13),
            count(*) FILTER (WHERE vc.visited_on < ?13)
          FROM visit_cadre vc INDEXED BY visit_cadre_by_day
          WHERE (\(edges.joined(separator: " OR "))) AND \(VisitSQL.live)
          GROUP BY vc.cadre_id) t
        JOIN cadre c ON c.id = t.id
        GROUP BY t.id HAVING sum(t.n) > 0 ORDER BY 3 DESC, c.name_pinyin, c.name
        """,
      arguments: StatementArguments(
        [now.months.first, now.months.last, before.months.first, before.months.last]
          + [now.head, now.tail, before.head, before.tail].flatMap { [$0.first, $0.last] }
          + [figures.period.first.description]))
  }

  /// The key households (重点户, 监测户) in all, and those not visited in the period.
  private func readKeyHouseholds(_ db: Database, into figures: inout ReviewFigures) throws {
    let period = figures.period
    let today = clock.today
    // Both categories' households, and those not visited, counted in one pass with the
    // roster's own filters.
    let categories = [HouseholdCategory.keyHousehold, .monitored]
    let filters = categories.flatMap { category -> [RosterFilter] in
      var notVisited = RosterFilter(area: figures.area, category: category)
      notVisited.notVisitedIn = period.first...min(period.last, today)
      return [notVisited, RosterFilter(area: figures.area, category: category)]
    }
    let counts = try KeysetQuery.counts(
      db, try filters.map { try rosterQuery(db, $0) }, base: "t.deleted_at IS NULL")
    figures.keyNotVisited = categories.enumerated().map { index, category in
      (category, counts[2 * index], counts[2 * index + 1])
    }
  }

  /// Requests received and closed in each of the twelve months up to the period's last:
  /// received by the day received, closed by the day closed.
  private func readMonths(_ db: Database, into figures: inout ReviewFigures, scope: String?) throws
  {
    let period = figures.period
    let inArea = scope == nil ? "" : " AND r.area_id IN (SELECT value FROM json_each(?4))"
    let last = LocalDate(year: period.last.year, month: period.last.month, day: 1)!
    let first = last.adding(months: -11)
    let monthArguments = StatementArguments(
      [first.description, last.adding(months: 1).description] + (scope.map { ["", $0] } ?? []))
    func perMonth(_ column: String, index: String) throws -> [String: Int] {
      Dictionary(
        try Row.fetchAll(
          db,
          sql: """
            SELECT substr(\(column), 1, 7) AS month, count(*) AS n FROM help_request r \(index)
            WHERE r.deleted_at IS NULL AND r.merged_into_id IS NULL
              AND \(column) >= ?1 AND \(column) < ?2\(inArea)
            GROUP BY 1
            """, arguments: monthArguments
        ).map { ($0["month"], $0["n"]) }, uniquingKeysWith: +)
    }
    let received =
      scope == nil
      ? Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(
          db,
          sql: """
            SELECT month, sum(received) AS n FROM request_tally
            WHERE month >= substr(?1, 1, 7) AND month < substr(?2, 1, 7) GROUP BY month
            """, arguments: [first.description, last.adding(months: 1).description]
        ).map { ($0["month"] as String, $0["n"] as Int) })
      : try perMonth("r.received_at", index: "INDEXED BY help_request_review")
    let closed = try perMonth("r.closed_at", index: "INDEXED BY help_request_closed")
    figures.months = (0..<12).map { first.adding(months: $0) }.map { month in
      let key = String(month.description.prefix(7))
      return ReviewFigures.Flow(
        month: month, received: received[key] ?? 0, closed: closed[key] ?? 0)
    }
  }

  /// The period's visits per cadre (with the period before's), the households not visited for
  /// 30, 60 and 90 days by village.
  private func readVisits(_ db: Database, into figures: inout ReviewFigures, scope: String?) throws
  {
    let rows =
      try scope.map { try visitsByCadreFromRows(db, figures: figures, scope: $0) }
      ?? visitsByCadreFromTally(db, figures: figures)
    figures.visitsByCadre = rows.map { row in
      var count = ReviewFigures.Count(
        key: row["id"], name: row["name"], count: row["n"], before: row["before"])
      count.id = UUID(uuidString: row["id"])
      return count
    }
    let today = clock.today
    let householdInArea =
      scope == nil
      ? ""
      : " AND (h.area_id IN (SELECT value FROM json_each(?4)) OR h.village_id IN (SELECT value FROM json_each(?4)))"
    let days = ReviewFigures.unvisitedDays.map { today.adding(days: -$0).description }
    figures.notVisited = try Row.fetchAll(
      db,
      sql: """
        SELECT h.village_id AS id, ifnull(a.name, '') AS name, count(*) AS households,
          ifnull(sum(h.last_visit_on < ?1), 0) AS d30, ifnull(sum(h.last_visit_on < ?2), 0) AS d60,
          ifnull(sum(h.last_visit_on < ?3), 0) AS d90
        FROM household h LEFT JOIN area a ON a.id = h.village_id
        WHERE h.deleted_at IS NULL\(householdInArea)
        GROUP BY h.village_id HAVING d30 > 0 ORDER BY d90 DESC, d60 DESC, d30 DESC, a.position, name
        """, arguments: StatementArguments(days + (scope.map { [$0] } ?? []))
    ).map { row in
      ReviewFigures.Unvisited(
        village: (row["id"] as String?).flatMap(UUID.init(uuidString:)), name: row["name"],
        households: row["households"], over: [row["d30"], row["d60"], row["d90"]])
    }

  }

  /// The period's replies given in writing, and its matters of principle answered only orally.
  static func replyKinds(_ db: Database, period: Period, written: [String]) throws -> (Int, Int) {
    let marks = written.map { _ in "?" }.joined(separator: ", ")
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT ifnull(sum(reply_kind = 'written'), 0) AS written,
          ifnull(sum(reply_kind = 'oral' AND category IN (\(marks.isEmpty ? "''" : marks))), 0) AS oral
        FROM help_request INDEXED BY help_request_replied
        WHERE reply_kind IS NOT NULL AND deleted_at IS NULL AND replied_at >= ? AND replied_at < ?
        """,
      arguments: StatementArguments(
        written.map(\.databaseValue) + [
          period.first.databaseValue, period.last.adding(days: 1).databaseValue,
        ]))
    return (row?["written"] ?? 0, row?["oral"] ?? 0)
  }
}
