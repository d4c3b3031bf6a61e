/// A table of rows under a header, with a sort mark, a selected row and a scroll indicator.
///
/// The table holds only the rows it shows: the caller pages them in from its data source and
/// says where the page sits in the whole (`firstRowNumber`, `totalRows`).
public struct TableView: Sendable {
  public var columns: [TableColumn]
  /// The rows on screen, each a list of cell texts.
  public var rows: [[String]]
  /// A style per row (overdue in red), or nil for the normal one.
  public var rowStyles: [Style?]
  /// The selected row, as an index into `rows`.
  public var selected: Int?
  /// The column sorted by, and the direction.
  public var sortColumn: Int?
  public var ascending: Bool
  /// The number of rows in the whole list, and the position of the first row shown.
  public var totalRows: Int
  public var firstRowNumber: Int
  /// Shown when there are no rows.
  public var emptyText: String
  /// Whether the last column's text goes on over the next lines instead of being cut (a note
  /// in a history), the other cells of the row staying on its first line.
  public var wrapsLastColumn = false
  /// Whether the first column of the rect holds a mark beside the selected row, so that the
  /// selection shows in any theme, colours or none, whatever the row's own style.
  public var marksSelection = false

  public init(
    columns: [TableColumn], rows: [[String]] = [], rowStyles: [Style?] = [], selected: Int? = nil,
    sortColumn: Int? = nil, ascending: Bool = true, totalRows: Int? = nil, firstRowNumber: Int = 0,
    emptyText: String = ""
  ) {
    self.columns = columns
    self.rows = rows
    self.rowStyles = rowStyles
    self.selected = selected
    self.sortColumn = sortColumn
    self.ascending = ascending
    self.totalRows = totalRows ?? rows.count
    self.firstRowNumber = firstRowNumber
    self.emptyText = emptyText
  }

  /// How many rows fit in `rect` under the header.
  public static func visibleRows(in rect: Rect) -> Int {
    max(0, rect.height - 1)
  }

  /// Draws the table into `rect`.
  public func render(into screen: inout Screen, rect: Rect, theme: Theme) {
    guard marksSelection else { return renderRows(into: &screen, rect: rect, theme: theme) }
    guard rect.width > 3, rect.height > 1 else { return }
    let rows = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: rect.height)
    renderRows(into: &screen, rect: rows, theme: theme)
    if let selected, selected < self.rows.count {
      // The selected row's line, counting the lines of wrapped rows above it.
      var y = rect.y + 1
      if wrapsLastColumn, let last = columns.indices.last {
        let widths = TableColumn.layout(
          columns, in: rows.width - (totalRows > Self.visibleRows(in: rows) ? 1 : 0))
        for row in self.rows.prefix(selected) where last < row.count {
          y += max(1, screen.measure.wrap(row[last], to: max(1, widths[last])).count)
        }
      } else {
        y += selected
      }
      if y < rect.maxY {
        screen.putFitted(
          screen.glyphs.selection, x: rect.x, y: y, width: 1, style: theme.accent)
      }
    }
  }

  private func renderRows(into screen: inout Screen, rect: Rect, theme: Theme) {
    guard rect.width > 2, rect.height > 0 else { return }
    let showIndicator = totalRows > Self.visibleRows(in: rect)
    let tableWidth = rect.width - (showIndicator ? 1 : 0)
    let widths = TableColumn.layout(columns, in: tableWidth)
    screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme.header)
    var x = rect.x
    for (index, column) in columns.enumerated() {
      var title = column.title
      if index == sortColumn {
        title += ascending ? screen.glyphs.sortAscending : screen.glyphs.sortDescending
      }
      screen.putFitted(
        title, x: x, y: rect.y, width: widths[index], style: theme.header,
        alignment: column.alignment)
      x += widths[index] + 1
    }
    let body = Rect(x: rect.x, y: rect.y + 1, width: tableWidth, height: rect.height - 1)
    if rows.isEmpty, !emptyText.isEmpty, body.height > 0 {
      screen.putFitted(
        emptyText, x: body.x + 1, y: body.y, width: body.width - 1, style: theme.muted)
    }
    var y = body.y
    for (offset, row) in rows.enumerated() {
      guard y < body.maxY else { break }
      var style = (offset < rowStyles.count ? rowStyles[offset] : nil) ?? theme.normal
      if offset == selected { style = theme.selected }
      let last = widths.count - 1
      // The last cell over as many lines as it needs, when it wraps; every other cell on one.
      let wrapped =
        wrapsLastColumn && last >= 0 && widths[last] > 0 && last < row.count
        ? Array(screen.measure.wrap(row[last], to: widths[last]).prefix(body.maxY - y)) : []
      let lines = max(1, wrapped.count)
      screen.fill(Rect(x: body.x, y: y, width: body.width, height: lines), style: style)
      var x = body.x
      for (index, width) in widths.enumerated() {
        let parts =
          index == last && !wrapped.isEmpty ? wrapped : [index < row.count ? row[index] : ""]
        for (line, part) in parts.enumerated() {
          screen.putFitted(
            part, x: x, y: y + line, width: width, style: style, alignment: columns[index].alignment
          )
        }
        x += width + 1
      }
      y += lines
    }
    if showIndicator {
      ScrollIndicator(total: totalRows, first: firstRowNumber, visible: body.height)
        .render(into: &screen, x: rect.maxX - 1, y: body.y, height: body.height, theme: theme)
    }
  }
}

/// A one-column scroll bar: where the visible rows sit in the whole list.
public struct ScrollIndicator: Sendable {
  public var total: Int
  public var first: Int
  public var visible: Int

  public init(total: Int, first: Int, visible: Int) {
    self.total = total
    self.first = first
    self.visible = visible
  }

  public func render(into screen: inout Screen, x: Int, y: Int, height: Int, theme: Theme) {
    guard height > 0, total > 0 else { return }
    let thumbHeight = max(1, height * min(visible, total) / total)
    let maxStart = height - thumbHeight
    let start = total <= visible ? 0 : min(maxStart, maxStart * first / max(1, total - visible))
    for row in 0..<height {
      let inThumb = row >= start && row < start + thumbHeight
      screen.put(
        inThumb ? screen.glyphs.thumb : screen.glyphs.vertical, x: x, y: y + row,
        style: inThumb ? theme.accent : theme.muted)
    }
  }
}
