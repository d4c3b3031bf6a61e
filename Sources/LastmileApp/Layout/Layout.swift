import TerminalKit

/// The layout facts `update` and the view share: where a form is drawn decides where its
/// text areas wrap, and Up and Down move by the lines drawn.
enum Layout {
  /// The width of the box a form over a pane is drawn in.
  static func formWidth(_ size: Size) -> Int { min(size.width - 4, 76) }

  /// The width of the reception desk's form (the people found take the rest).
  static func receptionFormWidth(_ size: Size) -> Int {
    min(size.width - 26, max(54, size.width * 3 / 5))
  }

  /// The columns a text area of `form` wraps at in a box `boxWidth` wide.
  static func areaWidth(of form: FormState, boxWidth: Int, measure: TextMeasure) -> Int {
    max(1, FormView.fieldWidth(of: form, boxWidth: boxWidth, measure: measure))
  }

  /// The lines of the help that show at once.
  static func helpRoom(_ size: Size) -> Int { max(1, size.height - 5) }
}
