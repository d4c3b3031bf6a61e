import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// Files handed over from anywhere: what they hold that no record should is refused by its
/// line, and nothing is written.
@Suite("Imports refuse hostile text by its line")
struct ImportHostileTextTests {
  @Test(
    "an escape or a NUL in a name, a name of 10,000 characters and a card dated 9999-12-31 are refused as file:line: field: reason"
  )
  func refusedByLine() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let long = String(repeating: "张", count: 10_000)
    let rows = """
      household_no,head_name,card_issued_on,notes
      01010001,张\u{1B}[2J三,,
      01010002,\(long),,
      01010003,李四,9999-12-31,
      01010004,张\u{0}三,,
      """
    let file = folder.file("h.csv")
    try rows.write(to: file, atomically: true, encoding: .utf8)
    let before = try store.counts()
    let report = try store.importCSV(
      .households, from: file, name: "h.csv", options: ImportOptions(language: .en))
    #expect(!report.written)
    #expect(try store.counts() == before)
    let lines = report.problems.filter { !$0.isWarning }.map { $0.text(.en) }
    #expect(
      lines.contains(
        "h.csv:2: head_name: holds a control character (a line break, ESC, NUL): not stored"),
      "\(lines)")
    #expect(lines.contains("h.csv:3: head_name: too long: at most 50 characters"), "\(lines)")
    #expect(
      lines.contains(
        "h.csv:4: card_issued_on: 9999-12-31 is not between 1900-01-01 and 2099-12-31"),
      "\(lines)")
    #expect(
      lines.contains(
        "h.csv:5: head_name: holds a control character (a line break, ESC, NUL): not stored"),
      "\(lines)")
    #expect(report.rejected == 4)
  }

  @Test("a household number holding a zero-width space is the same number as without it")
  func invisibleCharactersTakenOut() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("h.csv")
    try "household_no,head_name\n01010001,张三\n".write(to: file, atomically: true, encoding: .utf8)
    _ = try store.importCSV(.households, from: file)
    try "household_no,head_name\n0101\u{200B}0001,张三丰\n".write(
      to: file, atomically: true, encoding: .utf8)
    let again = try store.importCSV(.households, from: file)
    #expect(again.added == 0 && again.updated == 1)
    #expect(try store.counts().households == 1)
  }

  @Test("a record saved by hand is refused the same way: an escape in a name, a name too long")
  func formsRefuseToo() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    #expect(throws: StoreError.invalidRecord([FieldProblem(.headName, .controlCharacter)])) {
      try store.saveHousehold(Household(householdNo: "01010001", headName: "张\u{1B}[2J三"))
    }
    #expect(throws: StoreError.invalidRecord([FieldProblem(.headName, .tooLong(most: 50))])) {
      try store.saveHousehold(
        Household(householdNo: "01010001", headName: String(repeating: "张", count: 51)))
    }
  }

  @Test("notes Excel would run as a formula are exported as text and imported back as they were")
  func formulaRoundTrip() throws {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let household = Household(
      householdNo: "01010001", headName: "张三", notes: "=HYPERLINK(\"http://x\",\"点我\")")
    try store.saveHousehold(household)
    let url = folder.file("h.csv")
    var sink = try FileSink(url: url)
    try store.export(.households, options: ExportOptions(), to: &sink)
    try sink.commit()
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""))
    let again = try store.importCSV(.households, from: url)
    #expect(again.added == 0 && again.updated == 0)
    let other = try LastmileStore.open(at: folder.file("other.db"), operatorName: "测试员")
    _ = try other.importCSV(.households, from: url)
    let page = try other.rosterPage(sort: ListingSort(), anchor: .first, limit: 5)
    #expect(
      try other.householdCard(id: try #require(page.first).model.id)?.household.notes
        == household.notes)
  }
}
