import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The review: moving among the rows that open a list, opening one (and coming back to the
/// same place with Esc), stepping or typing its period and area, and exporting a panel.
extension AppState {
  /// A key for the review pane itself.
  mutating func reviewAction(_ action: ActionName) -> [AppEffect]? {
    switch action {
    case .cadres: return [.loadCadres(thisMonth, select: nil)]
    case .areas: return [.loadAreas(select: nil)]
    case .periodBefore, .periodAfter:
      return stepReview(by: action == .periodBefore ? -1 : 1)
    case .tableDown, .tableUp, .tablePageDown, .tablePageUp, .tableTop, .tableBottom:
      return moveInReview(action)
    case .open:
      let layout = ReviewLayout(self, width: size.width)
      guard layout.selectable.indices.contains(review.selected) else {
        message = StatusMessage(l(.reviewNothingToOpen), .warning)
        return []
      }
      return drill(layout.selectable[review.selected].drill)
    case .filter:
      return [.loadFormData(.reviewScope, draft: nil)]
    case .filterClear:
      guard review.area != nil || (review.period ?? thisMonth) != thisMonth else { return [] }
      return scopeReview(period: thisMonth, area: nil, name: "")
    case .exportFile:
      guard review.figures != nil else { return [] }
      navigation.push(
        .form(FormLayer(kind: .exportFile(.review), form: FormFactory.reviewExportForm(self))))
      return []
    default:
      return nil
    }
  }

  /// The review's selection moved by a row, a page, or to an end, and scrolled to show it
  /// (scrolled alone where no row opens a list).
  private mutating func moveInReview(_ action: ActionName) -> [AppEffect] {
    let layout = ReviewLayout(self, width: size.width)
    let room = ReviewLayout.room(size.height - 2)
    let furthest = max(0, layout.height - room)
    guard !layout.selectable.isEmpty else {
      let page = max(1, room - 1)
      let target =
        switch action {
        case .tableDown: review.scroll + 1
        case .tableUp: review.scroll - 1
        case .tablePageDown: review.scroll + page
        case .tablePageUp: review.scroll - page
        case .tableTop: 0
        default: furthest
        }
      review.scroll = max(0, min(target, furthest))
      return []
    }
    let count = layout.selectable.count
    let current = min(review.selected, count - 1)
    let line = layout.selectable[current].line
    let target: Int
    switch action {
    case .tableDown: target = current + 1
    case .tableUp: target = current - 1
    case .tablePageDown:
      target = layout.selectable.firstIndex { $0.line >= line + room - 1 } ?? count - 1
    case .tablePageUp:
      target = layout.selectable.lastIndex { $0.line <= line - room + 1 } ?? 0
    case .tableTop: target = 0
    default: target = count - 1
    }
    review.selected = max(0, min(target, count - 1))
    let shown = layout.selectable[review.selected].line
    // Its panel's title shown with it where there is room, the end of the review at the end.
    if review.selected == 0 {
      review.scroll = 0
    } else if shown < review.scroll {
      review.scroll = max(0, shown - 2)
    } else if shown >= review.scroll + room {
      review.scroll = min(furthest, shown - room + 1)
    }
    return []
  }

  /// The review's period stepped back or on by its length (not past this month).
  private mutating func stepReview(by steps: Int) -> [AppEffect] {
    let current = review.period ?? thisMonth
    let first = current.first.adding(months: steps * current.months)
    guard isJudged(first) else { return [] }
    // The period is the one asked for at once: its figures come when the keyboard is idle, and
    // a second step counts from it.
    let period = Period(months: first, through: first.adding(months: current.months - 1))
    return scopeReview(period: period, area: review.area, name: review.areaName)
  }

  /// The review set to a period and an area, its figures asked for.
  mutating func scopeReview(period: Period, area: UUID?, name: String) -> [AppEffect] {
    review.period = period
    review.area = area
    review.areaName = name
    review.scroll = 0
    review.selected = 0
    return [.loadReview(period, area: area)]
  }

  /// A period's figures were read: shown, unless another period or area was asked for since;
  /// the quotas and the data's health are asked for next. The row selected stays selected.
  mutating func reviewLoaded(_ figures: ReviewFigures) -> [AppEffect] {
    guard figures.period == (review.period ?? thisMonth), figures.area == review.area else {
      return []
    }
    let before = ReviewLayout(self, width: size.width).selectable
    let selected = before.indices.contains(review.selected) ? before[review.selected].drill : nil
    var shown = figures
    // Read again for the same period and area, the later figures shown stay until
    // their new figures come.
    if !figures.laterRead, let old = review.figures, old.laterRead, old.period == figures.period,
      old.area == figures.area
    {
      shown.quotas = old.quotas
      shown.months = old.months
      shown.possibleDuplicates = old.possibleDuplicates
      shown.membersWithoutID = old.membersWithoutID
      shown.householdsWithoutContact = old.householdsWithoutContact
      shown.deskFlags = old.deskFlags
      shown.writtenReplies = old.writtenReplies
      shown.principleAnsweredOrally = old.principleAnsweredOrally
      shown.keyNotVisited = old.keyNotVisited
      shown.laterRead = true
    }
    review.figures = shown
    review.period = figures.period
    let after = ReviewLayout(self, width: size.width).selectable
    review.selected =
      after.firstIndex { $0.drill == selected } ?? max(0, min(review.selected, after.count - 1))
    return figures.laterRead ? [] : [.loadReviewLater(figures)]
  }

  /// Opens what a row of the review counts: a list in its own pane (Esc comes back), a
  /// calendar or a cadre's view over the review.
  mutating func drill(_ drill: ReviewDrill) -> [AppEffect] {
    switch drill {
    case .queue(let filter):
      drillReturn = DrillReturn(pane: .queue, queue: queue.filter)
      queue.areaName = filter.area == nil ? "" : review.areaName
      navigation.tab = .queue
      return filterQueue(filter)
    case .roster(let filter, let label):
      drillReturn = DrillReturn(
        pane: .roster, roster: roster.filter, rosterLabel: roster.filterLabel)
      navigation.tab = .roster
      roster.filter = filter
      roster.filterLabel = label
      roster.search = nil
      roster.table.rows = []
      return [loadPage(.roster, .top, withCount: true)].compactMap { $0 }
    case .calendar(let cadre, let month):
      return [.openCalendar(.cadre(cadre), year: month.year, month: month.month, select: month)]
    case .cadre(let id):
      return [.openCadre(id, review.period ?? thisMonth, selected: 0)]
    case .syncConflicts:
      return [.loadFormData(.syncConflicts, draft: nil)]
    }
  }

  /// Esc in a pane the review opened: its list as it was, and the review where it was left.
  mutating func drillBack() -> [AppEffect]? {
    guard let back = drillReturn, back.pane == navigation.tab, navigation.top == nil else {
      return nil
    }
    drillReturn = nil
    var effects: [AppEffect] = []
    if let filter = back.queue {
      queue.filter = filter
      queue.areaName = ""
      queue.table.rows = []
      effects.append(contentsOf: [loadPage(.queue, .top, withCount: true)].compactMap { $0 })
    }
    if let filter = back.roster {
      roster.filter = filter
      roster.filterLabel = back.rosterLabel
      roster.table.rows = []
      effects.append(contentsOf: [loadPage(.roster, .top, withCount: true)].compactMap { $0 })
    }
    if let filter = back.diary {
      diary.filter = filter
      diary.filterLabel = back.diaryLabel
      effects.append(contentsOf: reloadDiary())
    }
    return effects + switchTab(to: .review)
  }
}
