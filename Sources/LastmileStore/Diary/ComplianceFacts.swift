import Foundation
import LastmileCore

/// What a cadre's quotas are counted from over a period: their contacts, with the visits the
/// cadre made to each by month, and the days of their visits by kind.
struct ComplianceFacts {
  struct Contact {
    let household: UUID?
    let area: UUID?
    let startsOn: LocalDate
    let endsOn: LocalDate?
    let label: String
    /// The cadre's visits to the contact while it was theirs, by month (`2026-03`).
    var visitsByMonth: [String: Int] = [:]

    func isActive(from start: LocalDate, through end: LocalDate) -> Bool {
      startsOn <= end && (endsOn ?? end) >= start
    }

    /// The visits from the month of `start` through the month of `end`.
    func visits(from start: LocalDate, through end: LocalDate) -> Int {
      let from = String(start.description.prefix(7))
      let through = String(end.description.prefix(7))
      return visitsByMonth.reduce(0) { $0 + ($1.key >= from && $1.key <= through ? $1.value : 0) }
    }
  }

  var contacts: [Contact] = []
  /// The distinct days of the cadre's visits with the kinds of visit made each day (the
  /// stationed ones two months either side of the period, for runs across its edges).
  var days: [LocalDate: [VisitKind: Int]] = [:]

  /// The days in `period` with a visit of a kind `matching` says.
  func days(in period: Period, _ matching: (VisitKind) -> Bool) -> [LocalDate] {
    days.compactMap { day, kinds in
      day >= period.first && day <= period.last && kinds.keys.contains(where: matching) ? day : nil
    }.sorted()
  }

  var stationed: StationedDays { StationedDays(days.filter { $0.value[.stationed] != nil }.keys) }

  /// The quota's result over `period`; a yearly quota's over `year`, the year up to the
  /// period's end (from the day the role began, when that was this year).
  func result(_ kind: QuotaKind, quota: Int, period: Period, year: Period) -> QuotaResult {
    let period = kind.isYearly ? year : period
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
          let count = contact.visits(from: start, through: end)
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
        let share = quota * months / 12
        let count = contact.visits(from: period.first, through: period.last)
        required += share
        done += min(count, share)
        evidence.append("\(contact.label): \(count)/\(share)")
      }
      return QuotaResult(kind: kind, required: required, done: done, evidence: evidence)
    case .grassrootsDaysPerYear:
      let days = days(in: period) { !$0.isWritten }
      return QuotaResult(
        kind: kind, required: period.part(ofYearly: quota), done: days.count,
        evidence: days.map(\.description))
    case .stationedDaysPerMonth:
      let stationed = stationed
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
      let stationed = stationed
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
      let days = days(in: period) { [.stationed, .survey, .randomSurvey].contains($0) }
      return QuotaResult(
        kind: kind, required: period.part(ofYearly: quota), done: days.count,
        evidence: days.map(\.description))
    case .surveyReportsPerYear:
      let reports = days(in: period) { $0 == .surveyReport }.flatMap {
        Array(repeating: $0, count: days[$0]?[.surveyReport] ?? 0)
      }
      return QuotaResult(
        kind: kind, required: period.part(ofYearly: quota), done: reports.count,
        evidence: reports.map(\.description))
    case .minimumContactMonths:
      // Contacts ended in the period: each kept at least the months the rules ask.
      let ended = contacts.compactMap { contact -> (Contact, LocalDate)? in
        guard let end = contact.endsOn, end >= period.first, end <= period.last else { return nil }
        return (contact, end)
      }
      let kept = ended.filter { $0.0.startsOn.adding(months: quota) <= $0.1 }
      return QuotaResult(
        kind: kind, required: ended.count, done: kept.count,
        evidence: ended.map { "\($0.0.label): \($0.0.startsOn)–\($0.1)" })
    }
  }
}
