import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// The review's month: the four rates with the month before's, under the ledger's counts; the
  /// requests by category (and by channel, where there is room) under the statuses.
  func renderReviewPeriod(
    _ figures: ReviewFigures, _ state: AppState, into screen: inout Screen, rect: Rect,
    half: Int, chartX: Int
  ) {
    let l = state.l
    let language = state.language
    let top = rect.y + 12
    guard top + 2 < rect.maxY - 1 else { return }
    screen.putFitted(
      l(.reviewRatesTitle(figures.period.description, figures.previousPeriod.description)),
      x: rect.x + 2, y: top, width: half, style: theme.header)
    let rates: [(RatesText, RatesReport.Rate, RatesReport.Rate)] = [
      (.ratesResponse, figures.rates.response, figures.previousRates.response),
      (.ratesResolution, figures.rates.resolution, figures.previousRates.resolution),
      (.ratesSatisfaction, figures.rates.satisfaction, figures.previousRates.satisfaction),
      (.ratesFollowUp, figures.rates.followUp, figures.previousRates.followUp),
    ]
    func percent(_ rate: RatesReport.Rate) -> String {
      rate.percent.map { String(format: "%.0f%%", $0) } ?? "—"
    }
    for (index, (name, rate, before)) in rates.enumerated() {
      let y = top + 2 + index
      guard y < rect.maxY - 1 else { break }
      let low = (rate.percent ?? 100) < (before.percent ?? 0)
      screen.putFitted(l(name), x: rect.x + 4, y: y, width: 11, style: theme.normal)
      let value = "\(percent(rate)) (\(rate.numerator)/\(rate.denominator))"
      let valueWidth = measure.width(of: value)
      screen.putFitted(
        value, x: rect.x + 16, y: y, width: max(1, half - 14),
        style: low ? theme.warning : theme.accent)
      screen.putFitted(
        l(.reviewBefore(percent(before))), x: rect.x + 17 + valueWidth, y: y,
        width: max(0, half - 15 - valueWidth), style: theme.muted)
    }
    // The categories under the statuses, as many as fit; the channels beside them when wide.
    let width = rect.maxX - chartX - 2
    let wide = width >= 70
    let chartWidth = wide ? width / 2 - 1 : width
    var y = rect.y + 11
    for (title, bars) in [
      (
        l(.reviewByCategory(figures.period.description)),
        figures.byCategory.map {
          BarChart.Bar(
            label: RequestCategory.find($0.code)?.label(language) ?? $0.code, value: $0.count)
        }
      ),
      (
        l(.reviewByChannel(figures.period.description)),
        figures.byChannel.map { BarChart.Bar(label: $0.channel.label(language), value: $0.count) }
      ),
    ].prefix(wide ? 2 : 1) {
      let x = y == rect.y + 11 ? chartX : chartX + chartWidth + 2
      let room = rect.maxY - 2 - (rect.y + 13)
      guard room > 0 else { return }
      screen.putFitted(title, x: x, y: rect.y + 11, width: chartWidth, style: theme.header)
      let shown = Array(bars.prefix(room))
      if shown.isEmpty {
        screen.putFitted(
          l(.reviewNoRequests), x: x, y: rect.y + 13, width: chartWidth, style: theme.muted)
      } else {
        BarChart(bars: shown).render(
          into: &screen, rect: Rect(x: x, y: rect.y + 13, width: chartWidth, height: shown.count),
          theme: theme)
      }
      y += 1
    }
  }
}
