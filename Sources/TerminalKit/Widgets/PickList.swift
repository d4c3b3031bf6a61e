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
  /// Whether the first options are chosen with a key of the top row (`1`…`9`, `0`, `-`, `=`)
  /// while nothing is typed.
  public var numbered: Bool
  /// Whether what is typed may be chosen as it is, when no option is it.
  public var allowsFreeText: Bool

  public init(
    options: [Option], chosen: String? = nil, numbered: Bool = false, allowsFreeText: Bool = false
  ) {
    var options = options
    if allowsFreeText, let chosen, !chosen.isEmpty, !options.contains(where: { $0.id == chosen }) {
      options.append(Option(id: chosen, label: chosen))
    }
    self.options = options
    self.chosen = chosen
    self.filter = TextField()
    self.highlighted = max(0, options.firstIndex { $0.id == chosen } ?? 0)
    self.numbered = numbered
    self.allowsFreeText = allowsFreeText
  }

  /// The label of the chosen option, or empty.
  public var chosenLabel: String {
    options.first { $0.id == chosen }?.label ?? ""
  }

  /// The options matching the filter (case-insensitive, in label or keywords); with free text,
  /// what is typed comes last when no option is labelled so.
  public var matches: [Option] {
    let typed = filter.text.trimmingCharacters(in: .whitespaces)
    let needle = typed.lowercased()
    guard !needle.isEmpty else { return options }
    let found = options.filter {
      $0.label.lowercased().contains(needle) || $0.keywords.lowercased().contains(needle)
    }
    guard allowsFreeText, !found.contains(where: { $0.label == typed }) else { return found }
    return found + [Option(id: typed, label: typed)]
  }

  /// The option a key of the top row chooses at once (numbered lists, nothing typed), if any.
  public func directChoice(_ key: Key) -> String? {
    guard numbered, filter.text.isEmpty, case .character(let character) = key,
      let index = DigitChoice.keys.firstIndex(of: character), index < options.count
    else { return nil }
    return options[index].id
  }

  /// Chooses the option with `id` (what was typed, for free text).
  mutating func choose(_ id: String) {
    if !options.contains(where: { $0.id == id }) { options.append(Option(id: id, label: id)) }
    chosen = id
    filter.text = ""
    highlighted = max(0, options.firstIndex { $0.id == id } ?? 0)
  }

  /// What was typed when the list is left without Enter (Tab, Ctrl-S): the answer of a list
  /// that takes free text — the option so labelled, else the text — so that it is not dropped.
  mutating func keepTyped() {
    let typed = filter.text.trimmingCharacters(in: .whitespaces)
    guard allowsFreeText, !typed.isEmpty else { return }
    choose(options.first { $0.label == typed }?.id ?? typed)
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
      choose(found[highlighted].id)
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
    let keyed = numbered && filter.text.isEmpty
    let items = found.enumerated().map { index, option in
      keyed && index < DigitChoice.keys.count
        ? "\(DigitChoice.keys[index]) \(option.label)" : (keyed ? "  " : "") + option.label
    }
    let list = ListView(
      items: items, selected: found.isEmpty ? nil : min(highlighted, found.count - 1))
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
