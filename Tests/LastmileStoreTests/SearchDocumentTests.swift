import LastmileCore
import Testing

@testable import LastmileStore

@Suite("The search document of a household")
struct SearchDocumentTests {
  private func document(name: String, phone: String = "") -> String {
    SearchDocument.tokens(householdNo: "0101", headName: name, phone: phone, people: [])
  }

  @Test("a name is written from each syllable on: surname, given name, initials")
  func ordinaryName() {
    let tokens = Set(document(name: "张三丰", phone: "13812345678").split(separator: " "))
    for token in [
      "zhangsanfeng", "sanfeng", "feng", "zsf", "sf", "张", "三", "丰", "213812345678", "25678",
    ] {
      #expect(tokens.contains(Substring(token)), "\(token) is missing")
    }
  }

  @Test(
    "a name or phone thousands of characters long makes a document as long as it, not its square")
  func longInputsStayLinear() {
    for length in [600, 3_000] {
      let name = String(repeating: "张三丰", count: length / 3)
      let phone = String(repeating: "1381234567", count: length / 10)
      let size = document(name: name, phone: phone).utf8.count
      // Each character is a token of its own (4 bytes with its space), the tokens from each
      // syllable on are bounded whatever the length.
      #expect(size < 6 * 2 * length + 2_000, "\(length) characters make \(size) bytes")
    }
  }
}
