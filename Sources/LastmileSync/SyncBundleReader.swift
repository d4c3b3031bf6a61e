import Crypto
import Foundation
import LastmileCore

/// Where a bundle's bytes are read from: memory, or a file read a block at a time.
public protocol SyncByteSource {
  var size: Int { get }
  func read(at offset: Int, count: Int) throws -> Data
}

/// A bundle held in memory.
public struct DataSource: SyncByteSource {
  let data: Data
  public init(_ data: Data) { self.data = Data(data) }
  public var size: Int { data.count }
  public func read(at offset: Int, count: Int) throws -> Data {
    guard offset >= 0, count >= 0, offset + count <= data.count else {
      throw SyncBundleError.truncated
    }
    return data.subdata(in: offset..<(offset + count))
  }
}

/// A bundle in a file, never read whole.
public final class FileSource: SyncByteSource {
  private let handle: FileHandle
  public let size: Int

  public init(_ url: URL) throws {
    handle = try FileHandle(forReadingFrom: url)
    size = Int(try handle.seekToEnd())
  }

  deinit { try? handle.close() }

  public func read(at offset: Int, count: Int) throws -> Data {
    guard offset >= 0, count >= 0, offset + count <= size else { throw SyncBundleError.truncated }
    try handle.seek(toOffset: UInt64(offset))
    let data = try handle.read(upToCount: count) ?? Data()
    guard data.count == count else { throw SyncBundleError.truncated }
    return data
  }
}

/// Reads a bundle a chunk at a time. Everything a bundle can be refused for is found when it
/// is opened, before a line is given: not a bundle, cut, altered (the whole file's checksum),
/// newer, another office's, no passphrase or the wrong one (the first chunk opened).
public final class SyncBundleReader {
  public let header: SyncBundle.Header
  private let source: SyncByteSource
  private let headerData: Data
  private let key: SymmetricKey?
  private var offset: Int
  private var index: UInt64 = 0
  private var lines: [String] = []
  private var cursor = 0
  private var ended = false
  private var given = 0

  /// The header alone, read without the passphrase (and without the checksum).
  public static func header(of source: SyncByteSource) throws -> SyncBundle.Header {
    try head(source).header
  }

  /// Opens a bundle; `check` refuses its header for what the caller knows (another office,
  /// the laptop's own), once the checksum held and before the passphrase is tried.
  public init(
    _ source: SyncByteSource, passphrase: String?, office: String? = nil,
    check: (SyncBundle.Header) throws -> Void = { _ in }
  ) throws {
    let (header, headerData, start) = try Self.head(source)
    guard source.size >= start + 8 + 32 else { throw SyncBundleError.truncated }
    try Self.checkSum(source)
    if let office, header.office != office { throw SyncBundleError.otherOffice(header.office) }
    try check(header)
    if header.encrypted {
      guard let passphrase else { throw SyncBundleError.passphraseNeeded }
      guard let salt = Data(base64Encoded: header.salt) else { throw SyncBundleError.altered }
      key = try SyncBundleKey.derive(passphrase, salt: salt, rounds: header.rounds)
    } else {
      key = nil
    }
    self.header = header
    self.headerData = headerData
    self.source = source
    offset = start
    // The first chunk is opened now: a wrong passphrase is known before anything is merged.
    try readChunk()
  }

  /// The next operation's line, nil at the end (after checking the count the header gives).
  public func next() throws -> String? {
    while cursor >= lines.count {
      guard !ended else {
        guard given == header.operations else { throw SyncBundleError.altered }
        return nil
      }
      try readChunk()
    }
    defer { cursor += 1 }
    given += 1
    return lines[cursor]
  }

  private func readChunk() throws {
    lines = []
    cursor = 0
    let lengths = try source.read(at: offset, count: 8)
    let raw = Int(Self.number(lengths.prefix(4)))
    let stored = Int(Self.number(lengths.suffix(4)))
    offset += 8
    if raw == 0, stored == 0 {
      ended = true
      guard offset + 32 == source.size else { throw SyncBundleError.altered }
      return
    }
    guard offset + stored + 32 <= source.size else { throw SyncBundleError.altered }
    var compressed = try source.read(at: offset, count: stored)
    offset += stored
    if let key {
      let aad =
        headerData + SyncBundleWriter.big(index) + SyncBundleWriter.big(UInt32(raw))
      do {
        compressed = try AES.GCM.open(
          try AES.GCM.SealedBox(combined: compressed), using: key, authenticating: aad)
      } catch {
        // The checksum held, so the bytes are as written: the passphrase is not theirs.
        throw SyncBundleError.wrongPassphrase
      }
    }
    index += 1
    let plain = try SyncBundleZlib.inflate(compressed, size: raw)
    // The lines cut at their newlines by hand: `split` on `Data` costs more than the merge.
    let texts = plain.withUnsafeBytes { bytes -> [String] in
      var texts: [String] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
        if index > start {
          texts.append(
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        start = index + 1
      }
      return texts
    }
    // Each line is checked as an operation where it is merged (by SQLite's JSON reader).
    lines = texts
  }

  /// The magic, the format and the header: where the chunks start.
  private static func head(_ source: SyncByteSource) throws -> (
    header: SyncBundle.Header, headerData: Data, start: Int
  ) {
    let magic = SyncBundle.magic
    guard source.size >= magic.count, try source.read(at: 0, count: magic.count) == magic else {
      throw SyncBundleError.notABundle
    }
    guard source.size >= 12 + 32 else { throw SyncBundleError.truncated }
    let prefix = try source.read(at: 6, count: 6)
    let version = Int(number(prefix.prefix(2)))
    guard version <= SyncBundle.format else { throw SyncBundleError.newerFormat(version) }
    let length = Int(number(prefix.suffix(4)))
    guard source.size >= 12 + length + 32 else { throw SyncBundleError.truncated }
    let headerData = try source.read(at: 12, count: length)
    guard
      let object = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any],
      let header = SyncBundle.Header(object)
    else { throw SyncBundleError.altered }
    return (header, headerData, 12 + length)
  }

  /// Checks the SHA-256 at the end against every byte before it, read a block at a time.
  private static func checkSum(_ source: SyncByteSource) throws {
    var hasher = SHA256()
    let end = source.size - 32
    var position = 0
    while position < end {
      let count = min(4 << 20, end - position)
      hasher.update(data: try source.read(at: position, count: count))
      position += count
    }
    guard Data(hasher.finalize()) == (try source.read(at: end, count: 32)) else {
      throw SyncBundleError.altered
    }
  }

  private static func number(_ bytes: Data) -> UInt64 {
    bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }
}
