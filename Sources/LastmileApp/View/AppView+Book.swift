import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// A reception day's record book, with the columns of the paper one and its handover.
  func renderBook(_ open: BookState, _ state: AppState, into screen: inout Screen, rect: Rect) {
    let l = state.l
    let book = open.book
    screen.fill(rect, style: theme.normal)
    let report = book.table(state.language)
    // The title as wide as it is (at most half); the day's facts take the rest.
    let titleWidth = min(measure.width(of: report.title), rect.width / 2)
    screen.putFitted(
      report.title, x: rect.x + 1, y: rect.y, width: titleWidth, style: theme.accent)
    // The top says when the book changed after its handover, not only the line at the bottom.
    let leader = book.dutyLeader.map { " · " + l(.bookDutyLeader($0)) } ?? ""
    let changed =
      (book.extraDayOpenedBy.map { " · " + l(.bookExtraDay($0)) } ?? "")
      + (book.changedSinceHandover == 0
        ? "" : " · " + l(.bookChangedAfterHandover(book.changedSinceHandover)))
    screen.putFitted(
      l(.bookDayLine(book.day, book.entries.count)) + leader + changed, x: rect.x + titleWidth + 3,
      y: rect.y, width: rect.width - titleWidth - 4,
      style: changed.isEmpty ? theme.muted : theme.warning,
      alignment: .right)
    var handover = book.handoverText(state.language)
    if book.changedSinceHandover > 0 {
      handover += l(.noteJoiner) + l(.bookChangedAfterHandover(book.changedSinceHandover))
    }
    screen.putFitted(
      handover, x: rect.x + 1, y: rect.maxY - 2, width: rect.width - 2,
      style: book.handover == nil || book.changedSinceHandover > 0 ? theme.warning : theme.normal)
    let keys =
      [l(.readFull(keyName(.open, state, context: .book)))]
      + [
        (ActionName.back, KeyContext.global), (.bookPreviousDay, .book), (.bookNextDay, .book),
        (.bookHandOver, .book), (.exportFile, .book),
      ].map { keyName($0.0, state, context: $0.1) + " " + l($0.0.label) }
    screen.putFitted(
      keys.joined(separator: " · "), x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2,
      style: theme.muted)
    let widths: [TableColumn.Width] = [
      .fixed(6), .flexible(min: 6, weight: 2), .flexible(min: 8, weight: 3), .fixed(11),
      .flexible(min: 10, weight: 6),
      .flexible(min: 10, weight: 5), .flexible(min: 6, weight: 3), .fixed(10),
    ]
    // The selected entry in full under the table: the matter and the handling, wrapped.
    var detail: [(String, Style)] = []
    if report.rows.indices.contains(open.selected), rect.height >= 16 {
      let row = report.rows[open.selected]
      let header = report.columns.map(\.header)
      // The number the person quotes first (the table leaves it to the printed book).
      let who = [row[8], row[1], row[2], row[3]].filter { !$0.isEmpty }.joined(separator: "  ")
      detail.append((row[0] + ". " + who, theme.header))
      for (column, most) in [(4, 3), (5, 2)] {
        let lines = measure.wrap(header[column] + "：" + row[column], to: rect.width - 2)
        detail += clipped(lines, to: most, width: rect.width - 2).map { ($0, theme.normal) }
      }
      detail.append(([header[6], row[6], header[7], row[7]].joined(separator: " "), theme.muted))
      if let late = book.entries[open.selected].late {
        detail.append(
          (l(.bookLateEntry(book.entries[open.selected].number, late.by, late.at)), theme.warning))
      }
    }
    let tableHeight = rect.height - 3 - (detail.isEmpty ? 0 : detail.count + 1)
    let visible = max(1, TableView.visibleRows(in: Rect(x: 0, y: 0, width: 1, height: tableHeight)))
    let first = max(0, open.selected - visible + 1)
    var table = TableView(
      columns: zip(report.columns, widths).map {
        TableColumn($0.0.header, width: $0.1, alignment: $0.0.alignment)
      },
      rows: Array(report.rows.dropFirst(first)),
      selected: report.rows.isEmpty ? nil : open.selected - first,
      totalRows: report.rows.count, firstRowNumber: first, emptyText: report.emptyText)
    table.marksSelection = true
    table.render(
      into: &screen,
      rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: tableHeight),
      theme: theme)
    for (index, (text, style)) in detail.enumerated() {
      screen.putFitted(
        text, x: rect.x + 1, y: rect.y + 2 + tableHeight + index, width: rect.width - 2,
        style: style)
    }
  }
}
