import LastmileApp
import LastmileCore
import TerminalKit

/// The benchmark's results as a table for people.
public enum BenchTable {
  public static func render(_ results: [Measurement], language: Language) -> String {
    let l = Localizer(language)
    let measure = TextMeasure()
    let header = [l(.benchName), "p50", "p95", "max", "n", l(.benchBudget), ""]
    let rows = results.map { result -> [String] in
      let budget =
        result.budget.map { (result.lowerIsBetter ? "≤ " : "≥ ") + format($0) + " " + result.unit }
        ?? ""
      return [
        l(result.label), format(result.p50), format(result.p95), format(result.max),
        String(result.samples.count), budget,
        result.budget == nil ? "" : result.withinBudget ? l(.benchHolds) : l(.benchMissed),
      ]
    }
    let widths = header.indices.map { column in
      ([header] + rows).map { measure.width(of: $0[column]) }.max() ?? 0
    }
    return ([header] + rows).map { row in
      row.enumerated().map { column, cell in
        measure.fit(
          cell, to: widths[column], alignment: column == 0 || column >= 5 ? .left : .right)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  private static func format(_ value: Double) -> String {
    if value >= 1000 { return String(Int(value.rounded())) }
    if value >= 10 { return String((value * 10).rounded() / 10) }
    return String((value * 100).rounded() / 100)
  }
}
