import LastmileCore

/// A reception day of the duty rota and the leader on duty (值班领导), when one is set.
public struct DutyDay: Sendable, Equatable {
  public let day: LocalDate
  /// The leader on duty; empty when none is set yet.
  public let leader: String
  /// Why the day holds a reception by the schedule; nil for an extra day (加开) or a day set
  /// outside the schedule.
  public let reason: ReceptionSchedule.Reason?
  /// The day was opened as an extra reception day.
  public let extra: Bool

  public init(day: LocalDate, leader: String, reason: ReceptionSchedule.Reason?, extra: Bool) {
    self.day = day
    self.leader = leader
    self.reason = reason
    self.extra = extra
  }
}
