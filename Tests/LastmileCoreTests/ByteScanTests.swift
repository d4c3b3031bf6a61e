import Foundation
import Testing

@testable import LastmileCore

/// The byte-level short cuts of the checks every imported cell goes through say what the
/// character-level checks say.
@Suite("Checks of a cell by its bytes")
struct ByteScanTests {
  /// Cells of every kind the short cuts must tell apart: plain ones, and ones with white
  /// space, invisible, control or combining characters at either end or inside.
  private static let cells: [String] = [
    "", " ", "a", "张三丰", " 张三", "张三 ", "\u{3000}张", "张\u{3000}", "\u{A0}x", "x\u{A0}",
    "\n字", "字\n", "字\r\n", "e\u{301}", "张\u{301}", "a\u{200B}", "\u{FEFF}01010001",
    "0101\u{200B}0001", "王\u{1B}[2J", "A\u{85}B", "行\u{2028}行", "\u{9F}", "😀", "👨‍👩‍👧",
    "𠀀字", "字𠀀", "13800138000", "第5网格", "㐀", "ぁ", "ＡＢ", "a\u{2003}", "\u{2003}a",
    "\t制表", "制表\t", "x\u{7F}", "王建华、李军", "王建华;李军", "王建华，李军", "王建华 |李军",
  ]

  @Test(
    "trimmed leaves a text whose first and last characters are not white space, and trims the others as Foundation does"
  )
  func trimmedAsByCharacters() {
    for cell in Self.cells + Self.cells.map({ " \($0) " }) {
      var expected = cell
      if let first = cell.first, let last = cell.last, first.isWhitespace || last.isWhitespace {
        expected = cell.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      #expect(cell.trimmed == expected, "\(cell)")
    }
  }

  @Test("a text rule finds the control characters, invisible ones and lengths it found before")
  func textRuleAsByCharacters() {
    for cell in Self.cells {
      var value = cell
      var problems: [FieldProblem] = []
      TextRule(most: 3).check(&value, .headName, &problems)
      let visible = String(
        String.UnicodeScalarView(cell.unicodeScalars.filter { !TextRule.invisible.contains($0) }))
      #expect(value == visible, "\(cell)")
      let control = visible.unicodeScalars.contains { TextRule(most: 3).refuses($0) }
      #expect(problems.contains(FieldProblem(.headName, .controlCharacter)) == control, "\(cell)")
      #expect(
        problems.contains(FieldProblem(.headName, .tooLong(most: 3))) == (visible.count > 3),
        "\(cell)")
    }
  }

  @Test("a byte set finds a byte wherever it is, in native and bridged text alike")
  func byteSetFindsBytes() {
    #expect(ByteSet.lineBreakLeads.any(in: "a\nb"))
    #expect(ByteSet.lineBreakLeads.any(in: "行\u{2028}行"))
    #expect(!ByteSet.lineBreakLeads.any(in: "张三丰 13800138000"))
    #expect(ByteSet(0x41...0x41).any(in: NSString(string: "xyzA") as String))
    #expect(!ByteSet(0x41...0x41).any(in: ""))
  }
}
