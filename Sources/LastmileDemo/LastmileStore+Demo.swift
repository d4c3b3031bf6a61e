import Foundation
import LastmileCore
import LastmileStore

extension LastmileStore {
  /// Fills an empty database with demo data in one transaction: all of it or nothing.
  ///
  /// Refuses a database that already holds households, members, cadres, visits or requests.
  public func fillWithDemoData(
    households: Int = 2000, seed: UInt64 = 1, progress: ((Double) -> Void)? = nil
  ) throws -> DemoSummary {
    let policy = try deadlinePolicy()
    let note = "seed \(seed), \(households) households, today \(clock.today)"
    return try loadInBulk(device: DemoGenerator.device, note: note, progress: progress) { loader in
      var generator = DemoGenerator(
        households: households, seed: seed, today: clock.today, calendar: calendar, policy: policy,
        progress: progress)
      var summary = try generator.run(&loader)
      summary.overdueRequests = generator.summary.overdueRequests
      return summary
    }
  }
}
