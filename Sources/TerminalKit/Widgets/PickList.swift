/// A choice among options, narrowed by typing: the pick field of forms, and the search popup.
public struct PickList: Sendable, Hashable {
  /// One option: a stable id, the label shown, and extra words it is found by (pinyin, codes).
  public struct Option: Sendable, Hashable {
    public var id: String
    public var label: String
    public var keywords: String

    public init(id: String, label: String, keywords: String = "") {
      self.id = id
      self.label = label
      self.keywords = keywords
    }
  }

  public var options: [Option]
  /// The id of the chosen option, if any.
  public var chosen: String?
  /// The text typed to narrow the options.
  public var filter: TextField
  /// The highlighted option among the matches.
  public var highlighted: Int

  public init(options: [Option], chosen: String? = nil) {
    self.options = options
    self.chosen = chosen
    self.filter = TextField()
    self.highlighted = max(0, options.firstIndex { $0.id == chosen } ?? 0)
  }

  /// The label of the chosen option, or empty.
  public var chosenLabel: String {
    options.first { $0.id == chosen }?.label ?? ""
  }

  /// The options matching the filter (case-insensitive, in label or keywords).
  public var matches: [Option] {
    let needle = filter.text.lowercased()
    guard !needle.isEmpty else { return options }
    return options.filter {
      $0.label.lowercased().contains(needle) || $0.keywords.lowercased().contains(needle)
    }
  }

  /// Handles a key: typing narrows, Up and Down move, Enter chooses. Returns whether it was used.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .up:
      highlighted = max(0, highlighted - 1)
    case .down:
      highlighted = min(max(0, matches.count - 1), highlighted + 1)
    case .pageUp:
      highlighted = max(0, highlighted - 8)
    case .pageDown:
      highlighted = min(max(0, matches.count - 1), highlighted + 8)
    case .enter:
      let found = matches
      guard highlighted < found.count else { return true }
      chosen = found[highlighted].id
      filter.text = ""
    default:
      guard filter.handle(key) else { return false }
      highlighted = 0
    }
    return true
  }

  /// Draws the open list in `rect`: the filter on the first line, matches below.
  public func render(into screen: inout Screen, rect: Rect, theme: Theme) -> Point {
    guard rect.height > 1 else { return Point(x: rect.x, y: rect.y) }
    let caret = filter.render(
      into: &screen, x: rect.x, y: rect.y, width: rect.width, style: theme.focusedInput)
    let found = matches
    let list = ListView(
      items: found.map(\.label), selected: found.isEmpty ? nil : min(highlighted, found.count - 1))
    screen.fill(
      Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
      style: theme.normal)
    list.render(
      into: &screen,
      rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), theme: theme
    )
    return caret
  }
}
