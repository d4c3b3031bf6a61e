import LastmileCore

/// A report written for people as a table (text, Markdown, HTML, CSV) or for programs as JSON.
public protocol PrintedReport {
  /// The report for people, in `language`.
  func table(_ language: Language) -> ReportTable
  /// One object with stable snake_case keys.
  var json: JSONValue { get }
}

extension PrintedReport {
  /// The report in `format`; printed (HTML) under `letterhead`.
  public func rendered(_ format: ReportFormat, language: Language, letterhead: Letterhead? = nil)
    -> String
  {
    guard format != .json else { return json.pretty() + "\n" }
    var table = table(language)
    table.letterhead = letterhead
    table.language = language
    return table.rendered(format)
  }
}
