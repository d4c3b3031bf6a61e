/// How a report is written.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Aligned columns for a terminal.
  case text
  /// A Markdown table.
  case markdown
  /// A page to print (A4 landscape).
  case html
  /// CSV with a byte-order mark, for Excel.
  case csv
  /// JSON for scripts, with stable English keys.
  case json
}
