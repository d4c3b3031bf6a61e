import Foundation
import LastmileCore
import Testing

@Suite("Time-ordered identifiers")
struct TimeOrderedIDTests {
  @Test("identifiers made one after the other sort in that order, all distinct, as version 7")
  func orderedAndDistinct() {
    let ids = (0..<20_000).map { _ in UUID.timeOrdered() }
    let texts = ids.map { $0.uuidString.lowercased() }
    #expect(texts == texts.sorted())
    #expect(Set(texts).count == texts.count)
    for id in ids.prefix(100) {
      #expect(id.uuid.6 >> 4 == 7)
      #expect(id.uuid.8 >> 6 == 0b10)
    }
  }

  @Test("the first 48 bits are the Unix time in milliseconds")
  func carriesTheTime() {
    let before = UInt64(Date().timeIntervalSince1970 * 1000)
    let id = UUID.timeOrdered()
    let after = UInt64(Date().timeIntervalSince1970 * 1000)
    let bytes = [id.uuid.0, id.uuid.1, id.uuid.2, id.uuid.3, id.uuid.4, id.uuid.5]
    let millis = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    #expect(millis >= before && millis <= after + 1)
  }
}
