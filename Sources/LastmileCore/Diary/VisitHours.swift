import Foundation

/// The hours of a visit as people write them.
public enum VisitHours {
  /// Digits with at most one point, full-width ones too (`1.5`, `１.５`); nil for anything else
  /// (`1e1`, `nan`, `2小时`).
  public static func parse(_ text: String) -> Double? {
    let ascii = String(
      text.trimmingCharacters(in: .whitespaces).map { character -> Character in
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
          (0xFF10...0xFF19).contains(scalar.value) || scalar.value == 0xFF0E,
          let narrow = Unicode.Scalar(scalar.value - 0xFEE0)
        else { return character }
        return Character(narrow)
      })
    guard !ascii.isEmpty, ascii.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      ascii.filter({ $0 == "." }).count <= 1
    else { return nil }
    return Double(ascii)
  }

  /// Hours as a form or a file writes them: `2`, `1.5`.
  public static func text(_ hours: Double) -> String {
    hours == hours.rounded() ? String(Int(hours)) : String(hours)
  }
}
