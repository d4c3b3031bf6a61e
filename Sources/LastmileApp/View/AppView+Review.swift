import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppView {
  /// The review's panels, scrolled: its period and area on the first line, one column at 80
  /// columns and two from 120, the selected row marked, and the keys on the last line.
  func renderReview(_ state: AppState, into screen: inout Screen, rect: Rect) {
    let l = state.l
    let layout = ReviewLayout(state, width: rect.width)
    let room = ReviewLayout.room(rect.height)
    let scroll = min(state.review.scroll, max(0, layout.height - room))
    let period = (state.review.period ?? state.thisMonth).description
    let area = state.review.area == nil ? l(.reviewAllAreas) : state.review.areaName
    screen.putFitted(
      l(.reviewScope(period, area)), x: rect.x + 2, y: rect.y, width: rect.width - 4,
      style: theme.header)
    let columnWidth = (rect.width - 2) / layout.columns - 2
    let selected =
      layout.selectable.indices.contains(state.review.selected)
      ? layout.selectable[state.review.selected] : nil
    for (index, placed) in layout.placed.enumerated() {
      let x = rect.x + 2 + placed.column * (columnWidth + 2)
      // A panel's rows of the whole review, drawn where they fall in view.
      func row(_ offset: Int) -> Int? {
        let y = placed.top + offset - scroll
        return y >= 0 && y < room ? rect.y + 1 + y : nil
      }
      if let y = row(0) {
        screen.putFitted(placed.panel.title, x: x, y: y, width: columnWidth, style: theme.header)
      }
      let bars = placed.panel.rows.compactMap { row -> BarChart.Bar? in
        if case .bar(let bar) = row.content { bar } else { nil }
      }
      let scale = BarChart.Scale(bars, width: columnWidth - 2, measure: screen.measure)
      let sparks = placed.panel.rows.compactMap { row -> (label: String, most: Int)? in
        if case .spark(let label, let values, _) = row.content {
          (label, values.max() ?? 0)
        } else {
          nil
        }
      }
      let most = sparks.map(\.most).max() ?? 0
      let sparkLabel = (sparks.map { screen.measure.width(of: $0.label) }.max() ?? 0) + 1
      for (number, line) in placed.panel.rows.enumerated() {
        guard let y = row(2 + number) else { continue }
        let isSelected = selected.map { $0.panel == index && $0.row == number } ?? false
        if isSelected {
          screen.put(screen.glyphs.selection, x: x, y: y, style: theme.selected)
        }
        switch line.content {
        case .text(let text, let tone):
          let style: Style =
            switch tone {
            case .normal: theme.normal
            case .accent: theme.accent
            case .warning: theme.warning
            case .muted: theme.muted
            }
          screen.putFitted(
            text, x: x + 2, y: y, width: columnWidth - 2, style: isSelected ? theme.selected : style
          )
        case .bar(let bar):
          BarChart.draw(
            bar, scale: scale, into: &screen, x: x + 2, y: y, width: columnWidth - 2, theme: theme,
            selected: isSelected)
        case .spark(let label, let values, let note):
          drawSpark(
            label, labelWidth: sparkLabel, values, of: most, note, into: &screen, x: x + 2, y: y,
            width: columnWidth - 2)
        }
      }
    }
    let months =
      keyName(.periodBefore, state, context: .review) + " "
      + keyName(.periodAfter, state, context: .review)
    let more =
      layout.height > room
      ? " · " + l(.reviewScroll(scroll + 1, min(layout.height, scroll + room), layout.height)) : ""
    let keys =
      ""
      + l(
        .reviewKeys(
          keyName(.open, state, context: .review), keyName(.filter, state, context: .review),
          keyName(.exportFile, state, context: .review))) + " · "
      + l(
        .reviewRegistryHint(
          keyName(.cadres, state, context: .review), keyName(.areas, state, context: .review)))
      + " · " + months + " " + l(.reviewStep) + more
    screen.putFitted(
      keys, x: rect.x + 2, y: rect.maxY - 1, width: rect.width - 4, style: theme.muted)
  }

  /// A sparkline: its name, a mark a month scaled to the largest month of every sparkline of
  /// the panel, and its note.
  private func drawSpark(
    _ label: String, labelWidth: Int, _ values: [Int], of most: Int, _ note: String,
    into screen: inout Screen, x: Int, y: Int, width: Int
  ) {
    screen.putFitted(label, x: x, y: y, width: labelWidth, style: theme.normal)
    let marks = values.map { screen.glyphs.spark($0, of: most) }.joined()
    screen.put(marks, x: x + labelWidth, y: y, style: theme.accent, limit: values.count)
    let noteX = x + labelWidth + values.count + 1
    screen.putFitted(note, x: noteX, y: y, width: max(0, x + width - noteX), style: theme.muted)
  }
}
