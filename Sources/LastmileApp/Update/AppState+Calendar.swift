import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// A cadre's month calendar: moving by day, week and month; Enter lists a day's entries in the
/// diary; another cadre is picked by name.
extension AppState {
  /// A key while the calendar is open.
  mutating func calendarKey(_ key: Key, _ calendar: CalendarState) -> [AppEffect] {
    let month = calendar.month
    var day = calendar.selected
    switch action(for: key) {
    case .back:
      navigation.pop()
      return []
    case .help:
      navigation.push(.help(scroll: 0))
      return []
    case .quit:
      return requestQuit()
    case .calendarDayBefore: day = day.adding(days: -1)
    case .calendarDayAfter: day = day.adding(days: 1)
    case .calendarWeekBefore: day = day.adding(days: -7)
    case .calendarWeekAfter: day = day.adding(days: 7)
    case .calendarMonthBefore: day = day.adding(months: -1)
    case .calendarMonthAfter: day = day.adding(months: 1)
    case .calendarCadre:
      return [.loadFormData(.calendarCadre, draft: nil)]
    case .open:
      // The day's entries: the diary filtered to this cadre and this day.
      navigation.pop()
      if navigation.tab != .diary {
        // Over the review: the diary is opened from it, and Esc there comes back.
        drillReturn = DrillReturn(pane: .diary, diary: diary.filter, diaryLabel: diary.filterLabel)
        navigation.tab = .diary
      }
      diary.filter = VisitFilter(cadre: month.cadre.id, from: day, through: day)
      diary.filterLabel = month.cadre.name + " · " + day.description
      return reloadDiary()
    default:
      return []
    }
    if day.year == month.year, day.month == month.month {
      navigation.replaceTop(.calendar(CalendarState(month: month, selected: day)))
      return []
    }
    // Past the month's edge: the next month is read, the keys on the same day there.
    return [
      .openCalendar(.cadre(month.cadre.id), year: day.year, month: day.month, select: day)
    ]
  }

  /// A cadre's month was read: the calendar opens, or shows the new month.
  mutating func calendarLoaded(_ month: CadreMonth?, select: LocalDate) -> [AppEffect] {
    guard let month else {
      message = StatusMessage(l(.noCadreForCalendar), .warning)
      return []
    }
    closeForm()
    let calendar = CalendarState(month: month, selected: select)
    navigation.show(.calendar(calendar)) {
      if case .calendar = $0 { true } else { false }
    }
    return []
  }
}
