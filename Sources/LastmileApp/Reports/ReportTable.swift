import LastmileCore
import TerminalKit

/// A report as people read it: a title, lines about it, a table, and closing lines; written as
/// aligned text, Markdown, a printable HTML page or CSV.
public struct ReportTable: Sendable {
  /// A column: its header and how its cells align.
  public struct Column: Sendable {
    public let header: String
    public let alignment: TextMeasure.Alignment
    /// The share of the printed page's width (HTML).
    public let weight: Int

    public init(_ header: String, alignment: TextMeasure.Alignment = .left, weight: Int = 1) {
      self.header = header
      self.alignment = alignment
      self.weight = weight
    }
  }

  public var title: String
  /// Lines under the title (the office, the date, counts).
  public var preamble: [String]
  public let columns: [Column]
  public var rows: [[String]]
  /// Lines under the table (the handover, signatures).
  public var closing: [String]
  /// Shown instead of the table when it has no rows.
  public let emptyText: String
  /// How the printed page lies: a summary of paragraphs stands, a wide table lies down.
  public var portrait = false
  /// Bar charts printed before the table.
  public var charts: [ReportChart] = []
  /// Where the printed report comes from, under its title.
  public var letterhead: Letterhead?
  /// The language of the letterhead.
  public var language = Language.zh

  public init(
    title: String, preamble: [String] = [], columns: [Column], rows: [[String]],
    closing: [String] = [],
    emptyText: String
  ) {
    self.title = title
    self.preamble = preamble
    self.columns = columns
    self.rows = rows
    self.closing = closing
    self.emptyText = emptyText
  }

  /// The report in `format` (not JSON, which each report writes with its own keys).
  /// Every cell is written without control characters (`PrintableText`).
  public func rendered(_ format: ReportFormat) -> String {
    let table = printable()
    return switch format {
    case .text: table.text()
    case .markdown: table.markdown()
    case .html: table.html()
    case .csv, .json: table.csv()
    }
  }

  /// The table with every text in it cleaned of control characters.
  func printable() -> ReportTable {
    var table = self
    table.title = PrintableText.cleaned(title)
    table.preamble = preamble.map(PrintableText.cleaned)
    table.rows = rows.map { $0.map(PrintableText.cleaned) }
    table.closing = closing.map(PrintableText.cleaned)
    return table
  }

  /// The widest a column of the text format grows; a longer cell wraps onto more lines, so
  /// that one long matter never widens every line of the report.
  static let widestTextColumn = 40

  /// Columns aligned by display width, so that Chinese text lines up; long cells wrap within
  /// their column.
  func text() -> String {
    let measure = TextMeasure()
    var lines = [title] + preamble + [""]
    if rows.isEmpty {
      lines.append(emptyText)
    } else {
      let cells = [columns.map(\.header)] + rows.map { $0.map(oneLine) }
      let widths = columns.indices.map { column in
        min(Self.widestTextColumn, cells.map { measure.width(of: $0[column]) }.max() ?? 0)
      }
      for (index, row) in cells.enumerated() {
        let wrapped = row.enumerated().map { column, cell in
          measure.wrap(cell, to: max(1, widths[column]))
        }
        for lineIndex in 0..<max(1, wrapped.map(\.count).max() ?? 1) {
          let line = wrapped.enumerated().map { column, cellLines in
            measure.fit(
              cellLines.indices.contains(lineIndex) ? cellLines[lineIndex] : "",
              to: widths[column], alignment: index == 0 ? .left : columns[column].alignment)
          }.joined(separator: "  ")
          lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
        }
        if index == 0 {
          lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        }
      }
    }
    if !closing.isEmpty { lines += [""] + closing }
    return lines.joined(separator: "\n") + "\n"
  }

  func markdown() -> String {
    var lines = ["# " + title, ""]
    if !preamble.isEmpty { lines += preamble.map { $0 + "  " } + [""] }
    if rows.isEmpty {
      lines.append(emptyText)
    } else {
      lines.append("| " + columns.map { markdownCell($0.header) }.joined(separator: " | ") + " |")
      lines.append(
        "| " + columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: " | ")
          + " |")
      for row in rows { lines.append("| " + row.map(markdownCell).joined(separator: " | ") + " |") }
    }
    if !closing.isEmpty { lines += [""] + closing.map { $0 + "  " } }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A page that prints on A4 (landscape unless `portrait`), its letterhead under the title,
  /// its charts as inline SVG, the header row repeated on every page.
  func html() -> String {
    let total = max(1, columns.map(\.weight).reduce(0, +))
    var page = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>\(escape(title))</title>
      <style>
      @page { size: A4 \(portrait ? "portrait" : "landscape"); margin: 12mm; }
      body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 10.5pt; margin: 0; }
      h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; letter-spacing: 0.2em; }
      p.preamble { margin: 0 0 2mm; }
      table { width: 100%; border-collapse: collapse; table-layout: fixed; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      th, td { border: 0.6pt solid #000; padding: 1.5mm 2mm; vertical-align: top; word-wrap: break-word; }
      th { background: #eee; font-weight: bold; }
      td.right { text-align: right; white-space: nowrap; }
      \(portrait ? "table { font-size: 8.5pt; } th { font-size: 8pt; } th, td { padding: 1mm 1.2mm; }" : "")
      p.closing { margin: 4mm 0 0; }
      p.letterhead { text-align: center; margin: 0 0 4mm; font-size: 9.5pt; }
      figure.chart { margin: 0 0 5mm; page-break-inside: avoid; }
      figure.chart figcaption { font-weight: bold; margin: 0 0 1mm; }
      figure.chart svg { font-family: inherit; }
      </style>
      </head>
      <body>
      <h1>\(escape(title))</h1>

      """
    if let letterhead {
      page += "<p class=\"letterhead\">\(escape(letterhead.line(language)))</p>\n"
    }
    for line in preamble { page += "<p class=\"preamble\">\(escape(line))</p>\n" }
    for chart in charts { page += chart.svg(width: portrait ? 700 : 1000, escape: escape) }
    if rows.isEmpty {
      page += "<p>\(escape(emptyText))</p>\n"
    } else {
      page += "<table>\n<colgroup>"
      for column in columns { page += "<col style=\"width: \(column.weight * 100 / total)%\">" }
      page += "</colgroup>\n<thead><tr>"
      for column in columns { page += "<th>\(escape(column.header))</th>" }
      page += "</tr></thead>\n<tbody>\n"
      for row in rows {
        page += "<tr>"
        for (index, cell) in row.enumerated() {
          let right = columns[index].alignment == .right ? " class=\"right\"" : ""
          page += "<td\(right)>\(escape(cell).replacingOccurrences(of: "\n", with: "<br>"))</td>"
        }
        page += "</tr>\n"
      }
      page += "</tbody>\n</table>\n"
    }
    for line in closing { page += "<p class=\"closing\">\(escape(line))</p>\n" }
    return page + "</body>\n</html>\n"
  }

  func csv() -> String {
    var writer = CSVWriter()
    writer.write(columns.map(\.header))
    for row in rows { writer.write(row) }
    return writer.text
  }

  private func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  private func markdownCell(_ text: String) -> String {
    oneLine(text).replacingOccurrences(of: "|", with: "\\|")
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
