import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The review's panels, laid out in one column at 80 columns and two side by side from 120: the
/// facts the view draws by, `update` moves and scrolls by, and the export writes.
struct ReviewLayout {
  /// How a panel's line is drawn.
  enum Tone: Sendable { case normal, accent, warning, muted }

  /// What a row of a panel shows.
  enum Content: Sendable {
    case text(String, Tone)
    /// A bar, scaled with the panel's other bars.
    case bar(BarChart.Bar)
    /// A month-by-month sparkline: its name, its values, and what is said after them.
    case spark(String, [Int], String)
  }

  /// A row of a panel, and the list it opens, if any.
  struct Row: Sendable {
    let content: Content
    var drill: ReviewDrill?

    static func text(_ text: String, _ tone: Tone = .normal, drill: ReviewDrill? = nil) -> Row {
      Row(content: .text(text, tone), drill: drill)
    }

    static func bar(_ bar: BarChart.Bar, drill: ReviewDrill? = nil) -> Row {
      Row(content: .bar(bar), drill: drill)
    }
  }

  /// A panel: its title, its rows, and its figures as a table (a header, then rows).
  struct Panel: Sendable {
    let title: String
    var rows: [Row] = []
    var table: [[String]] = []

    /// The rows it takes: its title and a blank row, its body (at least one line), a blank
    /// row after.
    var height: Int { 3 + max(1, rows.count) }
  }

  /// A panel placed: its column and its first row of the whole review.
  struct Placed: Sendable {
    let panel: Panel
    let column: Int
    let top: Int
  }

  /// A row that opens a list: its panel (of `placed`), its row, and the review's line of it.
  struct Selectable: Sendable {
    let panel: Int
    let row: Int
    let line: Int
    let drill: ReviewDrill
  }

  let columns: Int
  let placed: [Placed]
  /// The rows that open a list, in reading order (down a column, then the next).
  let selectable: [Selectable]

  /// The rows of the review laid out, the taller column's.
  var height: Int { placed.map { $0.top + $0.panel.height }.max() ?? 0 }

  init(_ state: AppState, width: Int) {
    columns = width >= 120 ? 2 : 1
    var heights = Array(repeating: 0, count: columns)
    var placed: [Placed] = []
    for panel in Self.panels(state) {
      let column = heights.firstIndex(of: heights.min()!)!
      placed.append(Placed(panel: panel, column: column, top: heights[column]))
      heights[column] += panel.height
    }
    self.placed = placed
    // Down the first column, then the second.
    selectable = placed.enumerated().flatMap { index, placed in
      placed.panel.rows.enumerated().compactMap { row, content in
        content.drill.map {
          Selectable(panel: index, row: row, line: placed.top + 2 + row, drill: $0)
        }
      }
    }.sorted { (placed[$0.panel].column, $0.line) < (placed[$1.panel].column, $1.line) }
  }

  /// The rows the review shows at once in a body of `height` rows (the first says the period,
  /// the last keeps the keys).
  static func room(_ height: Int) -> Int { max(1, height - 3) }

  /// The furthest the review scrolls in `state`.
  static func maxScroll(_ state: AppState) -> Int {
    let body = state.size.height - 2
    return max(0, ReviewLayout(state, width: state.size.width).height - room(body))
  }

  /// How many rows of a long list a panel shows; the export has them all.
  static let longest = 12
}
