import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// The roster's header: the filter in force, or the search being typed and what it found.
  func renderRosterHeader(_ state: AppState, into screen: inout Screen, rect: Rect) {
    let l = state.l
    // What the header shows takes the row up to the position of the rows, which stays in view.
    let position = positionText(state, state.roster.table).map { measure.width(of: $0) + 2 } ?? 0
    let width = max(rect.width / 2, rect.width - position)
    if let search = state.roster.search {
      screen.fill(Rect(x: rect.x, y: rect.y, width: width, height: 1), style: theme.normal)
      let prompt = l(.searchPrompt)
      let x = rect.x + 1 + screen.put(prompt, x: rect.x + 1, y: rect.y, style: theme.accent)
      // The field as wide as what is typed (and its hint), so that the count, the filter and
      // the keys to step fit beside it.
      let fieldWidth = searchFieldWidth(search, l)
      search.field.render(
        into: &screen, x: x, y: rect.y, width: fieldWidth,
        style: search.editing ? theme.focusedInput : theme.input,
        placeholder: search.editing ? l(.searchHint) : "")
      var parts: [(String, Style)] = []
      if let matches = search.matches {
        parts.append(
          matches == 0
            ? (l(.searchNone(search.query)), theme.warning)
            : (
              l(search.moreThan ? .searchMatchesMore(matches) : .searchMatches(matches)),
              theme.muted
            ))
      }
      // The search runs within the filter: the header says both.
      if !state.roster.filterLabel.isEmpty {
        parts.append((l(.filterLabel(state.roster.filterLabel)), theme.warning))
      }
      if let matches = search.matches, matches > 0 {
        parts.append(
          (
            l(
              .searchStep(
                keyName(.searchNext, state, context: .roster),
                keyName(.searchPrevious, state, context: .roster))), theme.muted
          ))
      }
      var partX = x + fieldWidth + 1
      let end = rect.x + width
      // The keys to step go first when room is short; what is left is cut at its end.
      let needed = parts.map { measure.width(of: $0.0) + 3 }.reduce(0, +)
      if needed > end - partX, parts.count > 1, search.matches ?? 0 > 0 { parts.removeLast() }
      for (index, (text, style)) in parts.enumerated() {
        let shown = (index == 0 ? "" : " · ") + text
        let room = end - partX
        guard room > 2 else { break }
        screen.putFitted(shown, x: partX, y: rect.y, width: room, style: style)
        partX += min(room, measure.width(of: shown))
      }
      return
    }
    guard !state.roster.filterLabel.isEmpty else { return }
    let title =
      l(.paneRoster) + drillHint(state) + "  " + l(.filterLabel(state.roster.filterLabel))
      + " (\(keyName(.filterClear, state, context: .roster)))"
    screen.fill(Rect(x: rect.x, y: rect.y, width: width, height: 1), style: theme.normal)
    screen.putFitted(title, x: rect.x + 1, y: rect.y, width: width - 1, style: theme.warning)
  }

  /// Where the caret of the search field is, for the terminal's cursor.
  func searchCaret(_ search: RosterSearch, _ state: AppState, _ body: Rect) -> Point {
    var scratch = Screen(size: Size(width: body.width, height: 1), measure: measure, glyphs: glyphs)
    let x = body.x + 1 + measure.width(of: state.l(.searchPrompt))
    let caret = search.field.render(
      into: &scratch, x: x, y: 0, width: searchFieldWidth(search, state.l), style: .plain)
    return Point(x: caret.x, y: body.y)
  }

  /// The search field as wide as what is typed (or its hint), so that the count, the filter
  /// and the keys to step fit beside it.
  private func searchFieldWidth(_ search: RosterSearch, _ l: Localizer) -> Int {
    search.editing && search.query.isEmpty
      ? min(24, measure.width(of: l(.searchHint)) + 1)
      : max(8, min(24, measure.width(of: search.query) + 2))
  }

  /// The contact card (民情联系卡): the household's fields, its members, visits and requests.
  func renderCard(_ state: CardState, _ app: AppState, into screen: inout Screen, rect: Rect) {
    let l = app.l
    let card = state.card
    let household = card.household
    let language = app.language
    screen.fill(rect, style: theme.normal)
    // The last visit and the days since, at the top, right.
    let lastVisit =
      card.visits.first.map { l(.lastVisit($0.date, max(0, $0.date.days(to: app.today)))) }
      ?? l(.notVisitedYet)
    let lastWidth = min(screen.measure.width(of: lastVisit), rect.width / 2)
    screen.putFitted(
      lastVisit, x: rect.maxX - 1 - lastWidth, y: rect.y, width: lastWidth,
      style: card.visits.isEmpty ? theme.warning : theme.muted)
    screen.putFitted(
      l(.cardTitle(household.householdNo, household.headName)), x: rect.x + 1, y: rect.y,
      width: rect.width - 3 - lastWidth,
      style: theme.accent)
    var y = rect.y + 1
    let half = rect.width / 2
    func pair(_ left: (AppText, String), _ right: (AppText, String)?) {
      guard y < rect.maxY else { return }
      put(
        l(left.0), left.1, x: rect.x + 1, y: y, width: right == nil ? rect.width - 2 : half - 2,
        &screen)
      if let right {
        put(l(right.0), right.1, x: rect.x + half, y: y, width: rect.width - half - 1, &screen)
      }
      y += 1
    }
    let place = [card.township, card.village, card.group].filter { !$0.isEmpty }.joined(
      separator: " › ")
    pair((.cardArea, place), (.cardAddress, household.address))
    pair(
      (.cardPhone, shown(household.phone, state.revealed, Masking.phone)),
      (
        .cardCategories,
        household.categories.map { $0.label(language) }.joined(separator: l(.listComma))
      ))
    pair(
      (.cardCause, household.povertyCause?.label(language) ?? ""),
      (.cardCard, household.cardIssuedOn.map { l(.cardIssued($0)) } ?? l(.cardNotIssued)))
    var contacts = card.contacts.map { l(.cardSince($0.name, $0.role.label(language), $0.since)) }
      .joined(separator: l(.listComma))
    if !card.pastContacts.isEmpty {
      contacts +=
        "  "
        + l(
          .cardPast(
            card.pastContacts.map { contact in
              "\(contact.cadreName) \(contact.startsOn)–\(contact.endsOn.map(\.description) ?? "")"
                + (contact.endedEarly ? "（" + l(.endedEarly) + "）" : "")
            }.joined(separator: l(.listComma))))
    }
    pair((.cardContacts, contacts), nil)
    if !household.helpMeasures.isEmpty { pair((.cardMeasures, household.helpMeasures), nil) }
    if !household.notes.isEmpty { pair((.cardNotes, household.notes), nil) }
    // Members: a table with the selection.
    // The keys of the card on its last line.
    let keys = [
      keyName(.sectionPrevious, app, context: .card) + "/"
        + keyName(.sectionNext, app, context: .card) + " " + l(.cardParts),
      keyName(.open, app, context: .card) + " " + l(.cardOpen),
      keyName(.writeVisit, app, context: .card) + " " + l(.cardWriteVisit),
      keyName(.add, app, context: .card) + " " + l(.cardAddMember),
      keyName(.edit, app, context: .card) + " " + l(.cardEditHousehold),
      keyName(.reveal, app, context: .card) + " " + l(.cardShowNumbers),
      keyName(.back, app) + " " + l(.cardBack),
    ]
    screen.putFitted(
      keys.joined(separator: " · "), x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2,
      style: theme.muted)
    let rect = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1)
    guard y + 2 < rect.maxY else { return }
    func sectionTitle(_ section: CardState.Section, _ text: String) -> (String, Style) {
      state.section == section
        ? (glyphs.selection + text, theme.accent) : (" " + text, theme.header)
    }
    let membersTitle = sectionTitle(.members, l(.cardMembers(card.members.count)))
    screen.putFitted(
      membersTitle.0, x: rect.x, y: y, width: rect.width - 1, style: membersTitle.1)
    y += 1
    let lower = rect.maxY - y
    let memberRows = min(card.members.count + 1, max(2, lower / 2))
    var members = TableView(
      columns: [
        TableColumn(l(.colName), width: .flexible(min: 6, weight: 2)),
        TableColumn(l(.colRelation), width: .fixed(10)),
        TableColumn(l(.colSex), width: .fixed(4)), TableColumn(l(.colBirth), width: .fixed(10)),
        TableColumn(l(.colIDNumber), width: .fixed(18)),
        TableColumn(l(.colPhone), width: .fixed(12)),
        TableColumn(l(.colNotes), width: .flexible(min: 4, weight: 3)),
      ],
      rows: card.members.map { member in
        [
          member.name, member.relation.shortLabel(language), member.sex?.shortLabel(language) ?? "",
          member.birthDate?.description ?? "",
          shown(member.idNumber, state.revealed, Masking.idNumber),
          shown(member.phone, state.revealed, Masking.phone),
          [
            member.health, member.disability, member.schooling, member.tags.joined(separator: "、"),
            member.notes,
          ]
          .filter { !$0.isEmpty }.joined(separator: "；"),
        ]
      },
      selected: card.members.isEmpty || state.section != .members ? nil : state.selected,
      totalRows: card.members.count, firstRowNumber: 0)
    members.marksSelection = true
    let memberRect = Rect(x: rect.x, y: y, width: rect.width - 1, height: memberRows)
    members.render(into: &screen, rect: memberRect, theme: theme)
    y += memberRows
    guard y + 1 < rect.maxY else { return }
    // Visits on the left, requests on the right, each from its selection.
    let openCount = card.requests.filter { $0.status.awaitsReply }.count
    let visitsTitle = sectionTitle(.visits, l(.cardVisits(card.visits.count)))
    let requestsTitle = sectionTitle(.requests, l(.cardRequests(openCount)))
    screen.putFitted(
      visitsTitle.0, x: rect.x, y: y, width: half - 1, style: visitsTitle.1)
    screen.putFitted(
      requestsTitle.0, x: rect.x + half - 1, y: y, width: rect.width - half, style: requestsTitle.1)
    y += 1
    let rows = max(0, rect.maxY - y)
    if card.visits.isEmpty {
      screen.putFitted(l(.cardNoVisits), x: rect.x + 2, y: y, width: half - 3, style: theme.muted)
    }
    let firstVisit = max(0, state.visit - rows + 1)
    for (index, visit) in card.visits.enumerated().dropFirst(firstVisit).prefix(rows) {
      let chosen = state.section == .visits && index == state.visit
      screen.putFitted(
        (chosen ? glyphs.selection : " ")
          + "\(visit.date.compact(relativeTo: app.today)) \(visit.kind.label(language)) \(visit.content)",
        x: rect.x + 1, y: y + index - firstVisit, width: half - 2,
        style: chosen ? theme.selected : theme.normal)
    }
    if card.requests.isEmpty {
      screen.putFitted(
        l(.cardNoRequests), x: rect.x + half + 1, y: y, width: rect.width - half - 2,
        style: theme.muted)
    }
    let firstRequest = max(0, state.request - rows + 1)
    for (index, request) in card.requests.enumerated().dropFirst(firstRequest).prefix(rows) {
      let chosen = state.section == .requests && index == state.request
      let category =
        RequestCategory.find(request.category, in: app.categories)?.shortLabel(language)
        ?? request.category
      let due = request.dueOn.map { " → " + $0.compact(relativeTo: app.today) } ?? ""
      let style =
        chosen
        ? theme.selected
        : theme.style(for: app.rowContext.standing(request.status, request.dueOn)) ?? theme.normal
      screen.putFitted(
        (chosen ? glyphs.selection : " ")
          + "\(request.receivedAt.date.compact(relativeTo: app.today)) \(category) \(request.status.shortLabel(language))\(due)",
        x: rect.x + half, y: y + index - firstRequest, width: rect.width - half - 1, style: style)
    }
  }

  func put(
    _ label: String, _ value: String, x: Int, y: Int, width: Int, style: Style? = nil,
    _ screen: inout Screen
  ) {
    let used = screen.put(label + " ", x: x, y: y, style: theme.muted, limit: width)
    screen.putFitted(
      value, x: x + used, y: y, width: max(0, width - used), style: style ?? theme.normal)
  }

  private func shown(_ value: String, _ revealed: Bool, _ mask: (String) -> String) -> String {
    value.isEmpty || revealed ? value : mask(value)
  }
}
