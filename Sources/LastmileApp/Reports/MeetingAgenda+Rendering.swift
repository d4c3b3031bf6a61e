import Foundation
import LastmileCore
import LastmileStore

extension MeetingAgenda: PrintedReport {
  /// The agenda as the meeting reads it (A4): each matter with its number, requester, the day
  /// received, the matter and what the meeting is asked, and room for its decision.
  public func table(_ language: Language) -> ReportTable {
    let l = Localizer(language)
    let meetingName = meeting.label(language)
    var preamble = [officeName].filter { !$0.isEmpty }
    preamble.append(l(.agendaPreamble(asOf, items.count)))
    var table = ReportTable(
      title: l(.agendaPrintedTitle(meetingName, asOf)),
      preamble: preamble,
      columns: [
        .init(l(.agendaNumber), alignment: .right, weight: 1),
        .init(l(.colRequestNumber), weight: 4), .init(l(.fieldRequester), weight: 2),
        .init(l(.agendaReceived), weight: 2), .init(l(.fieldVillage), weight: 2),
        .init(l(.fieldContent), weight: 6), .init(l(.agendaQuestionColumn), weight: 4),
        .init(l(.agendaDecision), weight: 4),
      ],
      rows: items.enumerated().map { index, item in
        [
          String(index + 1), item.request.number, item.request.requester,
          item.request.receivedAt.date.description, item.request.village, item.request.content,
          item.question, "",
        ]
      },
      closing: [l(.agendaSignature)], emptyText: l(.agendaEmpty(meetingName)))
    table.portrait = true
    return table
  }

  /// One object: the meeting, the day, and its matters.
  public var json: JSONValue {
    .object([
      ("meeting", .string(meeting.rawValue)), ("as_of", .string(asOf.description)),
      (
        "items",
        .array(
          items.map { item in
            .object([
              ("id", .string(item.request.id.uuidString.lowercased())),
              ("number", .nonEmpty(item.request.number)),
              ("requester", .string(item.request.requester)),
              ("received_at", .string(item.request.receivedAt.isoText)),
              ("content", .string(item.request.content)), ("question", .nonEmpty(item.question)),
            ])
          })
      ),
    ])
  }
}
