import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// A meeting's agenda: each matter with its requester, the day received and what the meeting
  /// is asked, the meeting's decision beside it once taken; the selected matter in full below.
  func renderAgenda(
    _ open: AgendaState, _ state: AppState, into screen: inout Screen, rect: Rect
  ) {
    let l = state.l
    let agenda = open.agenda
    screen.fill(rect, style: theme.normal)
    let meeting = agenda.meeting.label(state.language)
    screen.putFitted(
      l(.agendaTitle(meeting, agenda.items.count)), x: rect.x + 1, y: rect.y,
      width: rect.width / 2, style: theme.accent)
    let pending = open.decided.count
    screen.putFitted(
      pending == 0 ? "" : l(.agendaPending(pending, keyName(.formSubmit, state, context: .agenda))),
      x: rect.x + rect.width / 2, y: rect.y, width: rect.width / 2 - 1,
      style: theme.warning, alignment: .right)
    // The selected matter whole, under the table.
    var detail: [String] = []
    if let item = open.current, rect.height >= 14 {
      let width = rect.width - 2
      detail =
        clipped(
          measure.wrap(l(.agendaMatter) + item.request.content, to: width), to: 2, width: width)
        + clipped(
          measure.wrap(l(.agendaQuestion) + item.question, to: width), to: 1, width: width)
    }
    let tableRect = Rect(
      x: rect.x, y: rect.y + 1, width: rect.width - 1,
      height: rect.height - 3 - (detail.isEmpty ? 0 : detail.count + 1))
    let visible = max(1, TableView.visibleRows(in: tableRect))
    let first = max(0, open.selected - visible + 1)
    var table = TableView(
      columns: [
        TableColumn(l(.agendaNumber), width: .fixed(4), alignment: .right),
        TableColumn(l(.colRequestNumber), width: .fixed(18)),
        TableColumn(l(.fieldRequester), width: .flexible(min: 6, weight: 2)),
        TableColumn(l(.agendaReceived), width: .fixed(10)),
        TableColumn(l(.fieldContent), width: .flexible(min: 10, weight: 5)),
        TableColumn(l(.agendaDecision), width: .flexible(min: 10, weight: 4)),
      ],
      rows: agenda.items.enumerated().dropFirst(first).map { index, item in
        [
          String(index + 1), item.request.number, item.request.requester,
          item.request.receivedAt.date.description, item.request.content,
          open.decided[item.request.id].map { Self.outcomeText($0, l) } ?? "",
        ]
      },
      selected: agenda.items.isEmpty ? nil : open.selected - first,
      totalRows: agenda.items.count, firstRowNumber: first,
      emptyText: l(.agendaEmpty(meeting)))
    table.marksSelection = true
    table.render(into: &screen, rect: tableRect, theme: theme)
    for (index, text) in detail.enumerated() {
      screen.putFitted(
        text, x: rect.x + 1, y: tableRect.maxY + 1 + index, width: rect.width - 2,
        style: theme.normal)
    }
    let keys = [
      (ActionName.open, l(.agendaKeyDecide)), (.formSubmit, l(.agendaKeyRecord)),
      (.agendaUndo, l(.agendaKeyUndo)), (.agendaMeeting, l(.agendaKeyOther)),
      (.exportFile, l(.agendaKeyPrint)),
    ].map { keyName($0.0, state, context: .agenda) + " " + $0.1 }
    screen.putFitted(
      (keys + [keyName(.back, state) + " " + l(.rotaKeyBack)]).joined(separator: " · "),
      x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, style: theme.muted)
  }

  /// A meeting's decision in a few words.
  static func outcomeText(_ outcome: MeetingOutcome, _ l: Localizer) -> String {
    switch outcome {
    case .solve(let assignee, let due, _): l(.outcomeSolveText(assignee, due))
    case .transfer(let target, _): l(.outcomeTransferText(target))
    case .explain(let reason): l(.outcomeExplainText(reason))
    }
  }
}
