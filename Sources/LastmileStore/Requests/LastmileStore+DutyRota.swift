import Foundation
import GRDB
import LastmileCore

/// The duty rota (值班表): the leader on duty on each reception day, generated in turn from the
/// settings' list of leaders and edited by swapping two days or replacing a day's leader. Every
/// change is audited.
extension LastmileStore {
  /// The reception days from `first` through `last` (by the schedule, the extra days opened and
  /// any day given a leader) with their leaders.
  public func dutyRota(from first: LocalDate, through last: LocalDate) throws -> [DutyDay] {
    let schedule = try localitySettings().schedule
    return try read { db in
      let set = try Self.dutyLeaders(db, from: first, through: last)
      let extra = Set(
        try String.fetchAll(
          db, sql: "SELECT day FROM reception_day WHERE kind = 'extra' AND day BETWEEN ? AND ?",
          arguments: [first.description, last.description]
        ).compactMap(LocalDate.init(parsing:)))
      var days = Set(set.keys).union(extra)
      var day = first
      while day <= last {
        if schedule.isReceptionDay(day, calendar: calendar) { days.insert(day) }
        day = day.adding(days: 1)
      }
      return days.sorted().map { day in
        DutyDay(
          day: day, leader: set[day] ?? "", reason: schedule.reason(day, calendar: calendar),
          extra: extra.contains(day))
      }
    }
  }

  /// The leader on duty on `day`, when one is set.
  public func dutyLeader(on day: LocalDate) throws -> String? {
    try read { db in try Self.dutyLeader(db, on: day) }
  }

  static func dutyLeader(_ db: Database, on day: LocalDate) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT leader FROM duty_day WHERE day = ?", arguments: [day.description])
  }

  private static func dutyLeaders(_ db: Database, from first: LocalDate, through last: LocalDate)
    throws -> [LocalDate: String]
  {
    var set: [LocalDate: String] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT day, leader FROM duty_day WHERE day BETWEEN ? AND ?",
      arguments: [first.description, last.description])
    {
      if let day = LocalDate(parsing: row["day"]) { set[day] = row["leader"] }
    }
    return set
  }

  /// Gives the reception days from `first` through `last`, from today on, that have no leader
  /// yet to the settings' leaders in turn (`DutyRota.share`): the days already set stay and
  /// count. Returns how many days were given.
  @discardableResult
  public func generateDutyRota(from first: LocalDate, through last: LocalDate) throws -> Int {
    var seen = Set<String>()
    let leaders = try localitySettings().dutyLeaders.filter { seen.insert($0).inserted }
    guard !leaders.isEmpty else { throw StoreError.noDutyLeaders }
    let today = clock.today
    let days = try dutyRota(from: first, through: last).map(\.day).filter { $0 >= today }
    return try write { db, context in
      let kept = try Self.dutyLeaders(db, from: first, through: last)
      var lastDuty: [String: LocalDate] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT leader, max(day) AS day FROM duty_day WHERE day < ? GROUP BY leader",
        arguments: [first.description])
      {
        lastDuty[row["leader"]] = LocalDate(parsing: row["day"])
      }
      let given = DutyRota.share(days: days, leaders: leaders, kept: kept, lastDuty: lastDuty)
      for (day, leader) in given.sorted(by: { $0.key < $1.key }) {
        try Self.setDuty(db, day: day, leader: leader, context: context, action: "generate")
      }
      return given.count
    }
  }

  /// Puts `leader` on duty on `day` in place of whoever was.
  public func setDutyLeader(_ leader: String, on day: LocalDate) throws {
    guard let leader = leader.nonBlank else {
      throw StoreError.invalidRecord([FieldProblem(.dutyLeader, .required)])
    }
    try write { db, context in
      try Self.setDuty(db, day: day, leader: leader, context: context, action: "replace")
    }
  }

  /// Swaps the leaders of two days; a day with no leader takes the other's, which is left with
  /// none.
  public func swapDuty(_ a: LocalDate, _ b: LocalDate) throws {
    try write { db, context in
      let first = try Self.dutyLeader(db, on: a)
      let second = try Self.dutyLeader(db, on: b)
      guard first != nil || second != nil else { throw StoreError.noDutyLeader(a) }
      for (day, leader) in [(a, second), (b, first)] {
        if let leader {
          try Self.setDuty(db, day: day, leader: leader, context: context, action: "swap")
        } else {
          try db.execute(sql: "DELETE FROM duty_day WHERE day = ?", arguments: [day.description])
          try db.appendAudit(
            table: "duty_day", rowId: day.description, action: "swap", before: nil, after: nil,
            note: "", context: context)
        }
      }
    }
  }

  private static func setDuty(
    _ db: Database, day: LocalDate, leader: String, context: ChangeContext, action: String
  ) throws {
    let before = try dutyLeader(db, on: day)
    guard before != leader else { return }
    try db.execute(
      sql: """
        INSERT INTO duty_day (day, leader, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (day) DO UPDATE SET leader = excluded.leader, updated_at = excluded.updated_at,
          device_id = excluded.device_id
        """,
      arguments: [
        day.description, leader, context.timestamp, context.timestamp, context.deviceId,
      ])
    try db.appendAudit(
      table: "duty_day", rowId: day.description, action: action,
      before: before.map { [("leader", $0.databaseValue)] },
      after: [("leader", leader.databaseValue)], note: "", context: context)
  }
}
