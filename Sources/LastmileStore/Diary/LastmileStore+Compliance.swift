import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Each quota of the cadre over `period`, judged by the role they held: one part per role
  /// held in the period (a cadre who changed role mid-year is judged by each in its months).
  /// One computation that the cadre's view, the review and the reports share.
  public func compliance(cadre: UUID, period: Period) throws -> [RoleCompliance] {
    try compliance(of: [cadre], period: period)[cadre] ?? []
  }

  /// Each quota of `role` for the cadre over `period`, whatever role they held.
  public func compliance(cadre: UUID, role: RoleRules, period: Period) throws -> [QuotaResult] {
    let facts = try read { db in
      try complianceFacts(db, cadres: [cadre], period: period, needing: Set(role.quotas.keys))
    }
    return Self.results(role, facts[cadre] ?? ComplianceFacts(), period)
  }

  /// The compliance of every cadre given (every live one when nil), read set-wise: a handful
  /// of queries over the period, whatever the number of cadres.
  func compliance(of cadres: [UUID]?, period: Period) throws -> [UUID: [RoleCompliance]] {
    try read { db in
      let histories = try roleHistories(db, cadres: cadres)
      var parts: [UUID: (UUID, [(role: RoleRules, period: Period)])] = [:]
      var needs: [UUID: Set<QuotaKind>] = [:]
      for (cadre, history) in histories {
        let roleParts = history.parts(of: period).map {
          (role: rules.rules(of: $0.role), period: $0.period)
        }
        parts[cadre] = (cadre, roleParts)
        let kinds = roleParts.reduce(into: Set<QuotaKind>()) { $0.formUnion($1.role.quotas.keys) }
        if !kinds.isEmpty { needs[cadre] = kinds }
      }
      let facts = try complianceFacts(db, needs: needs, period: period)
      return parts.mapValues { cadre, roleParts in
        roleParts.map { role, part in
          RoleCompliance(
            role: role, period: part,
            results: Self.results(role, facts[cadre] ?? ComplianceFacts(), part))
        }
      }
    }
  }

  private static func results(_ role: RoleRules, _ facts: ComplianceFacts, _ period: Period)
    -> [QuotaResult]
  {
    QuotaKind.allCases.compactMap { kind in
      role.quotas[kind].map { facts.result(kind, quota: $0, period: period) }
    }
  }

  /// The role histories of the cadres given (every live one when nil).
  func roleHistories(_ db: Database, cadres: [UUID]?) throws -> [UUID: RoleHistory] {
    let filter = cadres.map { Self.idList($0) }
    let t = Cadre.Columns.table
    var past: [UUID: [RoleHistory.Past]] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT cadre_id, role, starts_on, ends_on FROM cadre_past_role
        WHERE deleted_at IS NULL \(filter.map { "AND cadre_id IN (\($0))" } ?? "")
        """)
    {
      past[try row.id("cadre_id", in: t), default: []].append(
        RoleHistory.Past(
          role: try row.value("role", in: t), from: try row.optional("starts_on", in: t),
          through: try row.value("ends_on", in: t)))
    }
    var histories: [UUID: RoleHistory] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT id, role, role_since FROM cadre
        WHERE deleted_at IS NULL \(filter.map { "AND id IN (\($0))" } ?? "")
        """)
    {
      let id = try row.id("id", in: t)
      histories[id] = RoleHistory(
        current: try row.value("role", in: t), since: try row.optional("role_since", in: t),
        past: past[id] ?? [])
    }
    return histories
  }

  /// A list of ids for an `IN (…)`: ids are this program's own text, quoted.
  static func idList(_ ids: [UUID]) -> String {
    ids.isEmpty ? "NULL" : ids.map { "'\($0.databaseText)'" }.joined(separator: ",")
  }

  /// The facts of the cadres over the period that the quotas `needing` count.
  func complianceFacts(
    _ db: Database, cadres: [UUID], period: Period, needing kinds: Set<QuotaKind>
  ) throws -> [UUID: ComplianceFacts] {
    try complianceFacts(
      db, needs: Dictionary(uniqueKeysWithValues: cadres.map { ($0, kinds) }), period: period)
  }

  /// The facts of each cadre over the period, only those their quotas count: their contacts,
  /// their visits to each by month (for the quotas of visits to contacts), and the days of
  /// their visits by kind (for the quotas of days).
  func complianceFacts(_ db: Database, needs: [UUID: Set<QuotaKind>], period: Period) throws
    -> [UUID: ComplianceFacts]
  {
    guard !needs.isEmpty else { return [:] }
    func cadres(needing kinds: Set<QuotaKind>) -> String {
      Self.idList(
        needs.filter { !$0.value.isDisjoint(with: kinds) }.keys.sorted {
          $0.uuidString < $1.uuidString
        })
    }
    let ids = Self.idList(Array(needs.keys))
    let monthly = cadres(needing: [.visitsPerContactPerMonth])
    let toContacts = cadres(needing: [.visitsPerContactPerMonth, .visitsPerContactPerYear])
    let byDays = cadres(
      needing: [
        .grassrootsDaysPerYear, .stationedDaysPerMonth, .consecutiveStationedDaysPerMonth,
        .stationedSurveyDaysPerYear, .surveyReportsPerYear,
      ])
    let range: StatementArguments = [period.first, period.last]
    var facts: [UUID: ComplianceFacts] = [:]
    var contactIndex: [String: (cadre: UUID, index: Int)] = [:]
    let t = ContactAssignment.Columns.table
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT ca.id, ca.cadre_id, ca.household_id, ca.area_id, ca.starts_on, ca.ends_on,
          coalesce(h.household_no || ' ' || h.head_name, a.name, '') AS label
        FROM contact_assignment ca
        LEFT JOIN household h ON h.id = ca.household_id
        LEFT JOIN area a ON a.id = ca.area_id
        WHERE ca.cadre_id IN (\(ids)) AND ca.deleted_at IS NULL AND ca.starts_on <= ?2
          AND (ca.ends_on IS NULL OR ca.ends_on >= ?1)
        ORDER BY ca.starts_on, label
        """, arguments: range)
    {
      let cadre = try row.id("cadre_id", in: t)
      let contact = ComplianceFacts.Contact(
        household: try row.optionalId("household_id", in: t),
        area: try row.optionalId("area_id", in: t), startsOn: try row.value("starts_on", in: t),
        endsOn: try row.optional("ends_on", in: t), label: row["label"])
      contactIndex[try row.value("id", in: t)] = (
        cadre, facts[cadre, default: .init()].contacts.count
      )
      facts[cadre, default: .init()].contacts.append(contact)
    }
    // The cadre's visits to each contact while it was theirs, by month: to a household, or in
    // an area (its place, the place's village or township, or a household living there).
    let clipped = "vc.visited_on BETWEEN max(ca.starts_on, ?1) AND min(ifnull(ca.ends_on, ?2), ?2)"
    for sql in [
      """
      SELECT ca.id, substr(vc.visited_on, 1, 7) AS month, count(*) AS n
      FROM contact_assignment ca
      JOIN visit_household vh ON vh.household_id = ca.household_id
        AND vh.visited_on BETWEEN max(ca.starts_on, ?1) AND min(ifnull(ca.ends_on, ?2), ?2)
      JOIN visit_cadre vc ON vc.visit_id = vh.visit_id AND vc.cadre_id = ca.cadre_id
      JOIN visit v ON v.id = vh.visit_id AND v.deleted_at IS NULL
      WHERE ca.cadre_id IN (\(monthly)) AND ca.household_id IS NOT NULL AND ca.deleted_at IS NULL
        AND ca.starts_on <= ?2 AND (ca.ends_on IS NULL OR ca.ends_on >= ?1)
      GROUP BY ca.id, month
      """,
      """
      SELECT ca.id, substr(vc.visited_on, 1, 7) AS month, count(*) AS n
      FROM contact_assignment ca
      JOIN visit_cadre vc ON vc.cadre_id = ca.cadre_id AND \(clipped)
      JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
      LEFT JOIN area a ON a.id = v.area_id
      LEFT JOIN area p ON p.id = a.parent_id
      WHERE ca.cadre_id IN (\(toContacts)) AND ca.area_id IS NOT NULL AND ca.deleted_at IS NULL
        AND ca.starts_on <= ?2 AND (ca.ends_on IS NULL OR ca.ends_on >= ?1)
        AND (ca.area_id IN (v.area_id, a.parent_id, p.parent_id) OR EXISTS (
          SELECT 1 FROM visit_household vh JOIN household h ON h.id = vh.household_id
          LEFT JOIN area hv ON hv.id = h.village_id
          WHERE vh.visit_id = v.id AND ca.area_id IN (h.village_id, hv.parent_id)))
      GROUP BY ca.id, month
      """,
    ] {
      for row in try Row.fetchAll(db, sql: sql, arguments: range) {
        guard let (cadre, index) = contactIndex[row["id"] as String] else { continue }
        facts[cadre]?.contacts[index].visitsByMonth[row["month"] as String] = row["n"] as Int
      }
    }
    // The days of the cadre's visits by kind; stationed days two months either side.
    let v = Visit.Columns.table
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT vc.cadre_id, vc.visited_on, v.kind, count(*) AS n
        FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
        WHERE vc.cadre_id IN (\(byDays)) AND vc.visited_on BETWEEN ?3 AND ?4
          AND (v.kind = 'stationed' OR vc.visited_on BETWEEN ?1 AND ?2)
        GROUP BY vc.cadre_id, vc.visited_on, v.kind
        """,
      arguments: [
        period.first, period.last, period.first.adding(days: -62), period.last.adding(days: 62),
      ])
    {
      let cadre = try row.id("cadre_id", in: v)
      let kind: VisitKind = try row.value("kind", in: v)
      facts[cadre, default: .init()].days[try row.value("visited_on", in: v), default: [:]][kind] =
        row["n"] as Int
    }
    return facts
  }
}
