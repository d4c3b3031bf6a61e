import Foundation
import LastmileCore
import LastmileStore

/// The review's measurement: a month's figures read as the review opens.
extension Benchmark {
  func review(_ store: LastmileStore) throws -> [Measurement] {
    let today = clock.today
    let month = Period(months: today, through: today)
    let samples = try (0..<5).map { _ in
      try milliseconds { _ = try store.reviewFigures(period: month) }
    }
    return [Measurement(.benchReviewMonth, unit: "ms", samples: samples, budget: 500)]
  }
}
