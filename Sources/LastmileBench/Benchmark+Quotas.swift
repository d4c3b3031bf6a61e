import Foundation
import LastmileCore
import LastmileStore

/// The quotas' measurements: every cadre's for a year, and one cadre's for a month.
extension Benchmark {
  func quotas(_ store: LastmileStore) throws -> [Measurement] {
    let today = clock.today
    let year = Period(parsing: String(today.year))!
    let month = Period(parsing: String(today.description.prefix(7)))!
    var report: QuotaReport?
    let whole = try milliseconds { report = try store.quotaReport(period: year) }
    let cadres = Array((report?.cadres ?? []).prefix(20))
    let one = try cadres.map { row in
      try milliseconds {
        _ = try store.compliance(cadre: row.cadre.id, period: month)
      }
    }
    return [
      Measurement(.benchQuotasYear, unit: "ms", samples: [whole], budget: 500),
      Measurement(.benchQuotasCadreMonth, unit: "ms", samples: one, budget: 10),
    ]
  }
}
