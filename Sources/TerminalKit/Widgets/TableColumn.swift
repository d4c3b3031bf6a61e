/// A column of a table: its title, how wide it may be, and how its text sits.
public struct TableColumn: Sendable, Hashable {
  /// How a column claims its width.
  public enum Width: Sendable, Hashable {
    /// Exactly this many columns.
    case fixed(Int)
    /// At least `min` columns, then a share of what is left in proportion to `weight`.
    case flexible(min: Int, weight: Int)
  }

  public var title: String
  public var width: Width
  public var alignment: TextMeasure.Alignment

  public init(_ title: String, width: Width, alignment: TextMeasure.Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }

  /// The widths of `columns` in `total` columns, one column of space between each.
  public static func layout(_ columns: [TableColumn], in total: Int) -> [Int] {
    let gaps = max(0, columns.count - 1)
    var widths = columns.map { column -> Int in
      switch column.width {
      case .fixed(let n): return n
      case .flexible(let min, _): return min
      }
    }
    var spare = total - gaps - widths.reduce(0, +)
    let weights = columns.map { column -> Int in
      if case .flexible(_, let weight) = column.width { return weight }
      return 0
    }
    let totalWeight = weights.reduce(0, +)
    if spare > 0, totalWeight > 0 {
      var given = 0
      for index in columns.indices where weights[index] > 0 {
        let share = spare * weights[index] / totalWeight
        widths[index] += share
        given += share
      }
      spare -= given
      for index in columns.indices where spare > 0 && weights[index] > 0 {
        widths[index] += 1
        spare -= 1
      }
    } else if spare < 0 {
      // Too narrow: shrink from the last column leftwards, keeping each at least 2.
      var deficit = -spare
      for index in columns.indices.reversed() where deficit > 0 {
        let cut = min(deficit, max(0, widths[index] - 2))
        widths[index] -= cut
        deficit -= cut
      }
    }
    return widths
  }
}
