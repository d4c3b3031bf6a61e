import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The review's panels, laid out in one column at 80 columns and two side by side from 120: the
/// facts the view draws by and `update` scrolls by.
struct ReviewLayout {
  /// How a panel's line is drawn.
  enum Tone: Sendable { case normal, accent, warning, muted }

  /// A panel: its title, then lines of text or bars (scaled to the panel's largest value).
  struct Panel: Sendable {
    let title: String
    var lines: [(text: String, tone: Tone)] = []
    var bars: [BarChart.Bar] = []

    /// The rows it takes: its title and a blank row, its body (at least one line), a blank
    /// row after.
    var height: Int { 3 + max(1, max(lines.count, bars.count)) }
  }

  /// A panel placed: its column and its first row of the whole review.
  struct Placed: Sendable {
    let panel: Panel
    let column: Int
    let top: Int
  }

  let columns: Int
  let placed: [Placed]

  /// The rows of the review laid out, the taller column's.
  var height: Int { placed.map { $0.top + $0.panel.height }.max() ?? 0 }

  init(_ state: AppState, width: Int) {
    columns = width >= 120 ? 2 : 1
    var heights = Array(repeating: 0, count: columns)
    var placed: [Placed] = []
    for panel in Self.panels(state) {
      let column = heights.firstIndex(of: heights.min()!)!
      placed.append(Placed(panel: panel, column: column, top: heights[column]))
      heights[column] += panel.height
    }
    self.placed = placed
  }

  /// The rows the review shows at once in a body of `height` rows (the last keeps the keys).
  static func room(_ height: Int) -> Int { max(1, height - 2) }

  /// The furthest the review scrolls in `state`.
  static func maxScroll(_ state: AppState) -> Int {
    let body = state.size.height - 2
    return max(0, ReviewLayout(state, width: state.size.width).height - room(body))
  }

  static func panels(_ state: AppState) -> [Panel] {
    let l = state.l
    let language = state.language
    let counts = state.counts
    var panels: [Panel] = []
    var ledger = Panel(title: l(.reviewCounts))
    let items: [(TableText, Int, Bool)] = [
      (.countVillages, counts.villages, false), (.countHouseholds, counts.households, false),
      (.countMembers, counts.members, false), (.countCadres, counts.cadres, false),
      (.countVisits, counts.visits, false), (.countRequests, counts.requests, false),
      (.countOpen, counts.openRequests, false), (.countOverdue, counts.overdueRequests, true),
    ]
    // The figures right-aligned after the longest name.
    let names = items.map { l($0.0) }
    let figures = items.map { String($0.1) }
    let nameWidth = names.map { state.measure.width(of: $0) }.max() ?? 0
    let figureWidth = figures.map(\.count).max() ?? 0
    ledger.lines = items.indices.map { index in
      let name = names[index]
      let padding =
        nameWidth - state.measure.width(of: name) + 2
        + figureWidth - figures[index].count
      return (
        name + String(repeating: " ", count: padding) + figures[index],
        items[index].2 && items[index].1 > 0 ? .warning : .normal
      )
    }
    panels.append(ledger)
    var status = Panel(title: l(.reviewByStatus))
    status.bars =
      RequestStatus.allCases.map {
        BarChart.Bar(label: $0.label(language), value: state.review.statusCounts[$0] ?? 0)
      } + [BarChart.Bar(label: l(.countOverdue), value: counts.overdueRequests, highlighted: true)]
    panels.append(status)
    guard let figures = state.review.figures else { return panels }
    let month = figures.period.description
    var rates = Panel(
      title: l(.reviewRatesTitle(month, figures.previousPeriod.description)))
    func percent(_ rate: RatesReport.Rate) -> String {
      rate.percent.map { String(format: "%.0f%%", $0) } ?? "—"
    }
    let rateRows: [(RatesText, RatesReport.Rate, RatesReport.Rate)] = [
      (.ratesResponse, figures.rates.response, figures.previousRates.response),
      (.ratesResolution, figures.rates.resolution, figures.previousRates.resolution),
      (.ratesSatisfaction, figures.rates.satisfaction, figures.previousRates.satisfaction),
      (.ratesFollowUp, figures.rates.followUp, figures.previousRates.followUp),
    ]
    let rateNameWidth = rateRows.map { state.measure.width(of: l($0.0)) }.max() ?? 0
    for (name, rate, before) in rateRows {
      let fell = (rate.percent ?? 100) < (before.percent ?? 0)
      let padding = String(repeating: " ", count: rateNameWidth - state.measure.width(of: l(name)))
      rates.lines.append(
        (
          l(name) + padding + "  \(percent(rate)) (\(rate.numerator)/\(rate.denominator))  "
            + l(.reviewBefore(percent(before))), fell ? .warning : .accent
        ))
    }
    panels.append(rates)
    var categories = Panel(title: l(.reviewByCategory(month)))
    categories.bars = figures.byCategory.map {
      BarChart.Bar(
        label: RequestCategory.find($0.code)?.label(language) ?? $0.code, value: $0.count)
    }
    if categories.bars.isEmpty { categories.lines = [(l(.reviewNoRequests), .muted)] }
    panels.append(categories)
    var channels = Panel(title: l(.reviewByChannel(month)))
    channels.bars = figures.byChannel.map {
      BarChart.Bar(label: $0.channel.label(language), value: $0.count)
    }
    if channels.bars.isEmpty { channels.lines = [(l(.reviewNoRequests), .muted)] }
    panels.append(channels)
    var overdue = Panel(title: l(.reviewOverdueByAssignee))
    overdue.bars = figures.overdueByAssignee.map {
      BarChart.Bar(
        label: $0.assignee.isEmpty ? l(.ratesNoGroup) : $0.assignee, value: $0.count,
        highlighted: true)
    }
    if overdue.bars.isEmpty { overdue.lines = [(l(.reviewNoneOverdue), .muted)] }
    panels.append(overdue)
    var ages = Panel(title: l(.reviewOpenByAge))
    let ageNames: [RatesText] = [.reviewAge7, .reviewAge30, .reviewAge90, .reviewAgeOlder]
    ages.bars = figures.openByAge.enumerated().map { index, count in
      BarChart.Bar(label: l(ageNames[index]), value: count, highlighted: index == 3)
    }
    panels.append(ages)
    var health = Panel(title: l(.reviewHealth))
    health.lines = [
      (
        l(.reviewDuplicates(figures.possibleDuplicates)),
        figures.possibleDuplicates > 0 ? .warning : .normal
      ),
      (
        l(.reviewWithoutID(figures.membersWithoutID)),
        figures.membersWithoutID > 0 ? .warning : .normal
      ),
      (
        l(.reviewWithoutContact(figures.householdsWithoutContact)),
        figures.householdsWithoutContact > 0 ? .warning : .normal
      ),
    ]
    panels.append(health)
    return panels
  }
}
