import LastmileCore
import Testing

@Suite("The duty rota")
struct DutyRotaTests {
  let calendar = WorkingDayCalendar.builtIn
  let leaders = ["王主任", "李书记", "张镇长"]

  private func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  private func quarter() -> [LocalDate] {
    ReceptionSchedule().days(from: day("2026-10-01"), count: 60, calendar: calendar).filter {
      $0 < day("2027-01-01")
    }
  }

  @Test(
    "a quarter's reception days are shared in turn: counts differ by at most one, none twice running"
  )
  func sharedFairly() {
    let days = quarter()
    let rota = DutyRota.share(days: days, leaders: leaders)
    #expect(rota.count == days.count)
    let counts = Dictionary(grouping: rota.values, by: { $0 }).mapValues(\.count)
    #expect(Set(counts.keys) == Set(leaders))
    #expect(counts.values.max()! - counts.values.min()! <= 1)
    let ordered = days.map { rota[$0]! }
    for (a, b) in zip(ordered, ordered.dropFirst()) { #expect(a != b) }
    // In the list's order, since none was on duty before.
    #expect(Array(ordered.prefix(3)) == leaders)
  }

  @Test("days kept (edited before) stay and count towards the sharing")
  func keptDaysStay() {
    let days = quarter()
    let kept = [days[0]: "张镇长", days[1]: "张镇长"]
    let rota = DutyRota.share(days: days, leaders: leaders, kept: kept)
    #expect(rota[days[0]] == nil && rota[days[1]] == nil)
    var all = rota
    all.merge(kept) { a, _ in a }
    let counts = Dictionary(grouping: all.values, by: { $0 }).mapValues(\.count)
    #expect(counts.values.max()! - counts.values.min()! <= 1)
  }

  @Test("a new month goes on from where the last stopped: the longest off duty first")
  func goesOnFromLastDuty() {
    let days = ReceptionSchedule().days(from: day("2026-12-01"), count: 3, calendar: calendar)
    let last = [
      "王主任": day("2026-11-25"), "李书记": day("2026-11-11"), "张镇长": day("2026-11-18"),
    ]
    let rota = DutyRota.share(days: days, leaders: leaders, lastDuty: last)
    #expect(days.map { rota[$0]! } == ["李书记", "张镇长", "王主任"])
  }

  @Test("no leaders: no day is given")
  func noLeaders() {
    #expect(DutyRota.share(days: quarter(), leaders: []).isEmpty)
  }
}
