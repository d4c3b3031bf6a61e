/// A cell Excel would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return at its
/// start: `=HYPERLINK(…)` in a name runs when the export is opened) is written with a `'` in
/// front, as OWASP recommends, so that Excel shows it as text; a read takes the mark away
/// again, so that an export edited and imported back holds what it held.
public enum CSVFormula {
  static let starts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// `cell` as written to a CSV file.
  public static func neutralised(_ cell: String) -> String {
    guard let first = cell.first, starts.contains(first), !isIDMarked(cell) else { return cell }
    return "'" + cell
  }

  /// An ID number after the tab an export puts before it so that Excel keeps its 18 digits
  /// as text (`ExportCell`): digits and an X, nothing Excel could run.
  static func isIDMarked(_ cell: String) -> Bool {
    cell.first == "\t" && cell.count > 1
      && cell.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == "X" || $0 == "x") }
  }

  /// A cell read from a CSV file, the mark `neutralised` put in front taken away.
  public static func restored(_ cell: String) -> String {
    guard cell.first == "'", let second = cell.dropFirst().first, starts.contains(second) else {
      return cell
    }
    return String(cell.dropFirst())
  }
}
