/// The key help: sections of keys and what they do, generated from the active keymap.
public struct HelpOverlay: Sendable, Hashable {
  /// One section: a title and its lines of keys and labels.
  public struct Section: Sendable, Hashable {
    public var title: String
    public var entries: [(keys: String, label: String)]

    public init(title: String, entries: [(keys: String, label: String)]) {
      self.title = title
      self.entries = entries
    }

    public static func == (lhs: Section, rhs: Section) -> Bool {
      lhs.title == rhs.title && lhs.entries.map(\.keys) == rhs.entries.map(\.keys)
        && lhs.entries.map(\.label) == rhs.entries.map(\.label)
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(title)
      hasher.combine(entries.map(\.keys))
      hasher.combine(entries.map(\.label))
    }
  }

  public var title: String
  public var sections: [Section]
  /// The first line shown.
  public var scroll: Int
  /// The line under the box saying how to close it.
  public var footer: String

  public init(title: String, sections: [Section], scroll: Int = 0, footer: String = "") {
    self.title = title
    self.sections = sections
    self.scroll = scroll
    self.footer = footer
  }

  /// All lines: section titles and entries.
  private var lines: [(text: String, keys: String?, isTitle: Bool)] {
    var result: [(String, String?, Bool)] = []
    for section in sections {
      if !result.isEmpty { result.append(("", nil, false)) }
      result.append((section.title, nil, true))
      for entry in section.entries { result.append((entry.label, entry.keys, false)) }
    }
    return result
  }

  /// The number of lines, for scrolling.
  public var lineCount: Int { lines.count }

  public func render(into screen: inout Screen, in area: Rect, theme: Theme) {
    let rect = area.centered(Size(width: min(area.width - 2, 76), height: area.height - 2))
    screen.fill(rect, style: theme.normal)
    screen.box(rect, style: theme.border, title: title)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 3)
    let all = lines
    let keyWidth = min(
      inner.width / 2, (all.compactMap(\.keys).map { screen.measure.width(of: $0) }.max() ?? 8) + 2)
    for row in 0..<inner.height {
      let index = scroll + row
      guard index < all.count else { break }
      let line = all[index]
      let y = inner.y + row
      if line.isTitle {
        screen.putFitted(line.text, x: inner.x, y: y, width: inner.width, style: theme.header)
      } else if let keys = line.keys {
        screen.putFitted(keys, x: inner.x + 1, y: y, width: keyWidth, style: theme.accent)
        screen.putFitted(
          line.text, x: inner.x + 1 + keyWidth, y: y, width: inner.width - keyWidth - 1,
          style: theme.normal)
      }
    }
    if all.count > inner.height {
      ScrollIndicator(total: all.count, first: scroll, visible: inner.height)
        .render(into: &screen, x: rect.maxX - 2, y: inner.y, height: inner.height, theme: theme)
    }
    screen.putFitted(
      footer, x: inner.x, y: rect.maxY - 2, width: inner.width, style: theme.muted,
      alignment: .center)
  }
}
