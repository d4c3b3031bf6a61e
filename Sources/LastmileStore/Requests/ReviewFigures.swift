import Foundation
import LastmileCore

/// What the review draws of a period (and an area): the requests by category, channel and
/// status, the four rates with those of the period before, the overdue and the open by age,
/// the visits and the households not visited, the cadres' quotas, and the data's own health.
public struct ReviewFigures: Sendable, Equatable {
  /// A count under a name (a category code, a cadre, a village), with the period before's.
  public struct Count: Sendable, Equatable {
    public let key: String
    public let name: String
    public let count: Int
    public var before = 0
    /// The row it stands for, where there is one (a cadre, a village).
    public var id: UUID?
  }

  /// A village's households not visited for 30, 60 and 90 days.
  public struct Unvisited: Sendable, Equatable {
    public let village: UUID?
    public let name: String
    public let households: Int
    /// Households not visited for more than 30, 60 and 90 days (never visited included).
    public let over: [Int]
  }

  /// A month's requests received and closed.
  public struct Flow: Sendable, Equatable {
    public let month: LocalDate
    public let received: Int
    public let closed: Int
  }

  public let period: Period
  /// The period before, of the same length.
  public let previousPeriod: Period
  /// The area counted (and the areas in it), or nil for all.
  public let area: UUID?
  public var byCategory: [Count] = []
  public var byChannel: [Count] = []
  /// The period's requests by their status now.
  public var byStatus: [Count] = []
  public var rates = RatesReport.Figures()
  public var previousRates = RatesReport.Figures()
  /// Requests overdue today by assignee, the most first.
  public var overdueByAssignee: [Count] = []
  /// Requests not yet closed by how long ago they were received: up to 7 days, 8–30, 31–90,
  /// more than 90.
  public var openByAge: [Int] = []
  /// The period's visits per cadre, the most first (the period before's beside).
  public var visitsByCadre: [Count] = []
  /// The days `notVisited` counts: 30, 60 and 90.
  public static let unvisitedDays = [30, 60, 90]
  /// Households not visited for a while, by village, the most neglected first.
  public var notVisited: [Unvisited] = []
  /// Key households (重点户, 监测户) with no visit in the period, by category.
  public var keyNotVisited: [(category: HouseholdCategory, count: Int, of: Int)] = []
  /// The cadres' quotas over the period, the shortest first.
  public var quotas: [QuotaReport.Cadre] = []
  /// Requests received and closed in each of the twelve months up to the period's last.
  public var months: [Flow] = []
  /// The record book's flags today (walk-ins undecided, transfers not made, matters sent back):
  /// the office's, whatever the period and area.
  public var deskFlags: [DeskFlagCount] = []
  /// The replies of the period given in writing, and the matters of principle (by the settings'
  /// categories) answered only orally.
  public var writtenReplies = 0
  public var principleAnsweredOrally = 0
  /// Households that may duplicate another (as the roster's filter finds them).
  public var possibleDuplicates = 0
  /// Values two laptops wrote apart, and rows deleted on one and edited on another, that a
  /// merge left for a person to settle.
  public var syncConflicts = 0
  /// Households with a member who has no ID number.
  public var membersWithoutID = 0
  /// Households no cadre contacts.
  public var householdsWithoutContact = 0
  /// Whether the months' flow, the quotas and the data's health were read (they come after the
  /// rest).
  public var laterRead = false

  public init(period: Period, previousPeriod: Period, area: UUID?) {
    self.period = period
    self.previousPeriod = previousPeriod
    self.area = area
  }

  public static func == (lhs: ReviewFigures, rhs: ReviewFigures) -> Bool {
    lhs.period == rhs.period && lhs.area == rhs.area && lhs.rates == rhs.rates
      && lhs.previousRates == rhs.previousRates && lhs.byCategory == rhs.byCategory
      && lhs.byChannel == rhs.byChannel && lhs.byStatus == rhs.byStatus
      && lhs.visitsByCadre == rhs.visitsByCadre && lhs.notVisited == rhs.notVisited
      && lhs.months == rhs.months && lhs.quotas == rhs.quotas && lhs.laterRead == rhs.laterRead
      && lhs.possibleDuplicates == rhs.possibleDuplicates && lhs.deskFlags == rhs.deskFlags
      && lhs.syncConflicts == rhs.syncConflicts
      && lhs.writtenReplies == rhs.writtenReplies
      && lhs.principleAnsweredOrally == rhs.principleAnsweredOrally
      && lhs.keyNotVisited.map(\.count) == rhs.keyNotVisited.map(\.count)
  }
}
