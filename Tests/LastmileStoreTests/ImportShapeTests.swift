import Foundation
import LastmileCore
import TestSupport
import Testing

@testable import LastmileStore

/// Files whose shape would lose or garble data are refused with the line, never imported in part.
@Suite("Imports refuse a file whose shape would garble it")
struct ImportShapeTests {
  /// Imports `text` (or `data`) as households into a fresh store; returns the error thrown, or
  /// the problems' lines when the import ran.
  private func attempt(_ data: Data) throws -> (error: String?, lines: [String], written: Bool) {
    let folder = TemporaryFolder()
    let store = try Fixtures.store(in: folder)
    let file = folder.file("h.csv")
    try data.write(to: file)
    let before = try store.counts()
    do {
      let report = try store.importCSV(
        .households, from: file, name: "h.csv", options: ImportOptions(language: .en))
      if !report.written { #expect(try store.counts() == before) }
      return (nil, report.problems.filter { !$0.isWarning }.map { $0.text(.en) }, report.written)
    } catch let error as StoreError {
      #expect(try store.counts() == before)
      return (error.text(.en), [], false)
    }
  }

  @Test("a header naming one column twice is refused with its line")
  func duplicatedHeader() throws {
    let result = try attempt(Data("household_no,head_name,head_name\n01010001,张三,李四\n".utf8))
    #expect(
      result.error
        == "h.csv:1: the header names “head_name” twice, so which column counts is unclear: nothing was imported"
    )
  }

  @Test("the same column under its Chinese and English header is a duplicate too")
  func duplicatedAcrossLanguages() throws {
    let result = try attempt(Data("household_no,户主,head_name\n01010001,张三,李四\n".utf8))
    #expect(result.error?.hasPrefix("h.csv:1: the header names “head_name” twice") == true)
  }

  @Test("rows with too many or too few cells are refused by line, and nothing is written")
  func wrongCellCounts() throws {
    let result = try attempt(
      Data("household_no,head_name,village\n01010001,张三,青山村,多余\n01010002,李四\n".utf8))
    #expect(!result.written)
    #expect(result.lines.contains("h.csv:2: this line has 4 columns, the header 3"))
    #expect(result.lines.contains("h.csv:3: this line has 2 columns, the header 3"))
  }

  @Test("an unbalanced quote is refused at the line it opens on")
  func unbalancedQuote() throws {
    let result = try attempt(
      Data("household_no,head_name\n01010001,\"张三\n01010002,李四\n01010003,王五\n".utf8))
    #expect(result.error?.hasPrefix("h.csv:2: a quote opened on this line is never closed") == true)
  }

  @Test("a quote that closes on a later line makes the swallowed line an error, not a cell")
  func quoteSwallowingALine() throws {
    let result = try attempt(
      Data("household_no,head_name\n01010001,\"张三\n01010002\",李四\n".utf8))
    #expect(!result.written)
    #expect(result.lines.contains { $0.hasPrefix("h.csv:2:") }, "\(result.lines)")
  }

  @Test("Big5 text with an ASCII header is refused naming the encodings taken")
  func big5Refused() throws {
    let big5: [UInt8] =
      Array("household_no,head_name,village\n01010001,".utf8)
      + [0xB1, 0x69, 0xA4, 0x54, 0xC2, 0xD7]  // 張三豐
      + Array(",".utf8) + [0xAB, 0x43, 0xA4, 0x73, 0xAA, 0xF8]  // 青山村
      + Array("\n".utf8)
    let result = try attempt(Data(big5))
    #expect(
      result.error
        == "h.csv looks like traditional Big5 text, which would read as nonsense taken as GB18030: save it as UTF-8 or GB18030 (GBK) and import it again"
    )
  }

  @Test("GB18030 with a rare name character still imports")
  func gb18030WithRareCharacterImports() throws {
    let text = "household_no,head_name,village\n01010001,王喆,青山村\n01010002,李堃,青山村\n"
    let result = try attempt(TextDecoding.gb18030(text)!)
    #expect(result.error == nil)
    #expect(result.written)
  }
}
