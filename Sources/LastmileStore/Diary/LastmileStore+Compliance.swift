import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// Each quota of `role` for the cadre over `period`: required, done, and what counted. One
  /// computation that the review, the card and the reports share.
  public func compliance(cadre: UUID, role: RoleRules, period: Period) throws -> [QuotaResult] {
    let facts = try complianceFacts(cadre: cadre, period: period)
    let stationed = try stationedDays(cadre: cadre, from: period.first, through: period.last)
    return QuotaKind.allCases.compactMap { kind in
      role.quotas[kind].map { facts.result(kind, quota: $0, period: period, stationed: stationed) }
    }
  }

  private func complianceFacts(cadre: UUID, period: Period) throws -> ComplianceFacts {
    try read { db in
      let contacts = try Row.fetchAll(
        db,
        sql: """
          SELECT ca.household_id, ca.area_id, ca.starts_on, ca.ends_on,
            coalesce(h.household_no || ' ' || h.head_name, a.name, '') AS label
          FROM contact_assignment ca
          LEFT JOIN household h ON h.id = ca.household_id
          LEFT JOIN area a ON a.id = ca.area_id
          WHERE ca.cadre_id = ? AND ca.deleted_at IS NULL AND ca.starts_on <= ?
            AND (ca.ends_on IS NULL OR ca.ends_on >= ?)
          """,
        arguments: [cadre.databaseText, period.last, period.first]
      ).map { row in
        let table = ContactAssignment.Columns.table
        return ComplianceFacts.Contact(
          household: try row.optionalId("household_id", in: table),
          area: try row.optionalId("area_id", in: table),
          startsOn: try row.value("starts_on", in: table),
          endsOn: try row.optional("ends_on", in: table), label: row["label"])
      }
      let visits = try Row.fetchAll(
        db,
        sql: """
          SELECT v.visited_on, v.kind, v.area_id,
            CASE WHEN a.level = 'group' THEN a.parent_id ELSE a.id END AS village_id,
            (SELECT group_concat(vh.household_id) FROM visit_household vh WHERE vh.visit_id = v.id)
              AS households,
            (SELECT group_concat(h.village_id) FROM visit_household vh JOIN household h
              ON h.id = vh.household_id WHERE vh.visit_id = v.id) AS household_villages
          FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
          LEFT JOIN area a ON a.id = v.area_id
          WHERE vc.cadre_id = ? AND vc.visited_on BETWEEN ? AND ?
          """,
        arguments: [cadre.databaseText, period.first, period.last]
      ).map { row in
        let table = Visit.Columns.table
        func ids(_ column: String) -> Set<String> {
          Set(((row[column] as String?) ?? "").split(separator: ",").map(String.init))
        }
        return ComplianceFacts.Visit(
          date: try row.value("visited_on", in: table), kind: try row.value("kind", in: table),
          places: ids("household_villages").union(
            [row["area_id"] as String?, row["village_id"] as String?].compactMap { $0 }),
          households: ids("households"))
      }
      return ComplianceFacts(contacts: contacts, visits: visits)
        .indexed()
    }
  }
}

/// What a cadre's quotas are counted from: their contacts and their visits in a period.
struct ComplianceFacts {
  struct Contact {
    let household: UUID?
    let area: UUID?
    let startsOn: LocalDate
    let endsOn: LocalDate?
    let label: String

    func isActive(from start: LocalDate, through end: LocalDate) -> Bool {
      startsOn <= end && (endsOn ?? end) >= start
    }

    /// The household's or the area's id, as the visits name them.
    var key: String { household?.databaseText ?? area?.databaseText ?? "" }
  }

  struct Visit {
    let date: LocalDate
    let kind: VisitKind
    /// The area ids the visit was in (its place, its village, its households' villages).
    let places: Set<String>
    let households: Set<String>
  }

  let contacts: [Contact]
  let visits: [Visit]
  /// The dates of the visits to each household and area, in order.
  private(set) var datesByTarget: [String: [LocalDate]] = [:]

  init(contacts: [Contact], visits: [Visit]) {
    self.contacts = contacts
    self.visits = visits
  }

  /// The facts with the visits' dates indexed by what they went to.
  func indexed() -> ComplianceFacts {
    var copy = self
    for visit in visits {
      for target in visit.households.union(visit.places) {
        copy.datesByTarget[target, default: []].append(visit.date)
      }
    }
    for key in copy.datesByTarget.keys { copy.datesByTarget[key]?.sort() }
    return copy
  }

