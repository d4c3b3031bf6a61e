/// The duty rota (值班表): the leaders take the reception days in turn. Sharing a period's days
/// gives each day to the leader with the fewest days in the period so far; among those, the one
/// whose last duty is longest ago (never on duty first), then the list's order. So every
/// leader's count in a period differs by at most one, no leader takes two days running while
/// another is free, and a new period goes on from where the last one stopped.
public enum DutyRota {
  /// The leader of each day of `days` that `kept` does not already give a leader: `kept` (days
  /// edited or generated before) counts towards the sharing and is never changed. `lastDuty`
  /// is each leader's latest duty before the period.
  public static func share(
    days: [LocalDate], leaders: [String], kept: [LocalDate: String] = [:],
    lastDuty: [String: LocalDate] = [:]
  ) -> [LocalDate: String] {
    guard !leaders.isEmpty else { return [:] }
    var count: [String: Int] = [:]
    var last = lastDuty
    for leader in leaders { count[leader] = 0 }
    for (day, leader) in kept where days.contains(day) {
      count[leader, default: 0] += 1
      last[leader] = max(last[leader] ?? day, day)
    }
    let order = Dictionary(leaders.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var given: [LocalDate: String] = [:]
    for day in days.sorted() where kept[day] == nil {
      let leader = leaders.min { a, b in
        let key = { (name: String) in (count[name] ?? 0, last[name], order[name] ?? 0) }
        let (ca, la, oa) = key(a)
        let (cb, lb, ob) = key(b)
        if ca != cb { return ca < cb }
        if la != lb {
          guard let la else { return true }
          guard let lb else { return false }
          return la < lb
        }
        return oa < ob
      }!
      given[day] = leader
      count[leader, default: 0] += 1
      last[leader] = day
    }
    return given
  }
}
