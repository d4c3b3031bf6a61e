import LastmileCore
import Testing

@testable import LastmileApp

/// What a database holds from before the checks (or from another program) reaches no terminal
/// and no spreadsheet as a command.
@Suite("Reports write text, not commands")
struct ReportTextSafetyTests {
  private let table = ReportTable(
    title: "名单\u{1B}[2J", preamble: ["说明\u{7}"],
    columns: [ReportTable.Column("户主"), ReportTable.Column("备注")],
    rows: [["张\u{1B}[2J三", "=HYPERLINK(\"http://x\")"], ["李四\u{0}", "-1+1"]],
    emptyText: "无")

  @Test("no format writes an escape, a bell or a NUL")
  func noControlCharacters() {
    for format in [ReportFormat.text, .markdown, .html, .csv] {
      let output = table.rendered(format)
      #expect(
        !output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" },
        "\(format) writes a control character")
      #expect(output.contains("张[2J三"), "\(format) lost the name")
    }
  }

  @Test("a CSV cell Excel would run as a formula is written as text, and read back as it was")
  func formulasNeutralised() {
    let csv = table.rendered(.csv)
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
    #expect(csv.contains(",'-1+1\r\n"))
    #expect(CSVFormula.restored("'=HYPERLINK(1)") == "=HYPERLINK(1)")
    #expect(CSVFormula.restored("'张三") == "'张三")
    #expect(CSVFormula.neutralised("张三") == "张三")
  }
}
