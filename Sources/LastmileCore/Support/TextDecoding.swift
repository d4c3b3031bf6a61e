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

  /// What a file holds, found by reading it a piece at a time.
  public struct Survey: Sendable, Equatable {
    /// The encoding, nil when the bytes are neither UTF-8 nor GB18030.
    public let encoding: Encoding?
    /// Whether bytes that decode as GB18030 look like Big5 (`looksLikeBig5`).
    public let looksLikeBig5: Bool
    /// The line feeds in the file: about how many rows a CSV file holds.
    public let lineFeeds: Int
  }

  /// Reads the file at `url` through, a piece at a time, for its encoding and its lines.
  public static func survey(_ url: URL) throws -> Survey {
    var lineFeeds = 0
    var first = true
    var utf8 = true
    var bom = false
    let pieces = try TextPieces(url: url)
    while let piece = try pieces.next() {
      if first { bom = piece.starts(with: byteOrderMark) }
      lineFeeds += piece.count { $0 == 0x0A }
      if utf8,
        String(validating: first && bom ? piece.dropFirst(3) : piece[...], as: UTF8.self) == nil
      {
        utf8 = false
      }
      first = false
    }
    if utf8 {
      return Survey(
        encoding: bom ? .utf8WithBOM : .utf8, looksLikeBig5: false, lineFeeds: lineFeeds)
    }
    if bom { return Survey(encoding: nil, looksLikeBig5: false, lineFeeds: lineFeeds) }
    var evidence = Big5Evidence()
    var gb18030 = true
    let again = try TextPieces(url: url)
    while let piece = try again.next() {
      if gb18030, iconv(piece, from: "GB18030", to: "UTF-8") == nil { gb18030 = false }
      evidence.add(piece)
    }
    return Survey(
      encoding: gb18030 ? .gb18030 : nil, looksLikeBig5: gb18030 && evidence.suggestsBig5,
      lineFeeds: lineFeeds)
  }

  /// A piece of a file in `encoding` as UTF-8 (the byte-order mark dropped from the `first`
  /// piece), or nil when it is not valid in the encoding.
  public static func utf8(_ piece: [UInt8], from encoding: Encoding, first: Bool) -> [UInt8]? {
    switch encoding {
    case .utf8: return piece
    case .utf8WithBOM:
      return first && piece.starts(with: byteOrderMark) ? Array(piece.dropFirst(3)) : piece
    case .gb18030: return iconv(piece, from: "GB18030", to: "UTF-8")
    }
  }

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Whether bytes that decode as GB18030 are more likely Big5 (traditional characters, from
  /// Taiwan or Hong Kong): many of their two-byte characters fall outside the common simplified
  /// set (GB2312's hanzi and punctuation) and the whole reads as Big5 without a fault. The two
  /// cannot be told apart for certain; a file that looks like this is refused, never guessed.
  public static func looksLikeBig5(_ data: Data) -> Bool {
    var evidence = Big5Evidence()
    evidence.add([UInt8](data))
    return evidence.suggestsBig5
  }

  /// The two-byte characters of a text's pieces, counted for `looksLikeBig5`.
  struct Big5Evidence {
    private var pairs = 0
    private var unusual = 0
    private var readsAsBig5 = true

    mutating func add(_ bytes: [UInt8]) {
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
      if readsAsBig5, iconv(bytes, from: "BIG5", to: "UTF-8") == nil { readsAsBig5 = false }
    }

    var suggestsBig5: Bool { pairs >= 2 && unusual * 3 >= pairs && readsAsBig5 }
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
