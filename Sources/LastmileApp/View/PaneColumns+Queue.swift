import LastmileCore
import LastmileStore
import TerminalKit

extension PaneColumns where Model == RequestSummary {
  /// The queue's columns; its sort keys are the working order, received, deadline and status.
  static let queue = PaneColumns(
    columns: [
      (.colReceived, .fixed(11), .left), (.colRequester, .flexible(min: 6, weight: 2), .left),
      (.colVillage, .flexible(min: 6, weight: 2), .left),
      (.colCategory, .flexible(min: 8, weight: 2), .left),
      (.colDecision, .flexible(min: 8, weight: 1), .left),
      (.colStatus, .flexible(min: 6, weight: 1), .left),
      (.colAssignee, .flexible(min: 6, weight: 2), .left), (.colDue, .fixed(9), .left),
      (.colDaysLeft, .fixed(5), .right),
    ],
    sortColumns: [8, 0, 7, 5],
    sortTitles: [QueueColumn.workOrder.rawValue: .sortWorkOrder],
    cells: { request, context in
      let l = context.l
      var due = request.dueOn.map { $0.compact(relativeTo: context.today) } ?? ""
      if request.extensions > 0 { due += " " + l(.extendedMark) }
      return [
        request.receivedAt.compact(relativeTo: context.today), request.requester, request.village,
        request.urgencyMark(l)
          + (RequestCategory.find(request.category)?.label(l.language) ?? request.category),
        request.isMerged ? l(.mergedMark) : request.decision?.label(l.language) ?? "",
        request.status.label(l.language),
        request.assignee, due, request.workingDaysLeft(context).map(String.init) ?? "",
      ]
    },
    style: { request, context, theme in
      guard let left = request.workingDaysLeft(context) else { return nil }
      if left < 0 { return theme.danger }
      return left <= 2 ? theme.warning : nil
    })
}

extension RequestSummary {
  /// 急 or 特急 before the category of a request more urgent than usual.
  func urgencyMark(_ l: Localizer) -> String {
    switch urgency {
    case .normal: ""
    case .urgent: l(.urgentMark) + " "
    case .critical: l(.criticalMark) + " "
    }
  }

  /// Working days from today to the deadline (negative when overdue), for a request still
  /// waiting for a reply; nil otherwise.
  func workingDaysLeft(_ context: RowContext) -> Int? {
    guard status.awaitsReply, let dueOn else { return nil }
    return context.calendar.workingDays(from: context.today, to: dueOn).value
  }
}

extension LocalDate {
  /// `MM-DD` in the year of `today`, `YY-MM-DD` in another: a date in a narrow column.
  func compact(relativeTo today: LocalDate) -> String {
    year == today.year ? String(description.dropFirst(5)) : String(description.dropFirst(2))
  }
}

extension LocalDateTime {
  /// `MM-DD HH:MM` in the year of `today`, else `YYYY-MM-DD`.
  func compact(relativeTo today: LocalDate) -> String {
    date.year == today.year ? String(description.dropFirst(5)) : date.description
  }
}
