/// Where a request stands against its deadline on a day.
public enum DeadlineStanding: Sendable, Equatable {
  /// No deadline runs: replied, closed, solved on the spot, or none was set.
  case none
  /// Waiting for a reply, with time left.
  case onTime(workingDaysLeft: Int)
  /// Waiting for a reply, with `DeadlinePolicy.dueSoonWorkingDays` or fewer left.
  case dueSoon(workingDaysLeft: Int)
  /// Waiting for a reply past the deadline.
  case overdue(workingDaysLate: Int)

  /// Working days from today to the deadline, negative when it has passed; nil when none runs.
  public var workingDaysLeft: Int? {
    switch self {
    case .none: nil
    case .onTime(let left), .dueSoon(let left): left
    case .overdue(let late): -late
    }
  }
}
