import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// The queue's header: the filter in force.
  func renderQueueHeader(_ state: AppState, into screen: inout Screen, rect: Rect) {
    renderFilterHeader(
      state, state.queue.table, title: .paneQueue, label: state.queueFilterLabel, context: .queue,
      into: &screen, rect: rect)
  }

  /// A pane's header while a filter is in force: what it keeps, and the key that clears it.
  func renderFilterHeader<Model>(
    _ state: AppState, _ pane: TablePane<Model>, title: AppText, label: String,
    context: KeyContext, into screen: inout Screen, rect: Rect
  ) {
    guard !label.isEmpty else { return }
    let l = state.l
    let position = positionText(state, pane).map { measure.width(of: $0) + 2 } ?? 0
    let width = max(rect.width / 2, rect.width - position)
    let text =
      l(title) + drillHint(state) + "  " + l(.filterLabel(label))
      + " (\(keyName(.filterClear, state, context: context)))"
    screen.fill(Rect(x: rect.x, y: rect.y, width: width, height: 1), style: theme.normal)
    screen.putFitted(text, x: rect.x + 1, y: rect.y, width: width - 1, style: theme.warning)
  }

  /// Said after the title of a pane the review opened: the key that goes back to it.
  func drillHint(_ state: AppState) -> String {
    guard state.drillReturn?.pane == state.tab else { return "" }
    return "  " + state.l(.drillBack(keyName(.back, state, context: .global)))
  }

  /// A request's own view: every field, its deadline, and its history as a timeline.
  func renderRequestView(
    _ view: RequestViewState, _ state: AppState, into screen: inout Screen, rect: Rect
  ) {
    let l = state.l
    let language = state.language
    let detail = view.detail
    let request = detail.request
    screen.fill(rect, style: theme.normal)
    let title = l(.requestViewTitle(request.receivedAt, request.channel.label(language)))
    let titleWidth = min(measure.width(of: title), rect.width / 2)
    screen.putFitted(title, x: rect.x + 1, y: rect.y, width: titleWidth, style: theme.accent)
    // The urgency when it is more than usual, the status, and the number the person quotes
    // (the last to be cut on a narrow screen).
    let status = [
      request.urgency == .normal ? nil : l(.fieldUrgency) + " " + request.urgency.label(language),
      request.mergedIntoId == nil ? request.status.label(language) : l(.mergedMark),
      request.returnedAt.map { l(.returnedOn($0.date.compact(relativeTo: state.today))) },
      request.closeRequest.map { l(.awaitingApproval($0.by)) },
      request.number.isEmpty ? nil : request.number,
    ].compactMap { $0 }.joined(separator: " · ")
    screen.putFitted(
      status, x: rect.x + titleWidth + 3, y: rect.y, width: rect.width - titleWidth - 4,
      style: theme.header, alignment: .right)
    var y = rect.y + 1
    let half = rect.width / 2
    let labelWidth =
      [
        l(.fieldRequester), l(.fieldVillage), l(.fieldContent), l(.colDecision), l(.colDue),
        l(.fieldReply), l(.slipLabel), l(.filterDeskFlag),
      ]
      .map { measure.width(of: $0) }.max() ?? 8
    func line(
      _ label: String?, _ value: String, right: (String, String)? = nil, style: Style? = nil
    ) {
      guard y < rect.maxY - 2 else { return }
      let text = label ?? ""
      let padded =
        text + String(repeating: " ", count: max(0, labelWidth - measure.width(of: text)))
      put(
        padded, value, x: rect.x + 1, y: y, width: right == nil ? rect.width - 2 : half - 2,
        style: style, &screen)
      if let right {
        put(right.0, right.1, x: rect.x + half, y: y, width: rect.width - half - 1, &screen)
      }
      y += 1
    }
    var who = request.requester.name
    if !detail.householdNo.isEmpty {
      who +=
        "（"
        + [detail.householdNo, detail.householdAddress].filter { !$0.isEmpty }.joined(
          separator: " ") + "）"
    } else if !request.requester.place.isEmpty {
      who += "（\(request.requester.place)）"
    }
    line(
      l(.fieldRequester), who,
      right: (
        l(.cardPhone), request.requester.phone.isEmpty ? "" : Masking.phone(request.requester.phone)
      ))
    line(
      l(.fieldVillage), detail.village,
      right: (
        l(.colCategory),
        RequestCategory.find(request.category, in: state.categories)?.label(language)
          ?? request.category
      ))
    // The matter takes the room the rest leaves (the lines under it, a few of the timeline and
    // the keys); cut, it ends with the mark, and the reader shows it whole.
    let after =
      2 + (request.reply.isEmpty ? 0 : 1) + (request.satisfaction == nil ? 0 : 1)
      + (request.mergedIntoId == nil ? 0 : 1) + (detail.slips.isEmpty ? 0 : 1)
      + (detail.flag == nil ? 0 : 1) + 2
      + min(3, detail.history.count) + 2
    let matterWidth = max(10, rect.width - labelWidth - 3)
    let matter = clipped(
      measure.wrap(request.content, to: matterWidth), to: max(3, rect.maxY - y - after),
      width: matterWidth)
    for (index, text) in matter.enumerated() {
      line(index == 0 ? l(.fieldContent) : nil, text)
    }
    var decided = request.decision?.label(language) ?? l(.undecided)
    if request.decision == .meeting {
      decided += "（" + (request.meeting ?? .office).label(language) + "）"
    }
    let decision = [decided, request.decisionNote].filter { !$0.isEmpty }
      .joined(separator: l(.noteJoiner))
    line(l(.colDecision), decision, right: (l(.colAssignee), request.assignee))
    line(l(.colDue), dueText(request, state), style: dueStyle(request, state))
    if let flag = detail.flag, let since = detail.flaggedSince {
      line(l(.filterDeskFlag), l(flag.ofRequest(since: since)), style: theme.warning)
    }
    // The latest slip: printed, signed for, replied, or sent back (then in yellow).
    if let slip = detail.slips.last {
      line(
        l(.slipLabel), Self.slipText(slip, today: state.today, l),
        style: slip.returnedOn == nil ? nil : theme.warning)
    }
    if !request.reply.isEmpty {
      line(l(.fieldReply), request.reply + (request.repliedAt.map { "（\($0)）" } ?? ""))
    }
    if let satisfaction = request.satisfaction {
      line(l(.fieldSatisfaction), satisfaction.label(language))
    }
    if request.mergedIntoId != nil { line(l(.fieldMergeInto), detail.mergedIntoLabel) }
    // The actions the request allows now, with their keys, on the last lines.
    let keys =
      RequestWorkflow.actions(allowedFor: request).compactMap { action -> String? in
        guard let name = ActionName(handling: action) else { return nil }
        return keyName(name, state, context: .request) + " " + action.label(language)
      }
      + (request.decision == .transferred && request.status == .inProgress
        ? [keyName(.requestSlip, state, context: .request) + " " + l(.slipPrintKey)] : [])
      + [
        l(.readFull(keyName(.open, state, context: .request))),
        keyName(.back, state) + " " + l(.backToQueue),
      ]
    let keyLines = Array(
      measure.wrap(keys.joined(separator: " · "), to: max(10, rect.width - 2)).prefix(2))
    for (index, text) in keyLines.enumerated() {
      screen.putFitted(
        text, x: rect.x + 1, y: rect.maxY - keyLines.count + index, width: rect.width - 2,
        style: theme.muted)
    }
    // The timeline, newest last, from the scroll position.
    guard y + 2 < rect.maxY - keyLines.count else { return }
    screen.putFitted(
      l(.requestHistory(detail.history.count)), x: rect.x + 1, y: y, width: rect.width - 2,
      style: theme.header)
    y += 1
    let rows = max(1, rect.maxY - keyLines.count - y)
    var timeline = TableView(
      columns: [
        TableColumn(l(.colWhen), width: .fixed(16)),
        TableColumn(l(.colOperator), width: .flexible(min: 6, weight: 1)),
        TableColumn(l(.colAction), width: .flexible(min: 6, weight: 1)),
        TableColumn(l(.colStatusChange), width: .flexible(min: 10, weight: 2)),
        TableColumn(l(.colNote), width: .flexible(min: 10, weight: 5)),
      ],
      rows: detail.history.dropFirst(view.scroll).map { event in
        [
          event.at.description, event.operatorName, event.action.label(language),
          statusChange(event, language), event.note,
        ]
      },
      totalRows: detail.history.count, firstRowNumber: view.scroll)
    timeline.wrapsLastColumn = true
    timeline.render(
      into: &screen, rect: Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: rows),
      theme: theme)
  }

  /// The deadline and how it stands today: working days left, or overdue; extensions said.
  private func dueText(_ request: HelpRequest, _ state: AppState) -> String {
    let l = state.l
    guard let due = request.dueOn else {
      return request.decision == .solvedOnSpot ? l(.bookAnsweredOnSpot) : ""
    }
    var text = due.description
    switch state.rowContext.standing(request.status, request.dueOn) {
    case .overdue(let late): text += "（" + l(.overdueWorkingDays(late)) + "）"
    case .dueSoon(let left), .onTime(let left): text += "（" + l(.workingDaysLeft(left)) + "）"
    case .none: break
    }
    if !request.status.awaitsReply, let replied = request.repliedAt?.date {
      // Whether the reply kept the deadline, for the reviewer.
      let late = state.calendar.workingDays(from: due, to: replied).value
      text += "（" + (late > 0 ? l(.repliedLate(late)) : l(.repliedInTime)) + "）"
    }
    if request.extensions > 0 { text += " · " + l(.extendedTimes(request.extensions)) }
    return text
  }

  private func dueStyle(_ request: HelpRequest, _ state: AppState) -> Style? {
    theme.style(for: state.rowContext.standing(request.status, request.dueOn))
  }

  private func statusChange(_ event: HistoryEvent, _ language: Language) -> String {
    switch (event.fromStatus, event.toStatus) {
    case (let from?, let to?) where from != to:
      return from.label(language) + "→" + to.label(language)
    case (nil, let to?): return "→" + to.label(language)
    default: return ""
    }
  }

  /// The menu of the actions a request allows now, each with its key.
  func handlingMenu(_ label: String, _ actions: [RequestAction], _ state: AppState) -> ConfirmDialog
  {
    let l = state.l
    let lines = actions.compactMap { action -> String? in
      guard let name = ActionName(handling: action) else { return nil }
      return keyName(name, state, context: .request) + "  " + action.label(state.language)
    }
    return ConfirmDialog(
      title: l(.handlingMenuTitle(label)), message: lines.joined(separator: "\n"),
      answers: [keyName(.back, state) + " " + l(.backToQueue)])
  }

  /// The first `count` of `lines` (wrapped to `width`), the last ending with the mark when
  /// some were left out.
  func clipped(_ lines: [String], to count: Int, width: Int) -> [String] {
    measure.firstLines(lines, count, columns: width, mark: glyphs.ellipsis)
  }
}

extension AppView {
  /// A slip in a line: the department and when it was printed, then what the department did.
  static func slipText(_ slip: TransferSlip, today: LocalDate, _ l: Localizer) -> String {
    var parts = [l(.slipIssued(slip.issuedOn.compact(relativeTo: today), slip.department))]
    if let day = slip.receivedOn {
      parts.append(l(.slipSignedFor(day.compact(relativeTo: today), slip.receivedBy)))
    }
    if let day = slip.repliedOn { parts.append(l(.slipReplied(day.compact(relativeTo: today)))) }
    if let day = slip.returnedOn {
      parts.append(l(.slipReturned(day.compact(relativeTo: today), slip.returnReason)))
    }
    return parts.joined(separator: " · ")
  }
}
