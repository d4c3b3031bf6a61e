import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// A cadre's month as a picture: a week a row, each day with what was done, the stationed
  /// days marked and their runs of three or more underlined, the month's totals beside it
  /// (under it when the screen is narrow).
  func renderCalendar(
    _ calendar: CalendarState, _ state: AppState, into screen: inout Screen, rect: Rect
  ) {
    let l = state.l
    let month = calendar.month
    screen.fill(rect, style: theme.normal)
    screen.putFitted(
      l(.calendarTitle(month.cadre.name, month.year, month.month)), x: rect.x + 1, y: rect.y,
      width: rect.width - 2, style: theme.accent)
    let totalsWidth = rect.width >= 100 ? 34 : 24
    let cell = max(6, min(14, (rect.width - 2 - totalsWidth) / 7))
    let gridX = rect.x + 1
    // The weekday names, one a column.
    let names = l(.weekdays).split(separator: " ").map(String.init)
    for (index, name) in names.enumerated() {
      screen.putFitted(
        name, x: gridX + index * cell, y: rect.y + 2, width: cell - 1, style: theme.header,
        alignment: .center)
    }
    let runs = month.stationed.runs(touching: month.first, month.last).filter {
      $0.lowerBound.days(to: $0.upperBound) >= 2
    }
    var day = month.first
    var row = 0
    while day <= month.last {
      let column = day.weekday - 1
      let x = gridX + column * cell
      let y = rect.y + 3 + row * 2
      let marks = month.days[day] ?? CadreMonth.Day()
      var style = marks.stationed ? theme.accent : theme.normal
      if runs.contains(where: { $0.contains(day) }) { style = style.adding(.underline) }
      if day == calendar.selected { style = theme.selected }
      var first = String(format: "%2d", day.day)
      if marks.stationed { first += " " + l(.markStationed) }
      if marks.reception { first += " " + l(.markReception) }
      var second: [String] = []
      if marks.households > 0 { second.append(l(.markVisited(marks.households))) }
      if marks.entries > 0 { second.append(l(.markEntries(marks.entries))) }
      if y + 1 < rect.maxY - 2 {
        screen.putFitted(first, x: x, y: y, width: cell - 1, style: style)
        // Both marks kept in a narrow cell: closer together rather than cut.
        let joined = second.joined(separator: " ")
        let marksText =
          screen.measure.width(of: joined) > cell - 1 ? second.joined() : joined
        screen.putFitted(
          marksText, x: x, y: y + 1, width: cell - 1,
          style: day == calendar.selected ? theme.selected : theme.muted)
      }
      if column == 6 { row += 1 }
      day = day.adding(days: 1)
    }
    // The totals a work summary counts.
    var totals = [
      l(.totalGrassroots(month.daysAtGrassroots)),
      l(.totalStationed(month.stationedDays, month.longestRun)),
      l(.totalHouseholds(month.householdsVisited)), l(.totalEntries(month.entries)),
    ]
    // The written work a summary counts, each said even when there is none.
    for kind in VisitKind.allCases where kind.isWritten && kind != .diary {
      totals.append(l(.totalWritten(kind.label(state.language), month.written[kind] ?? 0)))
    }
    let totalsX = gridX + 7 * cell + 1
    let totalsY = rect.y + 2
    screen.putFitted(
      l(.totalsTitle), x: totalsX, y: totalsY, width: rect.maxX - totalsX - 1, style: theme.header)
    for (index, text) in totals.enumerated() where totalsY + 1 + index < rect.maxY - 2 {
      screen.putFitted(
        text, x: totalsX, y: totalsY + 1 + index, width: rect.maxX - totalsX - 1,
        style: theme.normal)
    }
    screen.putFitted(
      l(.calendarLegend), x: rect.x + 1, y: rect.maxY - 2, width: rect.width - 2, style: theme.muted
    )
    let keys = [
      (ActionName.open, l(.calendarDayEntries)), (.back, l(.cardBack)),
      (.calendarMonthBefore, l(.actMonthBefore)), (.calendarMonthAfter, l(.actMonthAfter)),
      (.calendarCadre, l(.actCalendarCadre)),
    ].map { keyName($0.0, state, context: $0.0 == .back ? .global : .calendar) + " " + $0.1 }
    screen.putFitted(
      keys.joined(separator: " · "), x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2,
      style: theme.muted)
  }
}
