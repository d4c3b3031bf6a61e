import Foundation

/// A file read a piece at a time, each piece ending after a byte below `0x30` (a line feed, a
/// comma, a space, a quote): no such byte is part of a multi-byte character in UTF-8, GB18030
/// or Big5, so that every piece decodes on its own.
public final class TextPieces {
  /// The bytes read at a time.
  public static let readSize = 1 << 20
  private let handle: FileHandle
  private var carried: [UInt8] = []
  private var atEnd = false

  public init(url: URL) throws {
    handle = try FileHandle(forReadingFrom: url)
  }

  deinit { try? handle.close() }

  /// The next piece, or nil at the end of the file.
  public func next() throws -> [UInt8]? {
    while !atEnd {
      guard let data = try handle.read(upToCount: Self.readSize), !data.isEmpty else {
        atEnd = true
        break
      }
      let start = carried.count
      carried.append(contentsOf: data)
      // A text without such a byte for many reads is cut anyway: a bound on memory (the
      // piece may then fail to decode, and the file is refused as undecodable).
      let cut =
        carried[start...].lastIndex(where: { $0 < 0x30 })
        ?? (carried.count >= 16 * Self.readSize ? carried.count - 1 : nil)
      if let cut {
        let piece = Array(carried[...cut])
        carried.removeSubrange(...cut)
        return piece
      }
    }
    guard !carried.isEmpty else { return nil }
    defer { carried = [] }
    return carried
  }
}
