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
    var leaders: [String] = []
    let summary = try loadInBulk(device: DemoGenerator.device, note: note, progress: progress) {
      loader in
      var generator = DemoGenerator(
        households: households, seed: seed, today: clock.today, calendar: calendar, policy: policy,
        progress: progress)
      var summary = try generator.run(&loader)
      summary.overdueRequests = generator.summary.overdueRequests
      leaders = generator.dutyLeaders
      return summary
    }
    try standingAsideFromSyncLog { try keepDemoOffice(leaders: leaders) }
    return summary
  }

  /// The office's week in the demo: its leaders take the reception days in turn, from its first
  /// book to the end of next month, and each book was handed over the next working
  /// morning, as the office would have done; one of yesterday or today waits to be handed over.
  private func keepDemoOffice(leaders: [String]) throws {
    guard !leaders.isEmpty else { return }
    var settings = try localitySettings()
    settings.dutyLeaders = leaders
    try saveLocalitySettings(settings)
    let today = clock.today
    // From the first book the demo wrote (else three months back).
    let first =
      try receptionDay(nextTo: today.adding(months: -60), after: true) ?? today.adding(days: -92)
    let last = today.adding(months: 2).adding(days: -today.day)
    let days = try dutyRota(from: first, through: last).map(\.day)
    for (day, leader) in DutyRota.share(days: days, leaders: leaders).sorted(by: { $0.key < $1.key }
    ) {
      try setDutyLeader(leader, on: day)
    }
    var day = first.adding(days: -1)
    while let found = try receptionDay(nextTo: day, after: true), found < today.adding(days: -1) {
      let morning = BookDeadlines.handoverDue(found, calendar: calendar)
      try handOverReceptionBook(
        on: found, to: "党政办", at: LocalDateTime(date: morning, hour: 9, minute: 0))
      day = found
    }
    try printDemoSlips()
  }

  /// The office printed the slips of the desk's transfers, all but the last two (which show what
  /// the status line says of a transfer not made).
  private func printDemoSlips() throws {
    let waiting = try requestPage(
      filter: RequestFilter(flag: .notTransferred), sort: QueueColumn.received.ascending,
      anchor: .first, limit: 10_000)
    for row in waiting.dropLast(2) { try issueTransferSlip(request: row.model.id) }
  }
}
