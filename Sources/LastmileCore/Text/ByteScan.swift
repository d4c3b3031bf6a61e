/// Which bytes a text's UTF-8 may hold, for the checks every imported cell goes through: most
/// cells are letters, digits and Han characters, and a look at their bytes rules out at once
/// what a pass over their characters (grapheme by grapheme) would look for.
public struct ByteSet: Sendable {
  private var table = [Bool](repeating: false, count: 256)

  /// The bytes of `ranges`.
  public init(_ ranges: ClosedRange<UInt8>...) {
    for range in ranges { for byte in range { table[Int(byte)] = true } }
  }

  public func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }

  /// Whether any byte of `text`'s UTF-8 is one of these.
  public func any(in text: String) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
      bytes.contains { table[Int($0)] }
    }) {
      return found
    }
    return text.utf8.contains { table[Int($0)] }
  }

  /// The lead bytes of a line break: LF, VT, FF, CR; NEL (U+0085, after 0xC2); the line and
  /// paragraph separators (U+2028, U+2029, after 0xE2).
  public static let lineBreakLeads = ByteSet(0x0A...0x0D, 0xC2...0xC2, 0xE2...0xE2)
}
