import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// Reception mode: the intake form on the left; on the right the roster's people matching the
  /// visitor (or the one linked), the day's count and the walk-ins just logged.
  func renderReception(
    _ desk: ReceptionState, _ state: AppState, into screen: inout Screen, rect: Rect
  ) -> Point? {
    let l = state.l
    screen.fill(rect, style: theme.normal)
    let formWidth = min(rect.width - 26, max(54, rect.width * 3 / 5))
    let hints = l(
      .receptionHints(
        keyName(.formSubmit, state, context: .form), keyName(.next, state),
        keyName(.book, state, context: .reception), keyName(.back, state)))
    let caret = FormView(form: desk.form, hints: hints)
      .render(
        into: &screen, rect: Rect(x: rect.x, y: rect.y, width: formWidth, height: rect.height),
        theme: theme)
    let side = Rect(
      x: rect.x + formWidth + 1, y: rect.y, width: rect.maxX - rect.x - formWidth - 1,
      height: rect.height)
    var y = side.y
    func line(_ text: String, _ style: Style) {
      guard y < side.maxY else { return }
      screen.putFitted(text, x: side.x, y: y, width: side.width - 1, style: style)
      y += 1
    }
    line(l(.receptionCount(state.today, desk.walkInsToday)), theme.accent)
    // Who receives today, by the rota.
    if let leader = desk.dutyLeader { line(l(.receptionDutyLeader(leader)), theme.header) }
    // Whether today holds a reception, while no list of people needs the room.
    if desk.matches.isEmpty {
      let day = state.receptionDayLine
      for text in measure.wrap(day.text, to: max(10, side.width - 1)) {
        line(text, day.held ? theme.muted : theme.warning)
      }
      if day.held, desk.dutyLeader == nil {
        let text = l(.receptionNoDutyLeader(keyName(.rota, state, context: .global)))
        for part in measure.wrap(text, to: max(10, side.width - 1)) { line(part, theme.warning) }
      }
      for text in state.lateBookText.map({ measure.wrap($0, to: max(10, side.width - 1)) }) ?? [] {
        line(text, theme.warning)
      }
      // The book's other flags in short, one a line: the queue's filter lists them.
      for flag in state.counts.deskFlags {
        line(
          l(flag.flag.short(flag.count, since: flag.since.compact(relativeTo: state.today))),
          theme.warning)
      }
    }
    y += 1
    let typed = desk.form[.requester].nonBlank
    if let person = desk.linked {
      line(l(.receptionLinked), theme.header)
      line(person.name + "  " + person.householdNo, theme.normal)
      line(person.place, theme.normal)
      if !person.address.isEmpty { line(person.address, theme.muted) }
      if !person.phone.isEmpty { line(Masking.phone(person.phone), theme.muted) }
    } else if !desk.matches.isEmpty {
      for text in measure.wrap(l(.receptionMatches), to: max(10, side.width - 1)) {
        line(text, theme.header)
      }
      // Two lines a person: the name with what tells them apart, then where they live; the
      // last line says how many more there are.
      // A line is kept for "N more" whenever not everyone found fits.
      let room = side.maxY - y
      let fitsAll =
        desk.matches.count * 2 <= room && desk.found.more == 0 && !desk.found.capped
      let shown = fitsAll ? desk.matches.count : min(desk.matches.count, max(1, (room - 1) / 2))
      let first = max(0, min(desk.highlighted - shown + 1, desk.matches.count - shown))
      for (index, person) in desk.matches.enumerated().dropFirst(first).prefix(shown) {
        let style = index == desk.highlighted ? theme.selected : theme.normal
        screen.fill(Rect(x: side.x, y: y, width: side.width - 1, height: 1), style: style)
        let age = person.birthDate.map { $0.years(to: state.today) }
        line(
          person.name + "  "
            + l(.receptionPerson(person.relation.label(l.language), age, person.idTail)),
          style)
        line(
          "  " + person.householdNo + " " + person.place,
          index == desk.highlighted ? theme.selected : theme.muted)
      }
      let unlisted = desk.found.total - shown
      if unlisted > 0 || desk.found.capped {
        line(l(.receptionMore(unlisted, capped: desk.found.capped)), theme.muted)
      }
    } else if typed != nil, desk.form.focused == .requester {
      let note = desk.listClosed ? l(.receptionListClosed) : l(.receptionNewcomer)
      for text in measure.wrap(note, to: max(10, side.width - 1)) {
        line(text, theme.muted)
      }
    }
    guard !desk.saved.isEmpty, y + 2 < side.maxY else { return caret }
    y += 1
    line(l(.receptionSaved), theme.header)
    for entry in desk.saved { line(entry, theme.muted) }
    return caret
  }
}
