/// A form: labelled fields, one focused, with inline validation messages.
///
/// The form edits; its owner decides. Moving focus off a field reports it (`focusMoved`), so
/// the owner can validate as the user leaves each field, and only the owner saves.
public struct FormState: Sendable, Hashable {
  public var title: String
  public var fields: [FormField]
  public var focus: Int
  /// Whether the focused pick field's list is open.
  public var pickOpen = false
  /// A message for the form as a whole (why a save failed).
  public var message: String?

  public init(title: String, fields: [FormField], focus: Int = 0) {
    self.title = title
    self.fields = fields
    self.focus = min(focus, max(0, fields.count - 1))
  }

  /// What a key did to the form.
  public enum Event: Sendable, Equatable {
    case none
    /// The focused field's value changed (a caret that moved is no change).
    case edited(String)
    /// An option was chosen with its key (a digit) or Enter in an open pick list: the owner
    /// moves on to the next field.
    case chose(String)
    /// Up or Down in a date field: move it by this many days.
    case adjustDate(String, Int)
  }

  /// The value of the field with `id`.
  public subscript(id: String) -> String {
    get { fields.first { $0.id == id }?.value ?? "" }
    set {
      if let index = fields.firstIndex(where: { $0.id == id }) { fields[index].value = newValue }
    }
  }

  /// Sets or clears the message under the field with `id`.
  public mutating func setMessage(_ message: String?, for id: String) {
    if let index = fields.firstIndex(where: { $0.id == id }) { fields[index].message = message }
  }

  /// The id of the focused field.
  public var focusedID: String { fields.isEmpty ? "" : fields[focus].id }

  /// Moves the focus to the next field (wrapping); returns the id of the field left.
  @discardableResult
  public mutating func focusNext() -> String {
    let left = focusedID
    keepTyped()
    if !fields.isEmpty { focus = (focus + 1) % fields.count }
    return left
  }

  /// Moves the focus to the previous field (wrapping); returns the id of the field left.
  @discardableResult
  public mutating func focusPrevious() -> String {
    let left = focusedID
    keepTyped()
    if !fields.isEmpty { focus = (focus - 1 + fields.count) % fields.count }
    return left
  }

  /// Closes the focused pick list, keeping what was typed in one that takes free text.
  public mutating func keepTyped() {
    if pickOpen, !fields.isEmpty, case .pick(var list) = fields[focus].kind {
      list.keepTyped()
      fields[focus].kind = .pick(list)
    }
    pickOpen = false
  }

  /// Gives a key to the focused field.
  ///
  /// Text is never lost: a character typed on a field of numbered options that is not one of
  /// their keys (or a paste) goes to the next field that takes text, and the focus with it.
  public mutating func edit(_ key: Key, measure: TextMeasure = TextMeasure(), areaWidth: Int = 40)
    -> Event
  {
    guard !fields.isEmpty else { return .none }
    if fields[focus].concealed != nil {
      // A concealed value is replaced, never edited in part: what is typed starts it afresh,
      // Backspace and Delete clear it; moving in it means nothing.
      switch key {
      case .character, .paste, .backspace, .delete:
        fields[focus].concealed = nil
        fields[focus].value = ""
        if key == .backspace || key == .delete { return .edited(fields[focus].id) }
      default:
        return .none
      }
    }
    let before = fields[focus].value
    if case .digits(let choice) = fields[focus].kind, !choice.accepts(key), key.isTyped,
      let next = nextTextField()
    {
      focus = next
      pickOpen = false
      return edit(key, measure: measure, areaWidth: areaWidth)
    }
    let event = editFocused(key, measure: measure, areaWidth: areaWidth)
    if case .chose = event { return event }
    // Moving a date is the owner's to do: the value changes after this returns.
    if case .adjustDate = event { return event }
    if case .digits(let choice) = fields[focus].kind, case .character = key, choice.accepts(key) {
      // The option's key answers the question, even when it was the answer already.
      return .chose(fields[focus].id)
    }
    return fields[focus].value == before ? .none : event
  }

  /// The field that takes text typed on a choice: the first after it, else the nearest before
  /// it (a choice at the end of a form belongs to the text above it, never to the first field).
  private func nextTextField() -> Int? {
    func takesText(_ index: Int) -> Bool {
      switch fields[index].kind {
      case .text, .area, .date: true
      default: false
      }
    }
    return (focus + 1..<fields.count).first(where: takesText)
      ?? (0..<focus).reversed().first(where: takesText)
  }

  private mutating func editFocused(_ key: Key, measure: TextMeasure, areaWidth: Int) -> Event {
    var field = fields[focus]
    defer { fields[focus] = field }
    switch field.kind {
    case .text(var text):
      guard text.handle(key) else { return .none }
      field.kind = .text(text)
    case .date(var text):
      if key == .up || key == .down { return .adjustDate(field.id, key == .up ? 1 : -1) }
      if case .character = key, let most = text.maxLength, text.characters.count >= most,
        text.caret == text.characters.count
      {
        // A whole date is there: typing at its end starts another, never in silence.
        text.text = ""
      }
      guard text.handle(key) else { return .none }
      field.kind = .date(text)
    case .area(var area, let lines):
      guard area.handle(key, width: areaWidth, measure: measure) else { return .none }
      area.scrollToCaret(width: areaWidth, height: lines, measure: measure)
      field.kind = .area(area, lines: lines)
    case .choices(var list):
      guard list.handle(key) else { return .none }
      field.kind = .choices(list)
    case .digits(var choice):
      guard choice.handle(key) else { return .none }
      field.kind = .digits(choice)
    case .pick(var list):
      if let id = list.directChoice(key) {
        list.choose(id)
        pickOpen = false
        field.kind = .pick(list)
        return .chose(field.id)
      }
      if !pickOpen {
        switch key {
        case .enter, .down, .character, .paste:
          pickOpen = true
          if case .character = key { list.handle(key) }
          if case .paste = key { list.handle(key) }
          field.kind = .pick(list)
          return .none
        case .backspace, .delete:
          list.chosen = nil
          field.kind = .pick(list)
          return .edited(field.id)
        default:
          return .none
        }
      }
      guard list.handle(key) else { return .none }
      field.kind = .pick(list)
      if key == .enter {
        pickOpen = false
        return .chose(field.id)
      }
      return .none
    }
    return .edited(field.id)
  }
}
