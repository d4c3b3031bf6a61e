import LastmileCore
import LastmileStore
import TerminalKit

extension PaneColumns where Model == RequestSummary {
  /// The queue's columns; its sort keys are the working order, received, deadline and status.
  static let queue = PaneColumns(
    columns: [
      Column(title: .colReceived, width: .fixed(11), sort: QueueColumn.received.rawValue),
      Column(title: .colRequestNumber, width: .fixed(17), fromWidth: Self.wide),
      Column(title: .colRequester, width: .flexible(min: 6, weight: 2)),
      Column(title: .colVillage, width: .flexible(min: 6, weight: 2)),
      Column(title: .colCategory, width: .flexible(min: 8, weight: 2)),
      Column(title: .colMatter, width: .flexible(min: 12, weight: 5), fromWidth: Self.wide),
      Column(title: .colDecision, width: .flexible(min: 8, weight: 1)),
      Column(
        title: .colStatus, width: .flexible(min: 6, weight: 1), sort: QueueColumn.status.rawValue),
      Column(title: .colOwner, width: .flexible(min: 6, weight: 2)),
      Column(title: .colDue, width: .fixed(10), sort: QueueColumn.due.rawValue),
      Column(
        title: .colDaysLeft, width: .fixed(5), alignment: .right,
        sort: QueueColumn.workOrder.rawValue, sortTitle: .sortWorkOrder),
    ],
    cells: { request, context in
      let l = context.l
      var due = request.dueOn.map { $0.compact(relativeTo: context.today) } ?? ""
      if request.extensions > 0 { due += " " + l(.extendedMark) }
      return [
        request.receivedAt.compact(relativeTo: context.today), request.number, request.requester,
        request.village,
        request.urgencyMark(l)
          + context.categoryName(request.category),
        request.content.split(whereSeparator: \.isNewline).joined(separator: " "),
        request.isMerged ? l(.mergedMark) : request.decision?.shortLabel(l.language) ?? "",
        request.status.shortLabel(l.language) + (request.returned ? l(.returnedMark) : "")
          + (request.awaitingApproval ? l(.awaitingApprovalMark) : ""),
        request.assignee, due, request.workingDaysLeft(context).map(String.init) ?? "",
      ]
    },
    style: { request, context, theme in
      theme.style(for: context.standing(request.status, request.dueOn))
    })
}

extension PaneColumns where Model == RequestSummary {
  /// From this many columns the queue shows each request's number and matter.
  static var wide: Int { 120 }
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
    context.standing(status, dueOn).workingDaysLeft
  }
}

extension LocalDate {
  /// `MM-DD` in the year of `today`, `YYYY-MM-DD` in another: the same in every column.
  func compact(relativeTo today: LocalDate) -> String {
    year == today.year ? String(description.dropFirst(5)) : description
  }
}

extension LocalDateTime {
  /// `MM-DD HH:MM` in the year of `today`; `YYYY-MM-DD` in another, as a date is shown.
  func compact(relativeTo today: LocalDate) -> String {
    date.year == today.year ? String(description.dropFirst(5)) : date.compact(relativeTo: today)
  }
}
