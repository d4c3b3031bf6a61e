import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The review's panels built from the figures: each row with the list it opens, each panel
/// with its table.
extension ReviewLayout {
  static func panels(_ state: AppState) -> [Panel] {
    var panels = [ledger(state)]
    guard let figures = state.review.figures else {
      var status = Panel(title: state.l(.reviewByStatus))
      status.rows = RequestStatus.allCases.map {
        .bar(
          BarChart.Bar(label: $0.label(state.language), value: state.review.statusCounts[$0] ?? 0))
      }
      return panels + [status]
    }
    let builder = PanelBuilder(state: state, figures: figures)
    panels += [
      builder.rates(), builder.flow(), builder.statuses(), builder.categories(),
      builder.channels(), builder.overdue(), builder.ages(), builder.visits(),
      builder.notVisited(), builder.keyHouseholds(), builder.quotas(), builder.health(),
    ]
    return panels
  }

  /// What the database holds, the names' figures right-aligned.
  private static func ledger(_ state: AppState) -> Panel {
    let l = state.l
    let counts = state.counts
    var ledger = Panel(title: l(.reviewCounts))
    let items: [(TableText, Int, Bool)] = [
      (.countVillages, counts.villages, false), (.countHouseholds, counts.households, false),
      (.countMembers, counts.members, false), (.countCadres, counts.cadres, false),
      (.countVisits, counts.visits, false), (.countRequests, counts.requests, false),
      (.countOpen, counts.openRequests, false), (.countOverdue, counts.overdueRequests, true),
    ]
    let names = items.map { l($0.0) }
    let figures = items.map { String($0.1) }
    let nameWidth = names.map { state.measure.width(of: $0) }.max() ?? 0
    let figureWidth = figures.map(\.count).max() ?? 0
    ledger.rows = items.indices.map { index in
      let name = names[index]
      let padding =
        nameWidth - state.measure.width(of: name) + 2 + figureWidth - figures[index].count
      let overdue = items[index].2
      return .text(
        name + String(repeating: " ", count: padding) + figures[index],
        overdue && items[index].1 > 0 ? .warning : .normal,
        drill: overdue ? .queue(RequestFilter(overdue: true)) : nil)
    }
    ledger.table =
      [[l(.columnName), l(.columnCount)]] + items.indices.map { [names[$0], figures[$0]] }
    return ledger
  }
}

/// Builds the panels of one period's figures.
private struct PanelBuilder {
  let state: AppState
  let figures: ReviewFigures

  var l: Localizer { state.l }
  var language: Language { state.language }
  var period: String { figures.period.description }
  /// The period's days up to today: the requests received in it.
  var days: ClosedRange<LocalDate> { figures.period.first...figures.period.last }
  var area: UUID? { figures.area }

  /// A table of named counts with the period before's.
  func countTable(_ rows: [(String, Int, Int)]) -> [[String]] {
    [[l(.columnName), l(.columnCount), l(.columnBefore)]]
      + rows.map { [$0.0, String($0.1), String($0.2)] }
  }

