import Foundation
import LastmileCore
import LastmileStore

/// The review's measurements: a month's and a year's figures read as the review opens (and the
/// quotas and the data's health it fills in after), the lists its rows open (a page and its count, as the pane reads them), and the work summary of
/// every cadre for a year.
extension Benchmark {
  func review(_ store: LastmileStore) throws -> [Measurement] {
    let today = clock.today
    let month = Period(months: today, through: today)
    let year = Period(parsing: String(today.year))!
    var figures: ReviewFigures?
    let monthly = try (0..<5).map { _ in
      try milliseconds { figures = try store.reviewFigures(period: month, area: nil, parts: .main) }
    }
    let yearly = try (0..<3).map { _ in
      try milliseconds { _ = try store.reviewFigures(period: year, area: nil, parts: .main) }
    }
    let later = try (0..<3).map { _ in
      try milliseconds {
        guard var shown = figures else { return }
        try store.addReviewFigures(to: &shown, parts: .later)
      }
    }
    let drills = try drillDowns(figures, month: month).map { open in
      try milliseconds { try open(store) }
    }
    let summary = try milliseconds {
      _ = try store.workSummary(from: year.first, through: today)
    }
    return [
      Measurement(.benchReviewMonth, unit: "ms", samples: monthly, budget: 200),
      Measurement(.benchReviewYear, unit: "ms", samples: yearly, budget: 200),
      Measurement(.benchReviewLater, unit: "ms", samples: later, budget: 1_000),
      Measurement(.benchReviewDrill, unit: "ms", samples: drills, budget: 50),
      Measurement(.benchSummaryYear, unit: "ms", samples: [summary], budget: 2_000),
    ]
  }

  /// The lists a month's review opens from its rows: each category's and status's requests of
  /// the month, the overdue of each assignee, the open by age, the households not visited for
  /// 30, 60 and 90 days, the key households not visited, and the data's health.
  private func drillDowns(_ figures: ReviewFigures?, month: Period)
    -> [(LastmileStore) throws -> Void]
  {
    guard let figures else { return [] }
    let days = month.first...month.last
    var queue: [RequestFilter] = figures.byCategory.map {
      RequestFilter(category: $0.key, receivedIn: days)
    }
    queue += figures.byStatus.map {
      RequestFilter(status: RequestStatus(rawValue: $0.key), receivedIn: days)
    }
    queue += figures.overdueByAssignee.prefix(5).map {
      RequestFilter(assignee: $0.key, overdue: true)
    }
    var open = RequestFilter(receivedIn: clock.today.adding(days: -30)...clock.today)
    open.stillOpen = true
    queue.append(open)
    var roster = ReviewFigures.unvisitedDays.map { RosterFilter(notVisitedForDays: $0) }
    for category in [HouseholdCategory.keyHousehold, .monitored] {
      var filter = RosterFilter(category: category)
      filter.notVisitedIn = days
      roster.append(filter)
    }
    roster += [
      RosterFilter(possibleDuplicates: true), RosterFilter(withoutContact: true),
      RosterFilter(memberWithoutID: true),
    ]
    return queue.map { filter in
      { store in
        _ = try store.requestCount(filter: filter)
        _ = try store.requestPage(
          filter: filter, sort: QueueColumn.workOrder.ascending, anchor: .first, limit: 40)
      }
    }
      + roster.map { filter in
        { store in
          _ = try store.rosterCount(filter: filter)
          _ = try store.rosterPage(
            filter: filter, sort: RosterColumn.area.ascending, anchor: .first, limit: 40)
        }
      }
  }
}