  /// The visits to a contact from `start` through `end`, while it was the cadre's: to its
  /// household, or to its area (a visit there or to a household in it).
  func visits(to contact: Contact, from start: LocalDate, through end: LocalDate) -> Int {
    let from = max(start, contact.startsOn)
    let through = min(end, contact.endsOn ?? end)
    guard from <= through, let dates = datesByTarget[contact.key] else { return 0 }
    return dates.lazy.filter { $0 >= from && $0 <= through }.count
  }

  func result(_ kind: QuotaKind, quota: Int, period: Period, stationed: StationedDays)
    -> QuotaResult
  {
    switch kind {
    case .contactAreas, .contactHouseholds:
      let held = contacts.filter {
        (kind == .contactAreas ? $0.area != nil : $0.household != nil)
          && $0.isActive(from: period.last, through: period.last)
      }
      return QuotaResult(kind: kind, required: quota, done: held.count, evidence: held.map(\.label))
    case .visitsPerContactPerMonth:
      var required = 0
      var done = 0
      var evidence: [String] = []
      for month in period.monthRanges {
        let (start, end) = (month.lowerBound, month.upperBound)
        for contact in contacts where contact.isActive(from: start, through: end) {
          let count = visits(to: contact, from: start, through: end)
          required += quota
          done += min(count, quota)
          evidence.append("\(String(start.description.prefix(7))) \(contact.label): \(count)")
        }
      }
      return QuotaResult(kind: kind, required: required, done: done, evidence: evidence)
    case .visitsPerContactPerYear:
      // A contact point held part of the period owes the share of the months it was held.
      var required = 0
      var done = 0
      var evidence: [String] = []
      for contact in contacts where contact.area != nil {
        let months = period.monthRanges.filter {
          contact.isActive(from: $0.lowerBound, through: $0.upperBound)
        }.count
        guard months > 0 else { continue }
        let share = (quota * months + 11) / 12
        let count = visits(to: contact, from: period.first, through: period.last)
        required += share
        done += min(count, share)
        evidence.append("\(contact.label): \(count)/\(share)")
      }
      return QuotaResult(kind: kind, required: required, done: done, evidence: evidence)
    case .grassrootsDaysPerYear:
      let days = Set(visits.filter { !$0.kind.isWritten }.map(\.date))
      return QuotaResult(
        kind: kind, required: period.share(ofYearly: quota), done: days.count,
        evidence: days.sorted().map(\.description))
    case .stationedDaysPerMonth:
      var required = 0
      var done = 0
      var evidence: [String] = []
      for month in period.monthRanges {
        let (start, end) = (month.lowerBound, month.upperBound)
        let count = stationed.count(from: start, through: end)
        required += quota
        done += min(count, quota)
        evidence.append("\(String(start.description.prefix(7))): \(count)")
      }
      return QuotaResult(kind: kind, required: required, done: done, evidence: evidence)
    case .consecutiveStationedDaysPerMonth:
      var done = 0
      var evidence: [String] = []
      for month in period.monthRanges {
        let (start, end) = (month.lowerBound, month.upperBound)
        let runs = stationed.runs(touching: start, end)
        let longest = runs.map { $0.lowerBound.days(to: $0.upperBound) + 1 }.max() ?? 0
        if longest >= quota { done += 1 }
        evidence.append(
          "\(String(start.description.prefix(7))): "
            + (runs.map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")))
      }
      return QuotaResult(kind: kind, required: period.months, done: done, evidence: evidence)
    case .stationedSurveyDaysPerYear:
      let days = Set(
        visits.filter { [.stationed, .survey, .randomSurvey].contains($0.kind) }.map(\.date))
      return QuotaResult(
        kind: kind, required: period.share(ofYearly: quota), done: days.count,
        evidence: days.sorted().map(\.description))
    case .surveyReportsPerYear:
      let reports = visits.filter { $0.kind == .surveyReport }
      return QuotaResult(
        kind: kind, required: period.share(ofYearly: quota), done: reports.count,
        evidence: reports.map(\.date.description))
    case .minimumContactMonths:
      // Contacts ended in the period: each kept at least the months the rules ask.
      let ended = contacts.filter {
        guard let end = $0.endsOn else { return false }
        return end >= period.first && end <= period.last
      }
      let kept = ended.filter { $0.startsOn.adding(months: quota) <= $0.endsOn! }
      return QuotaResult(
        kind: kind, required: ended.count, done: kept.count,
        evidence: ended.map { "\($0.label): \($0.startsOn)–\($0.endsOn!)" })
    }
  }
}
