/// One labelled field of a form.
public struct FormField: Sendable, Hashable {
  /// What is edited in the field.
  public enum Kind: Sendable, Hashable {
    /// One line of text.
    case text(TextField)
    /// Several lines, `lines` tall.
    case area(TextArea, lines: Int)
    /// A choice among options, narrowed by typing.
    case pick(PickList)
    /// A date typed `YYYY-MM-DD`; Up and Down ask the owner to move it by a day.
    case date(TextField)
    /// Any number of options checked.
    case choices(ChoiceList)
    /// One option chosen with one key, every option in view.
    case digits(DigitChoice)
  }

  /// A stable name the owner validates and saves by.
  public var id: String
  public var label: String
  public var kind: Kind
  public var required: Bool
  /// The validation message shown under the field, if any.
  public var message: String?
  /// A hint shown when the field is empty.
  public var placeholder: String
  /// What is shown instead of the value while it is concealed (a masked ID number), or nil.
  /// The value stays as it is; the first key that edits the field replaces it whole.
  public var concealed: String?
  /// Whether the text is never shown (a passphrase): a dot for each character.
  public var secret = false

  public init(
    id: String, label: String, kind: Kind, required: Bool = false, placeholder: String = ""
  ) {
    self.id = id
    self.label = label
    self.kind = kind
    self.required = required
    self.placeholder = placeholder
  }

  /// The field's value as text: the typed text, or the id of the chosen option.
  public var value: String {
    get {
      switch kind {
      case .text(let field), .date(let field): return field.text
      case .area(let area, _): return area.text
      case .pick(let list): return list.chosen ?? ""
      case .choices(let list): return list.value
      case .digits(let choice): return choice.chosen ?? ""
      }
    }
    set {
      switch kind {
      case .text(var field):
        field.text = newValue
        kind = .text(field)
      case .date(var field):
        field.text = newValue
        kind = .date(field)
      case .area(var area, let lines):
        area.text = newValue
        kind = .area(area, lines: lines)
      case .pick(var list):
        // An empty value chooses the option whose id is empty ("all areas"), if there is one.
        let index = list.options.firstIndex { $0.id == newValue }
        list.chosen = newValue.isEmpty && index == nil ? nil : newValue
        if let index { list.highlighted = index }
        kind = .pick(list)
      case .choices(var list):
        list.value = newValue
        kind = .choices(list)
      case .digits(var choice):
        choice.chosen = newValue.isEmpty ? nil : newValue
        kind = .digits(choice)
      }
    }
  }

  /// The rows the field takes on screen in `width` columns (its message adds its lines).
  public func height(width: Int = 40, measure: TextMeasure = TextMeasure()) -> Int {
    let base: Int
    switch kind {
    case .area(_, let lines): base = lines
    case .choices(let list): base = list.height(width: width, measure: measure)
    case .digits(let choice): base = choice.height(width: width, measure: measure)
    default: base = 1
    }
    return base + (message.map { max(1, measure.wrap($0, to: max(1, width)).count) } ?? 0)
  }
}
