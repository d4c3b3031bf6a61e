import LastmileCore
import LastmileStore
import TerminalKit

/// The columns of a pane's table, which column each sort key marks, and how a row reads.
struct PaneColumns<Model>: Sendable {
  /// Column titles and widths.
  let columns: [(title: TableText, width: TableColumn.Width, alignment: TextMeasure.Alignment)]
  /// For each sort key of the listing, the column it sorts.
  let sortColumns: [Int]
  /// What the pane header calls a sort key, where it is not its column's title.
  var sortTitles: [Int: TableText] = [:]
  /// The cell texts of a row.
  let cells: @Sendable (Model, RowContext) -> [String]
  /// A row's style (overdue requests), given the theme.
  let style: @Sendable (Model, RowContext, Theme) -> Style?

  func tableColumns(_ l: Localizer) -> [TableColumn] {
    columns.map { TableColumn(l($0.title), width: $0.width, alignment: $0.alignment) }
  }
}

extension PaneColumns where Model == HouseholdSummary {
  /// The roster's columns, one per `RosterColumn` sort key.
  static let roster = PaneColumns(
    columns: [
      (.colVillageGroup, .flexible(min: 14, weight: 3), .left), (.colHouseholdNo, .fixed(8), .left),
      (.colHead, .flexible(min: 6, weight: 2), .left), (.colMembers, .fixed(4), .right),
      (.colCategories, .flexible(min: 6, weight: 2), .left),
      (.colCadre, .flexible(min: 6, weight: 2), .left),
      (.colLastVisit, .fixed(16), .left), (.colOpen, .fixed(4), .right),
    ],
    sortColumns: [0, 1, 2, 3, 4, 5, 6, 7],
    cells: { household, context in
      let (l, today) = (context.l, context.today)
      let lastVisit =
        household.lastVisitOn.map { "\($0) " + l(.daysAgo($0.days(to: today))) } ?? l(.neverVisited)
      return [
        [household.village, household.group].filter { !$0.isEmpty }.joined(separator: " "),
        household.householdNo,
        household.headName, String(household.memberCount),
        household.categories.map { $0.shortTag(l.language) }.joined(separator: " "),
        household.cadres, lastVisit,
        household.openRequests == 0 ? "" : String(household.openRequests),
      ]
    },
    style: { _, _, _ in nil })
}

extension PaneColumns where Model == VisitSummary {
  static let diary = PaneColumns(
    columns: [
      (.colDate, .fixed(10), .left), (.colKind, .fixed(8), .left),
      (.colCadres, .flexible(min: 6, weight: 2), .left),
      (.colHouseholds, .flexible(min: 6, weight: 2), .left),
      (.colVillage, .flexible(min: 6, weight: 2), .left),
      (.colContent, .flexible(min: 10, weight: 6), .left),
    ],
    sortColumns: [0, 1],
    cells: { visit, context in
      let l = context.l
      return [
        visit.date.description, visit.kind.label(l.language), visit.cadres, visit.households,
        visit.village,
        visit.content,
      ]
    },
    style: { _, _, _ in nil })
}

/// What a row's cells and style depend on besides the row: the language, today and the calendar.
struct RowContext: Sendable {
  let l: Localizer
  let today: LocalDate
  let calendar: WorkingDayCalendar
}