  func rates() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(
      title: l(.reviewRatesTitle(period, figures.previousPeriod.description)))
    func percent(_ rate: RatesReport.Rate) -> String {
      rate.percent.map { String(format: "%.0f%%", $0) } ?? "—"
    }
    let rows: [(RatesText, RatesReport.Rate, RatesReport.Rate)] = [
      (.ratesResponse, figures.rates.response, figures.previousRates.response),
      (.ratesResolution, figures.rates.resolution, figures.previousRates.resolution),
      (.ratesSatisfaction, figures.rates.satisfaction, figures.previousRates.satisfaction),
      (.ratesFollowUp, figures.rates.followUp, figures.previousRates.followUp),
    ]
    let width = rows.map { state.measure.width(of: l($0.0)) }.max() ?? 0
    for (name, rate, before) in rows {
      let fell = (rate.percent ?? 100) < (before.percent ?? 0)
      let padding = String(repeating: " ", count: width - state.measure.width(of: l(name)))
      panel.rows.append(
        .text(
          l(name) + padding + "  \(percent(rate)) (\(rate.numerator)/\(rate.denominator))  "
            + l(.reviewBefore(percent(before))), fell ? .warning : .accent))
    }
    panel.table =
      [
        [
          l(.columnName), "%", "n", "d", l(.columnBefore) + " %", l(.columnBefore) + " n",
          l(.columnBefore) + " d",
        ]
      ]
      + rows.map { name, rate, before in
        [
          l(name), percent(rate), String(rate.numerator), String(rate.denominator),
          percent(before), String(before.numerator), String(before.denominator),
        ]
      }
    return panel
  }

  /// Requests received and closed month by month, as sparklines.
  func flow() -> ReviewLayout.Panel {
    let months = figures.months
    let end = figures.period.last
    let last = String(end.description.prefix(7))
    let first = String(end.adding(months: -11).description.prefix(7))
    var panel = ReviewLayout.Panel(title: l(.reviewFlow(first, last)))
    guard figures.laterRead else {
      panel.rows = [.text(l(.reviewCounting), .muted)]
      return panel
    }
    let most = max(months.map(\.received).max() ?? 0, months.map(\.closed).max() ?? 0)
    panel.rows = [
      ReviewLayout.Row(
        content: .spark(
          l(.reviewFlowReceived), months.map(\.received),
          "\(months.last?.received ?? 0) · " + l(.reviewFlowScale(most)))),
      ReviewLayout.Row(
        content: .spark(
          l(.reviewFlowClosed), months.map(\.closed), "\(months.last?.closed ?? 0)")),
    ]
    panel.table =
      [["month", l(.reviewFlowReceived), l(.reviewFlowClosed)]]
      + months.map {
        [String($0.month.description.prefix(7)), String($0.received), String($0.closed)]
      }
    return panel
  }

  func statuses() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewStatusIn(period)))
    panel.rows = figures.byStatus.compactMap { count in
      guard let status = RequestStatus(rawValue: count.key) else { return nil }
      return .bar(
        BarChart.Bar(
          label: status.label(language), value: count.count,
          note: l(.reviewBeforeCount(count.before))),
        drill: .queue(RequestFilter(status: status, receivedIn: days, area: area)))
    }
    panel.table = countTable(
      figures.byStatus.map {
        (RequestStatus(rawValue: $0.key)?.label(language) ?? $0.key, $0.count, $0.before)
      })
    return panel
  }

  func categories() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewByCategory(period)))
    let name = { (code: String) in RequestCategory.find(code)?.label(language) ?? code }
    panel.rows = figures.byCategory.map {
      .bar(
        BarChart.Bar(label: name($0.key), value: $0.count, note: l(.reviewBeforeCount($0.before))),
        drill: .queue(RequestFilter(category: $0.key, receivedIn: days, area: area)))
    }
    if panel.rows.isEmpty { panel.rows = [.text(l(.reviewNoRequests), .muted)] }
    panel.table = countTable(figures.byCategory.map { (name($0.key), $0.count, $0.before) })
    return panel
  }

  func channels() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewByChannel(period)))
    let rows = figures.byChannel.compactMap { count in
      RequestChannel(rawValue: count.key).map { (channel: $0, count: count) }
    }
    panel.rows = rows.map {
      .bar(
        BarChart.Bar(
          label: $0.channel.label(language), value: $0.count.count,
          note: l(.reviewBeforeCount($0.count.before))),
        drill: .queue(RequestFilter(channel: $0.channel, receivedIn: days, area: area)))
    }
    if panel.rows.isEmpty { panel.rows = [.text(l(.reviewNoRequests), .muted)] }
    panel.table = countTable(
      rows.map { ($0.channel.label(language), $0.count.count, $0.count.before) })
    return panel
  }

  func overdue() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewOverdueByAssignee))
    let name = { (key: String) in key.isEmpty ? l(.ratesNoGroup) : key }
    panel.rows = figures.overdueByAssignee.map {
      .bar(
        BarChart.Bar(label: name($0.key), value: $0.count, highlighted: true),
        drill: .queue(RequestFilter(assignee: $0.key, overdue: true, area: area)))
    }
    if panel.rows.isEmpty { panel.rows = [.text(l(.reviewNoneOverdue), .muted)] }
    panel.table =
      [[l(.columnName), l(.columnCount)]]
      + figures.overdueByAssignee.map { [name($0.key), String($0.count)] }
    return panel
  }

  func ages() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewOpenByAge))
    let names: [RatesText] = [.reviewAge7, .reviewAge30, .reviewAge90, .reviewAgeOlder]
    let today = state.today
    let spans: [ClosedRange<LocalDate>] = [
      today.adding(days: -7)...today, today.adding(days: -30)...today.adding(days: -8),
      today.adding(days: -90)...today.adding(days: -31),
      LocalDate(year: 2000, month: 1, day: 1)!...today.adding(days: -91),
    ]
    panel.rows = figures.openByAge.enumerated().map { index, count in
      var filter = RequestFilter(receivedIn: spans[index], area: area)
      filter.stillOpen = true
      return .bar(
        BarChart.Bar(label: l(names[index]), value: count, highlighted: index == 3),
        drill: .queue(filter))
    }
    panel.table =
      [[l(.columnName), l(.columnCount)]]
      + figures.openByAge.enumerated().map { [l(names[$0.offset]), String($0.element)] }
    return panel
  }

  func visits() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewVisitsByCadre(period)))
    // The calendar opens on the period's last month begun.
    let month = min(figures.period.last, state.today)
    panel.rows = figures.visitsByCadre.prefix(ReviewLayout.longest).map { count in
      .bar(
        BarChart.Bar(
          label: count.name, value: count.count, note: l(.reviewBeforeCount(count.before))),
        drill: count.id.map { .calendar(cadre: $0, month: month) })
    }
    let more = figures.visitsByCadre.count - ReviewLayout.longest
    if more > 0 { panel.rows.append(.text(l(.reviewMoreRows(more)), .muted)) }
    if panel.rows.isEmpty { panel.rows = [.text(l(.reviewNoVisits), .muted)] }
    panel.table = countTable(figures.visitsByCadre.map { ($0.name, $0.count, $0.before) })
    return panel
  }

  func notVisited() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewNotVisited))
    let totals = ReviewFigures.unvisitedDays.indices.map { index in
      figures.notVisited.reduce(0) { $0 + $1.over[index] }
    }
    let areaName = state.review.area == nil ? l(.reviewAllAreas) : state.review.areaName
    panel.rows = ReviewFigures.unvisitedDays.enumerated().map { index, days in
      .bar(
        BarChart.Bar(
          label: l(.reviewOverDays(days)), value: totals[index], highlighted: index == 2),
        drill: .roster(
          RosterFilter(area: area, notVisitedForDays: days),
          label: areaName + " · " + l(.reviewOverDays(days))))
    }
    let name = { (row: ReviewFigures.Unvisited) in row.name.isEmpty ? l(.reviewNoVillage) : row.name
    }
    panel.rows += figures.notVisited.prefix(ReviewLayout.longest).map { row in
      .text(
        l(.reviewVillageLine(name(row), row.households, row.over[0], row.over[1], row.over[2])),
        row.over[2] > 0 ? .warning : .normal,
        drill: row.village.map {
          .roster(
            RosterFilter(area: $0, notVisitedForDays: 30),
            label: name(row) + " · " + l(.reviewOverDays(30)))
        })
    }
    let more = figures.notVisited.count - ReviewLayout.longest
    if more > 0 { panel.rows.append(.text(l(.reviewMoreRows(more)), .muted)) }
    panel.table =
      [
        [l(.columnName), l(.countHouseholds)]
          + ReviewFigures.unvisitedDays.map { l(.reviewOverDays($0)) }
      ]
      + figures.notVisited.map { [name($0), String($0.households)] + $0.over.map(String.init) }
    return panel
  }

  func keyHouseholds() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewKeyNotVisited(period)))
    guard figures.laterRead else {
      panel.rows = [.text(l(.reviewCounting), .muted)]
      return panel
    }
    let span = figures.period.first...min(figures.period.last, state.today)
    panel.rows = figures.keyNotVisited.map { row in
      var filter = RosterFilter(area: area, category: row.category)
      filter.notVisitedIn = span
      return .bar(
        BarChart.Bar(
          label: row.category.label(language), value: row.count, highlighted: row.count > 0,
          note: "/ \(row.of)"),
        drill: .roster(
          filter, label: row.category.label(language) + " · " + l(.reviewKeyNotVisited(period))))
    }
    panel.table =
      [[l(.columnName), l(.columnCount), l(.countHouseholds)]]
      + figures.keyNotVisited.map {
        [$0.category.label(language), String($0.count), String($0.of)]
      }
    return panel
  }

  func quotas() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewQuotas(period)))
    guard figures.laterRead else {
      panel.rows = [.text(l(.reviewCounting), .muted)]
      return panel
    }
    let short = figures.quotas.filter { $0.short > 0 }
    panel.rows = [
      .text(
        l(.reviewQuotasSummary(figures.quotas.count - short.count, short.count)),
        short.isEmpty ? .accent : .warning)
    ]
    panel.rows += short.prefix(ReviewLayout.longest).map { row in
      .bar(
        BarChart.Bar(
          label: l(.reviewQuotaShort(row.cadre.name, row.role.label(language), row.short)),
          value: row.short, highlighted: true),
        drill: .cadre(row.cadre.id))
    }
    let more = short.count - ReviewLayout.longest
    if more > 0 { panel.rows.append(.text(l(.reviewMoreRows(more)), .muted)) }
    if figures.quotas.isEmpty { panel.rows = [.text(l(.reviewNoQuotas), .muted)] }
    panel.table =
      [[l(.columnName), l(.columnRole), l(.columnShort)]]
      + figures.quotas.map { [$0.cadre.name, $0.role.label(language), String($0.short)] }
    return panel
  }

  func health() -> ReviewLayout.Panel {
    var panel = ReviewLayout.Panel(title: l(.reviewHealth))
    guard figures.laterRead else {
      panel.rows = [.text(l(.reviewCounting), .muted)]
      return panel
    }
    let items: [(String, Int, RosterFilter)] = [
      (
        l(.reviewDuplicates(figures.possibleDuplicates)), figures.possibleDuplicates,
        RosterFilter(area: area, possibleDuplicates: true)
      ),
      (
        l(.reviewWithoutID(figures.membersWithoutID)), figures.membersWithoutID,
        RosterFilter(area: area, memberWithoutID: true)
      ),
      (
        l(.reviewWithoutContact(figures.householdsWithoutContact)),
        figures.householdsWithoutContact,
        RosterFilter(area: area, withoutContact: true)
      ),
    ]
    panel.rows = items.map { text, count, filter in
      .text(text, count > 0 ? .warning : .normal, drill: .roster(filter, label: text))
    }
    // The book's deadlines, each flag to the queue's requests that hold it.
    let flags = figures.deskFlags.map { ($0, l($0.flag.full($0.count, since: $0.since))) }
    panel.rows += flags.map { flag, text in
      .text(text, .warning, drill: .queue(RequestFilter(flag: flag.flag)))
    }
    if flags.isEmpty { panel.rows.append(.text(l(.deskFlagNone), .normal)) }
    // What merging other laptops' bundles left to settle.
    if figures.syncConflicts > 0 {
      panel.rows.append(
        .text(l(.reviewConflicts(figures.syncConflicts)), .warning, drill: .syncConflicts))
    }
    // Replies in writing, and the matters of principle answered only orally.
    let replies = l(.reviewReplyKinds(figures.writtenReplies, figures.principleAnsweredOrally))
    panel.rows.append(.text(replies, figures.principleAnsweredOrally > 0 ? .warning : .normal))
    panel.table =
      [[l(.columnName), l(.columnCount)]] + items.map { [$0.0, String($0.1)] }
      + flags.map { [l($0.0.flag.name), String($0.0.count)] }
      + [
        [l(.reviewWrittenReplies), String(figures.writtenReplies)],
        [l(.reviewPrincipleOrally), String(figures.principleAnsweredOrally)],
      ]
    return panel
  }
}
