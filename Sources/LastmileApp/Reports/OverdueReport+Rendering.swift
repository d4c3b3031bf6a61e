import Foundation
import LastmileCore
import LastmileStore

extension OverdueReport: PrintedReport {
  /// The report for people, in `language`.
  public func table(_ language: Language) -> ReportTable {
    let l = Localizer(language)
    var preamble = [l(.reportOverdueCount(asOf, requests.count))]
    if !estimatedYears.isEmpty {
      preamble.append(
        l(.calendarEstimated(estimatedYears.map(String.init).joined(separator: l(.listSeparator)))))
    }
    return ReportTable(
      title: l(.reportOverdueTitle(asOf)),
      preamble: preamble,
      columns: [
        .init(l(.colRequestNumber), weight: 4),
        .init(FieldName.receivedAt.title(language), weight: 3),
        .init(FieldName.requesterName.title(language), weight: 2),
        .init(FieldName.householdNo.title(language), weight: 2),
        .init(FieldName.village.title(language), weight: 2),
        .init(FieldName.category.title(language), weight: 2),
        .init(FieldName.content.title(language), weight: 6),
        .init(FieldName.decision.title(language), weight: 2),
        .init(FieldName.assignee.title(language), weight: 3),
        .init(FieldName.status.title(language), weight: 2),
        .init(FieldName.dueOn.title(language), weight: 2),
        .init(l(.reportWorkingDaysOverdue), alignment: .right, weight: 2),
      ],
      rows: requests.map { item in
        let request = item.request
        return [
          request.number, request.receivedAt.description, request.requester.name, item.householdNo,
          item.village,
          RequestCategory.find(request.category)?.label(language) ?? request.category,
          request.content, request.decision?.label(language) ?? l(.undecided), request.assignee,
          request.status.label(language),
          request.dueOn?.description ?? "", String(item.workingDaysOverdue),
        ]
      },
      emptyText: l(.reportOverdueNone(asOf)))
  }

  /// One JSON object per request, in an array: stable English keys for scripts.
  public var json: JSONValue {
    .array(
      requests.map { item in
        let request = item.request
        return .object([
          ("id", .string(request.id.uuidString.lowercased())),
          ("number", .nonEmpty(request.number)),
          ("received_at", .string(request.receivedAt.isoText)),
          ("channel", .string(request.channel.code)),
          ("requester_name", .string(request.requester.name)),
          ("household_no", .nonEmpty(item.householdNo)), ("village", .nonEmpty(item.village)),
          ("category", .string(request.category)), ("content", .string(request.content)),
          ("decision", .optional(request.decision?.code)),
          ("assignee", .nonEmpty(request.assignee)),
          ("status", .string(request.status.code)),
          ("due_on", .optional(request.dueOn?.description)),
          ("working_days_overdue", .int(item.workingDaysOverdue)),
        ])
      })
  }

}
