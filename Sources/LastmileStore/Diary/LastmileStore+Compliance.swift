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
    guard let judged = period.clipped(to: clock.today) else { return [] }
    let year = Self.yearWindow(of: judged, roleSince: nil)
    let facts = try complianceFacts(needs: [cadre: Set(role.quotas.keys)], period: year)
    return Self.results(role, facts[cadre] ?? ComplianceFacts(), judged, year: year)
  }

  /// The year up to the end of `part`, from the month the role began when that was this year:
  /// what a yearly quota is judged over.
  static func yearWindow(of part: Period, roleSince: LocalDate?) -> Period {
    let january = LocalDate(year: part.last.year, month: 1, day: 1)!
    let start = max(january, roleSince ?? january)
    let months = Period(months: start, through: part.last)
    return months.clipped(to: part.last) ?? months
  }

  /// The compliance of every cadre given (every live one when nil), read set-wise: a handful
  /// of queries over the period, whatever the number of cadres.
  func compliance(of cadres: [UUID]?, period: Period) throws -> [UUID: [RoleCompliance]] {
    // What has not happened yet is not judged: the period up to today.
    guard let judged = period.clipped(to: clock.today) else { return [:] }
    let histories = try read { db in try roleHistories(db, cadres: cadres) }
    var parts: [UUID: [(role: RoleRules, period: Period, year: Period)]] = [:]
    var needs: [UUID: Set<QuotaKind>] = [:]
    for (cadre, history) in histories {
      let roleParts = history.parts(of: judged).map {
        (
          role: rules.rules(of: $0.role), period: $0.period,
          year: Self.yearWindow(of: $0.period, roleSince: history.start(on: $0.period.last))
        )
      }
      parts[cadre] = roleParts
      let kinds = roleParts.reduce(into: Set<QuotaKind>()) { $0.formUnion($1.role.quotas.keys) }
      if !kinds.isEmpty { needs[cadre] = kinds }
    }
    // The facts from the start of the year: the yearly quotas are judged over it.
    let facts = try complianceFacts(
      needs: needs, period: Self.yearWindow(of: judged, roleSince: nil))
    var result: [UUID: [RoleCompliance]] = [:]
    for (cadre, roleParts) in parts {
      result[cadre] = roleParts.map { role, part, year in
        RoleCompliance(
          role: role, period: part,
          results: Self.results(role, facts[cadre] ?? ComplianceFacts(), part, year: year))
      }
    }
    return result
  }

  private static func results(
    _ role: RoleRules, _ facts: ComplianceFacts, _ period: Period, year: Period
  ) -> [QuotaResult] {
    QuotaKind.allCases.compactMap { kind in
      role.quotas[kind].flatMap { quota in
        let result = facts.result(kind, quota: quota, period: period, year: year)
        // Kept contacts are judged only where a contact ended.
        return kind == .minimumContactMonths && result.required == 0 ? nil : result
      }
    }
  }

  /// The role histories of the cadres given (retired ones too), or of every live one when nil.
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
        SELECT id, role, role_since, substr(deleted_at, 1, 10) AS retired_on FROM cadre
        WHERE \(filter.map { "id IN (\($0))" } ?? "deleted_at IS NULL")
        """)
    {
      let id = try row.id("id", in: t)
      histories[id] = RoleHistory(
        current: try row.value("role", in: t), since: try row.optional("role_since", in: t),
        past: past[id] ?? [], retiredOn: try row.optional("retired_on", in: t))
    }
    return histories
  }

  /// A list of ids for an `IN (…)`: ids are this program's own text, quoted.
  static func idList(_ ids: [UUID]) -> String {
    ids.isEmpty ? "NULL" : ids.map { "'\($0.databaseText)'" }.joined(separator: ",")
  }

  /// The facts of each cadre over the period, only those their quotas count: their contacts,
  /// their visits to each by month (for the quotas of visits to contacts), and the days of
  /// their visits by kind (for the quotas of days). The three readings of the visits run side
  /// by side, each on a reader of its own.
  func complianceFacts(needs: [UUID: Set<QuotaKind>], period: Period) throws
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
    let range: StatementArguments = [period.first, period.last]
    var facts: [UUID: ComplianceFacts] = [:]
    var contactIndex: [String: (cadre: UUID, index: Int)] = [:]
    let t = ContactAssignment.Columns.table
    try read { db in
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
    }
    let toContacts = needs.filter {
      !$0.value.isDisjoint(with: [.visitsPerContactPerMonth, .visitsPerContactPerYear])
    }.keys.sorted { $0.uuidString < $1.uuidString }
    let half = toContacts.count / 2
    let readings = ComplianceSQL.readings(
      monthly: cadres(needing: [.visitsPerContactPerMonth]),
      toContacts: [Array(toContacts[..<half]), Array(toContacts[half...])].map(Self.idList),
      byDays: cadres(
        needing: [
          .grassrootsDaysPerYear, .stationedDaysPerMonth, .consecutiveStationedDaysPerMonth,
          .stationedSurveyDaysPerYear, .surveyReportsPerYear,
        ]), period: period)
    let results = try concurrently(readings.count) { index in
      try read { db in
        // By position: a reading returns hundreds of thousands of rows for a county's year.
        try Row.fetchAll(db, sql: readings[index].sql, arguments: readings[index].arguments).map {
          ComplianceSQL.Counted(key: $0[0], month: $0[1], kind: $0[2], count: $0[3])
        }
      }
    }
    // The cadre's visits to each contact while it was theirs, by month.
    for counted in results.dropLast().joined() {
      guard let (cadre, index) = contactIndex[counted.key] else { continue }
      facts[cadre]?.contacts[index].visitsByMonth[counted.month] = counted.count
    }
    // The days of the cadre's visits by kind.
    let cadreByKey = Dictionary(uniqueKeysWithValues: needs.keys.map { ($0.databaseText, $0) })
    for counted in results.last ?? [] {
      guard let cadre = cadreByKey[counted.key], let day = LocalDate(parsing: counted.month),
        let kind = counted.kind.flatMap(VisitKind.init(rawValue:))
      else { continue }
      facts[cadre, default: .init()].days[day, default: [:]][kind] = counted.count
    }
    return facts
  }
}
