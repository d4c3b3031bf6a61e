import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Turns the bytes of a file from a Chinese office into text: UTF-8 with or without a
/// byte-order mark, or GB18030 (what Excel on Chinese Windows writes).
public enum TextDecoding {
  /// The encodings recognised.
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"
  }

  /// The text and the encoding it was in, or nil when the bytes are neither.
  public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { return nil }
      return (text, .utf8WithBOM)
    }
    if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
    if let text = convert(data, from: "GB18030") { return (text, .gb18030) }
    return nil
  }

  /// Whether bytes that decode as GB18030 are more likely Big5 (traditional characters, from
  /// Taiwan or Hong Kong): many of their two-byte characters fall outside the common simplified
  /// set (GB2312's hanzi and punctuation) and the whole reads as Big5 without a fault. The two
  /// cannot be told apart for certain; a file that looks like this is refused, never guessed.
  public static func looksLikeBig5(_ data: Data) -> Bool {
    let bytes = [UInt8](data)
    var pairs = 0
    var unusual = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      guard lead >= 0x81, lead != 0xFF, index + 1 < bytes.count else {
        index += 1
        continue
      }
      let trail = bytes[index + 1]
      if (0x30...0x39).contains(trail) {  // a four-byte GB18030 sequence
        index += 4
        continue
      }
      pairs += 1
      let common =
        (0xA1...0xFE).contains(trail)
        && ((0xB0...0xF7).contains(lead) || (0xA1...0xA3).contains(lead))
      if !common { unusual += 1 }
      index += 2
    }
    guard pairs >= 2, unusual * 3 >= pairs else { return false }
    return convert(data, from: "BIG5") != nil
  }

  /// `data` converted to UTF-8 with iconv, or nil when it is not valid in `encoding`.
  static func convert(_ data: Data, from encoding: String) -> String? {
    iconv([UInt8](data), from: encoding, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
  }

  /// `text` encoded as GB18030 (for tests and for offices that want it).
  public static func gb18030(_ text: String) -> Data? {
    iconv(Array(text.utf8), from: "UTF-8", to: "GB18030").map { Data($0) }
  }

  /// `bytes` converted between two encodings, or nil when they are not valid in the first.
  private static func iconv(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
    let descriptor = iconv_open(target, source)
    guard descriptor != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(descriptor) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var inLeft = input.count
    var outLeft = output.count
    let result = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer -> Int in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          outBuffer.baseAddress!
        )
        .assumingMemoryBound(to: CChar.self)
        return Glibc.iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
      }
    }
    guard result != -1, inLeft == 0 else { return nil }
    return Array(output.prefix(output.count - outLeft))
  }
}
