import Foundation
import LastmileCore

/// A request past its deadline and still waiting for a reply, as the overdue report lists it.
public struct OverdueRequest: Sendable, Equatable {
  public let request: HelpRequest
  public let village: String
  /// The requester's household number, when the requester is in the roster.
  public let householdNo: String
  /// Working days from the deadline to today.
  public let workingDaysOverdue: Int
}

/// The overdue requests as of a day, most overdue first.
public struct OverdueReport: Sendable, Equatable {
  public let asOf: LocalDate
  public let requests: [OverdueRequest]
  /// Years the working-day count had to estimate on weekends alone (the calendar lacks them).
  public let estimatedYears: [Int]
}
