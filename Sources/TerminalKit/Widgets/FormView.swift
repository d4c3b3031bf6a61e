/// Draws a form in a box: labels on the left, fields on the right, messages under them.
public struct FormView: Sendable {
  public var form: FormState
  /// A line of hints under the fields (save, cancel, move).
  public var hints: String

  public init(form: FormState, hints: String) {
    self.form = form
    self.hints = hints
  }

  /// The rows the form needs inside a box `width` columns wide.
  public func contentHeight(width: Int = 76, measure: TextMeasure = TextMeasure()) -> Int {
    let fieldWidth = max(10, Self.fieldWidth(of: form, boxWidth: width, measure: measure))
    let inner = width - 4
    return form.fields.reduce(0) { $0 + $1.height(width: fieldWidth, measure: measure) }
      + (form.message.map { measure.wrap($0, to: inner).count } ?? 0)
      + hintLines(width: inner, measure: measure).count + 1
  }

  /// The hints, on one line or two when they need it.
  func hintLines(width: Int, measure: TextMeasure) -> [String] {
    guard !hints.isEmpty else { return [] }
    let lines = measure.wrap(hints, to: max(1, width))
    guard lines.count > 2 else { return lines }
    return [lines[0], lines[1...].joined()]
  }

  /// The columns of the labels inside a box `boxWidth` wide: the longest label, at most a
  /// third of the box.
  static func labelWidth(of form: FormState, boxWidth: Int, measure: TextMeasure) -> Int {
    min(
      (boxWidth - 2) / 3,
      form.fields.map { measure.width(of: $0.label) + ($0.required ? 1 : 0) }.max() ?? 0)
  }

  /// The columns a field (and so a text area's lines) takes in a box `boxWidth` wide: the one
  /// layout fact the form's owner needs to move up and down by the lines drawn.
  public static func fieldWidth(of form: FormState, boxWidth: Int, measure: TextMeasure) -> Int {
    boxWidth - 2 - labelWidth(of: form, boxWidth: boxWidth, measure: measure) - 3
  }

  /// Draws the form in `rect`; returns where the caret is (for the real cursor).
  @discardableResult
  public func render(into screen: inout Screen, rect: Rect, theme: Theme) -> Point? {
    screen.fill(rect, style: theme.normal)
    screen.box(rect, style: theme.border, title: form.title)
    let inner = rect.inset(by: 1)
    guard inner.width > 10, inner.height > 0 else { return nil }
    let labelWidth = Self.labelWidth(of: form, boxWidth: rect.width, measure: screen.measure)
    let fieldX = inner.x + labelWidth + 2
    let fieldWidth = Self.fieldWidth(of: form, boxWidth: rect.width, measure: screen.measure)
    // The fields end above the hints; when they do not all fit, the first ones shown are those
    // that keep the focused field in view.
    let hintLines = hintLines(width: inner.width - 2, measure: screen.measure)
    let bottom = inner.maxY - hintLines.count
    let heights = form.fields.map { $0.height(width: fieldWidth, measure: screen.measure) }
    var first = 0
    while first < form.focus, heights[first...form.focus].reduce(0, +) > bottom - inner.y {
      first += 1
    }
    var y = inner.y
    var caret: Point?
    var openList: (PickList, Rect)?
    for (index, field) in form.fields.enumerated() where index >= first {
      guard y < bottom else { break }
      let focused = index == form.focus
      let label = field.label + (field.required ? "*" : "")
      screen.putFitted(
        label, x: inner.x + 1, y: y, width: labelWidth,
        style: focused ? theme.accent : theme.normal, alignment: .right)
      let style = focused ? theme.focusedInput : theme.input
      switch field.kind {
      case .text(var text), .date(var text):
        if let concealed = field.concealed { text = TextField(concealed) }
        if field.secret { text = text.masked }
        let point = text.render(
          into: &screen, x: fieldX, y: y, width: fieldWidth, style: style,
          placeholder: field.placeholder)
        if focused { caret = point }
        y += 1
      case .area(let area, let lines):
        let height = min(lines, bottom - y)
        let point = area.render(
          into: &screen, rect: Rect(x: fieldX, y: y, width: fieldWidth, height: height),
          style: style)
        if focused { caret = point }
        y += lines
      case .choices(let list):
        let height = min(list.height(width: fieldWidth, measure: screen.measure), bottom - y)
        let point = list.render(
          into: &screen, rect: Rect(x: fieldX, y: y, width: fieldWidth, height: height),
          style: theme.input,
          focused: focused, theme: theme)
        if focused { caret = point }
        y += height
      case .digits(let choice):
        let height = min(choice.height(width: fieldWidth, measure: screen.measure), bottom - y)
        let point = choice.render(
          into: &screen, rect: Rect(x: fieldX, y: y, width: fieldWidth, height: height),
          focused: focused, theme: theme)
        if focused { caret = point }
        y += height
      case .pick(let list):
        screen.fill(Rect(x: fieldX, y: y, width: fieldWidth, height: 1), style: style)
        let shown = list.chosenLabel.isEmpty ? field.placeholder : list.chosenLabel
        screen.putFitted(
          shown, x: fieldX, y: y, width: fieldWidth,
          style: list.chosenLabel.isEmpty ? style.adding(.dim) : style)
        if focused {
          caret = Point(x: fieldX, y: y)
          if form.pickOpen {
            let height = min(10, max(2, list.matches.count + 1))
            openList = (list, Rect(x: fieldX, y: y + 1, width: fieldWidth, height: height))
          }
        }
        y += 1
      }
      if let message = field.message {
        for line in screen.measure.wrap(message, to: fieldWidth) where y < bottom {
          screen.putFitted(line, x: fieldX, y: y, width: fieldWidth, style: theme.danger)
          y += 1
        }
      }
    }
    if let message = form.message {
      for line in screen.measure.wrap(message, to: inner.width - 2) where y < bottom {
        screen.putFitted(line, x: inner.x + 1, y: y, width: inner.width - 2, style: theme.danger)
        y += 1
      }
    }
    for (index, line) in hintLines.enumerated() {
      screen.putFitted(
        line, x: inner.x + 1, y: bottom + index, width: inner.width - 2, style: theme.muted)
    }
    if let (list, area) = openList {
      let clipped = Rect(
        x: area.x, y: area.y, width: area.width,
        height: min(area.height, screen.size.height - area.y))
      screen.box(
        Rect(
          x: clipped.x - 1, y: clipped.y - 1, width: clipped.width + 2, height: clipped.height + 2),
        style: theme.border)
      caret = list.render(into: &screen, rect: clipped, theme: theme)
    }
    return caret
  }
}
