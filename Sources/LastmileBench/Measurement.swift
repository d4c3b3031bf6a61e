import Foundation
import LastmileApp
import LastmileCore

/// One measured quantity: its samples, summarised as the median, the 95th percentile and the
/// largest.
public struct Measurement: Sendable {
  /// What is measured, in the user's words; its English text is the stable `name` of `--json`.
  public let label: BenchText
  public let name: String
  public let unit: String
  public let samples: [Double]
  /// The budget, when the quantity has one, and whether lower is better.
  public let budget: Double?
  public let lowerIsBetter: Bool

  public init(
    _ label: BenchText, unit: String, samples: [Double], budget: Double? = nil,
    lowerIsBetter: Bool = true
  ) {
    self.label = label
    self.name = Localizer(.en)(label)
    self.unit = unit
    self.samples = samples
    self.budget = budget
    self.lowerIsBetter = lowerIsBetter
  }

  private var sorted: [Double] { samples.sorted() }

  /// The value below which `fraction` of the samples lie (nearest rank).
  public func percentile(_ fraction: Double) -> Double {
    let values = sorted
    guard !values.isEmpty else { return 0 }
    let rank = Int((fraction * Double(values.count)).rounded(.up)) - 1
    return values[min(Swift.max(rank, 0), values.count - 1)]
  }

  public var p50: Double { percentile(0.5) }
  public var p95: Double { percentile(0.95) }
  public var max: Double { (lowerIsBetter ? sorted.last : sorted.first) ?? 0 }

  /// The figure the budget is checked against: the 95th percentile (or, where higher is
  /// better, the median).
  public var checked: Double { lowerIsBetter ? p95 : p50 }

  /// Whether the budget holds (true when there is none).
  public var withinBudget: Bool {
    guard let budget else { return true }
    return lowerIsBetter ? checked <= budget : checked >= budget
  }

  /// One JSON object: `name`, `unit`, `p50`, `p95`, `max`, `n` (and `budget` when there is one).
  public var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("name", .string(name)), ("unit", .string(unit)), ("p50", .double(round3(p50))),
      ("p95", .double(round3(p95))),
      ("max", .double(round3(max))), ("n", .int(samples.count)),
    ]
    if let budget { members.append(("budget", .double(budget))) }
    return .object(members)
  }

  private func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Times a piece of work in milliseconds.
func milliseconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}
