import Foundation

extension String {
  /// The text without white space or line breaks at either end.
  ///
  /// Most cells of a ledger have none, and for them this costs two character tests instead of
  /// a pass through Foundation.
  public var trimmed: String {
    if Self.plainAtBothEnds(utf8) { return self }
    guard let first = first, let last = last else { return self }
    if !first.isWhitespace, !last.isWhitespace { return self }
    return trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The trimmed text, or nil when nothing is left of it.
  public var nonBlank: String? {
    let text = trimmed
    return text.isEmpty ? nil : text
  }

  /// Whether the text starts and ends with a character that is surely not white space: a
  /// visible ASCII one, or a Han character of the common block (a three-byte sequence led by
  /// 0xE4 to 0xE9, U+4000 to U+9FFF). Said from the bytes, without breaking the text into
  /// characters (a character's white space is its first scalar's, and neither of these
  /// continues a character before it).
  private static func plainAtBothEnds(_ bytes: String.UTF8View) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    func visibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
    func hanLead(_ byte: UInt8) -> Bool { byte >= 0xE4 && byte <= 0xE9 }
    guard visibleASCII(first) || hanLead(first) else { return false }
    if visibleASCII(last) { return true }
    guard bytes.count >= 3, last & 0xC0 == 0x80 else { return false }
    let lead = bytes[bytes.index(bytes.endIndex, offsetBy: -3)]
    let middle = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
    return hanLead(lead) && middle & 0xC0 == 0x80
  }
}
