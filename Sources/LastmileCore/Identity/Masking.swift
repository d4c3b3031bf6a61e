/// Hides personal identifiers in lists and exports (`110101********1234`, `138****1234`).
public enum Masking {
  /// An ID number with its birth date and sequence hidden: the region code and the last four
  /// characters stay.
  public static func idNumber(_ number: String) -> String {
    let characters = Array(number)
    guard characters.count > 10 else { return keepLast(characters, 4) }
    return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10)
      + String(characters.suffix(4))
  }

  /// A phone number with its middle hidden: a mobile keeps its first three and last four
  /// digits, a landline its area code and last four.
  public static func phone(_ number: String) -> String {
    let characters = Array(number)
    if let hyphen = characters.firstIndex(of: "-"), number.hasPrefix("0") {
      let area = String(characters[..<hyphen])
      let local = Array(characters[(hyphen + 1)...])
      return area + "-" + keepLast(local, 4)
    }
    guard characters.count >= 8 else { return keepLast(characters, 2) }
    return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7)
      + String(characters.suffix(4))
  }

  /// A person's name with its middle hidden, as notices print it: the surname stays, and the
  /// last character of a name of three or more (`石*航`, `张*`).
  public static func name(_ name: String) -> String {
    let characters = Array(name)
    guard characters.count > 1 else { return name }
    guard characters.count > 2 else { return String(characters[0]) + "*" }
    return String(characters[0]) + String(repeating: "*", count: characters.count - 2)
      + String(characters[characters.count - 1])
  }

  /// Whether `masked` (a cell as an export masks it) could be hiding `value`: as long, and
  /// every character it shows the same. A masked cell equal to `masked` fits too.
  public static func fits(_ masked: String, _ value: String) -> Bool {
    let shown = Array(masked)
    let stored = Array(value)
    guard shown.count == stored.count, !stored.isEmpty else { return false }
    return zip(shown, stored).allSatisfy { $0 == "*" || $0 == $1 }
  }

  /// Whether a cell holds a masked identifier, as lastmile exports one (`138****1234`).
  public static func isMasked(_ cell: String) -> Bool { cell.contains("*") }

  private static func keepLast(_ characters: [Character], _ count: Int) -> String {
    guard !characters.isEmpty else { return "" }
    let kept = min(count, max(characters.count - 2, 0))
    return String(repeating: "*", count: characters.count - kept) + String(characters.suffix(kept))
  }
}
