import LastmileCore
import LastmileStore
import TerminalKit

/// The columns of a pane's table, the sort key each shows, and how a row reads.
struct PaneColumns<Model>: Sendable {
  /// One column: its title, width and alignment, and the listing's sort key it shows.
  struct Column: Sendable {
    let title: TableText
    let width: TableColumn.Width
    var alignment: TextMeasure.Alignment = .left
    /// The sort key this column's marker stands for, if any.
    var sort: Int?
    /// What the pane header calls that sort, where it is not the column's title.
    var sortTitle: TableText?
    /// Shown only on a screen at least this wide.
    var fromWidth = 0
  }

  let columns: [Column]
  /// The cell texts of a row.
  let cells: @Sendable (Model, RowContext) -> [String]
  /// A row's style (overdue requests), given the theme.
  let style: @Sendable (Model, RowContext, Theme) -> Style?

  /// The table's columns; a narrow column that can be sorted by is made wide enough for its
  /// title and the sort mark, so that sorting by it never cuts the title.
  func tableColumns(_ l: Localizer, measure: TextMeasure) -> [TableColumn] {
    columns.map { column in
      let title = l(column.title)
      var width = column.width
      if column.sort != nil, case .fixed(let n) = width {
        width = .fixed(max(n, measure.width(of: title) + 1))
      }
      return TableColumn(title, width: width, alignment: column.alignment)
    }
  }

  /// The columns a screen `width` wide shows, with their cells.
  func shown(width: Int) -> PaneColumns {
    let kept = columns.indices.filter { columns[$0].fromWidth <= width }
    guard kept.count < columns.count else { return self }
    let cells = self.cells
    return PaneColumns(
      columns: kept.map { columns[$0] },
      cells: { model, context in
        let all = cells(model, context)
        return kept.map { $0 < all.count ? all[$0] : "" }
      }, style: style)
  }

  /// The column that shows the sort key `key`, and what the header calls the sort.
  func sortColumn(for key: Int) -> (index: Int, title: TableText) {
    let index = columns.firstIndex { $0.sort == key } ?? 0
    return (index, columns[index].sortTitle ?? columns[index].title)
  }
}

extension PaneColumns where Model == HouseholdSummary {
  /// The roster's columns, one per `RosterColumn` sort key.
  static let roster = PaneColumns(
    columns: [
      Column(
        title: .colVillageGroup, width: .flexible(min: 14, weight: 3),
        sort: RosterColumn.area.rawValue),
      Column(title: .colHouseholdNo, width: .fixed(8), sort: RosterColumn.householdNo.rawValue),
      Column(
        title: .colHead, width: .flexible(min: 6, weight: 2), sort: RosterColumn.head.rawValue),
      Column(
        title: .colMembers, width: .fixed(4), alignment: .right,
        sort: RosterColumn.members.rawValue),
      Column(
        title: .colCategories, width: .flexible(min: 6, weight: 2),
        sort: RosterColumn.categories.rawValue),
      Column(
        title: .colCadre, width: .flexible(min: 6, weight: 2), sort: RosterColumn.cadre.rawValue),
      Column(title: .colLastVisit, width: .fixed(16), sort: RosterColumn.lastVisit.rawValue),
      Column(
        title: .colOpen, width: .fixed(4), alignment: .right,
        sort: RosterColumn.openRequests.rawValue),
    ],
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
  /// The diary's columns; it sorts by date and by kind.
  static let diary = PaneColumns(
    columns: [
      Column(title: .colDate, width: .fixed(10), sort: DiaryColumn.date.rawValue),
      Column(title: .colKind, width: .fixed(9), sort: DiaryColumn.kind.rawValue),
      Column(title: .colCadres, width: .flexible(min: 6, weight: 2)),
      Column(title: .colHouseholds, width: .flexible(min: 6, weight: 2)),
      Column(title: .colVillage, width: .flexible(min: 6, weight: 2)),
      Column(title: .colRaised, width: .fixed(4), alignment: .right),
      Column(title: .colContent, width: .flexible(min: 10, weight: 6)),
    ],
    cells: { visit, context in
      let l = context.l
      let firstLine = visit.content.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      return [
        visit.date.description, visit.kind.shortLabel(l.language), visit.cadres, visit.households,
        visit.village, visit.raised > 0 ? String(visit.raised) : "", firstLine,
      ]
    },
    style: { _, _, _ in nil })
}

/// What a row's cells and style depend on besides the row: the language, today, the calendar
/// and the deadline rules.
struct RowContext: Sendable {
  let l: Localizer
  let today: LocalDate
  let calendar: WorkingDayCalendar
  let policy: DeadlinePolicy
  /// The locality's categories, by which a request's category is named.
  var categories = RequestCategory.defaults

  /// A category's name, short enough for a column; its code when the list no longer has it.
  func categoryName(_ code: String) -> String {
    RequestCategory.find(code, in: categories)?.shortLabel(l.language) ?? code
  }

  /// Where a request stands against its deadline today.
  func standing(_ status: RequestStatus, _ dueOn: LocalDate?) -> DeadlineStanding {
    policy.standing(status: status, dueOn: dueOn, today: today, calendar: calendar)
  }
}

extension Theme {
  /// How a deadline's standing is drawn: overdue in red, due soon in yellow.
  func style(for standing: DeadlineStanding) -> Style? {
    switch standing {
    case .overdue: danger
    case .dueSoon: warning
    case .onTime, .none: nil
    }
  }
}
