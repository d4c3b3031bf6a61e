/// Text as it may reach a terminal or a report: control characters other than a line break
/// taken out (a name holding `ESC[2J` would clear the screen of whoever prints the report; a
/// tab becomes a space). What a record holds is checked on the way in (`TextRule`); this is for
/// what a database holds from before, or from elsewhere.
public enum PrintableText {
  /// `text` without its control characters (a tab made a space).
  public static func cleaned(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        scalars.append(" ")
      } else if !isControl(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }
}
