import Foundation
import LastmileCore
import LastmileStore

/// The roster: its table, the filter in force and how the header says it, and the search.
public struct RosterPane: Sendable, Equatable {
  public var table = TablePane<HouseholdSummary>(sort: RosterColumn.area.ascending)
  public var filter = RosterFilter()
  /// The filter as the pane header says it.
  public var filterLabel = ""
  /// The search being typed or kept, if any.
  public var search: RosterSearch?
}

/// The visit diary: its table.
public struct DiaryPane: Sendable, Equatable {
  public var table = TablePane<VisitSummary>(sort: DiaryColumn.date.descending)
  public var filter = VisitFilter()
  /// The filter as the pane header says it (the search included).
  public var filterLabel = ""
}

/// The queue of requests: its table and the filter in force.
public struct QueuePane: Sendable, Equatable {
  public var table = TablePane<RequestSummary>(sort: QueueColumn.workOrder.ascending)
  public var filter = RequestFilter()
  /// The name of the area the filter holds (set where the review opened the queue).
  public var areaName = ""
}

/// The review: what the database holds, and a period's figures in panels, one row of which is
/// selected to open the list it counts.
public struct ReviewPane: Sendable, Equatable {
  public var statusCounts: [RequestStatus: Int] = [:]
  /// The period the review shows (this month until another is chosen).
  public var period: Period?
  /// The area counted (with the areas in it), or nil for all, and its name.
  public var area: UUID?
  public var areaName = ""
  /// The figures of the period, once read.
  public var figures: ReviewFigures?
  /// The first row of the panels in view.
  public var scroll = 0
  /// The selected row, among the rows that open a list.
  public var selected = 0
}
