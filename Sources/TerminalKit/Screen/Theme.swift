/// The styles of a program's screens by role, so that widgets never pick colours themselves.
///
/// Without colour (`NO_COLOR`, or a terminal without it) every role that matters stays visible
/// through reverse video, bold and underline alone.
public struct Theme: Sendable, Hashable {
  public var normal: Style
  public var muted: Style
  public var header: Style
  public var selected: Style
  public var accent: Style
  /// Something that needs attention soon (due within two working days).
  public var warning: Style
  /// Something late or refused (overdue, a validation message).
  public var danger: Style
  public var border: Style
  public var tabActive: Style
  public var tabInactive: Style
  public var status: Style
  public var input: Style
  public var focusedInput: Style

  /// Colours on the terminal's default background.
  public static let color = Theme(
    normal: .plain,
    muted: Style(attributes: .dim),
    header: Style(foreground: .cyan, attributes: .bold),
    selected: Style(foreground: .black, background: .cyan),
    accent: Style(foreground: .cyan, attributes: .bold),
    warning: Style(foreground: .yellow, attributes: .bold),
    danger: Style(foreground: .red, attributes: .bold),
    border: Style(foreground: .blue),
    tabActive: Style(foreground: .black, background: .cyan, attributes: .bold),
    tabInactive: Style(foreground: .cyan),
    status: Style(foreground: .black, background: .white),
    input: Style(attributes: .underline),
    focusedInput: Style(foreground: .black, background: .white))

  /// No colours: reverse for selection and status, bold and underline for emphasis.
  public static let monochrome = Theme(
    normal: .plain,
    muted: Style(attributes: .dim),
    header: Style(attributes: [.bold, .underline]),
    // Underlined as well as reversed: apart from an overdue row's bold reverse.
    selected: Style(attributes: [.reverse, .underline]),
    accent: Style(attributes: .bold),
    warning: Style(attributes: [.bold, .underline]),
    danger: Style(attributes: [.bold, .reverse]),
    border: .plain,
    tabActive: Style(attributes: [.reverse, .bold]),
    tabInactive: .plain,
    status: Style(attributes: .reverse),
    input: Style(attributes: .underline),
    focusedInput: Style(attributes: [.reverse]))
}
