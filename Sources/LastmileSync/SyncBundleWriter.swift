import CZlib
import Crypto
import Foundation
import LastmileCore
import _CryptoExtras

/// Writes a bundle a chunk at a time to `sink` (a file, or memory): operations go in one by
/// one, a chunk is compressed, sealed and written when about a mebibyte of them is held.
public final class SyncBundleWriter {
  /// Raw bytes of operations a chunk holds before it is written.
  public static let chunkSize = 1 << 20

  private let sink: (Data) throws -> Void
  private let headerData: Data
  private let key: SymmetricKey?
  private var hasher = SHA256()
  private var pending = Data()
  private var index: UInt64 = 0
  private var written = 0
  private let expected: Int
  /// Bytes written so far.
  public private(set) var bytes = 0

  /// Starts a bundle of `header.operations` operations, encrypted with `passphrase` unless it
  /// is nil (the key derived now, from a new random salt).
  public init(
    header: SyncBundle.Header, passphrase: String?, sink: @escaping (Data) throws -> Void
  ) throws {
    var header = header
    header.encrypted = passphrase != nil
    if let passphrase {
      var salt = Data(count: 16)
      salt.withUnsafeMutableBytes { bytes in
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
      }
      header.salt = salt.base64EncodedString()
      key = try SyncBundleKey.derive(passphrase, salt: salt, rounds: header.rounds)
    } else {
      key = nil
    }
    self.sink = sink
    expected = header.operations
    headerData = Data(header.json.serialized().utf8)
    var head = SyncBundle.magic
    head.append(contentsOf: Self.big(UInt16(SyncBundle.format)))
    head.append(contentsOf: Self.big(UInt32(headerData.count)))
    head.append(headerData)
    try emit(head)
  }

  /// Adds one operation (its JSON line).
  public func append(_ line: String) throws {
    if !pending.isEmpty { pending.append(UInt8(ascii: "\n")) }
    pending.append(contentsOf: line.utf8)
    written += 1
    if pending.count >= Self.chunkSize { try flush() }
  }

  /// Writes what is held, the end and the checksum; refuses a count other than the header's.
  public func finish() throws {
    guard written == expected else { throw SyncBundleError.altered }
    try flush()
    try emit(Data(count: 8))
    let sum = Data(hasher.finalize())
    try sink(sum)
    bytes += sum.count
  }

  private func flush() throws {
    guard !pending.isEmpty else { return }
    let raw = UInt32(pending.count)
    var stored = try SyncBundleZlib.deflate(pending)
    if let key {
      let aad = headerData + Self.big(index) + Self.big(raw)
      guard let sealed = try AES.GCM.seal(stored, using: key, authenticating: aad).combined
      else { throw SyncBundleError.altered }
      stored = sealed
    }
    var chunk = Data(Self.big(raw))
    chunk.append(contentsOf: Self.big(UInt32(stored.count)))
    chunk.append(stored)
    try emit(chunk)
    pending.removeAll(keepingCapacity: true)
    index += 1
  }

  private func emit(_ data: Data) throws {
    hasher.update(data: data)
    try sink(data)
    bytes += data.count
  }

  static func big<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    withUnsafeBytes(of: value.bigEndian) { Array($0) }
  }
}

/// The key a passphrase gives (PBKDF2-SHA256).
enum SyncBundleKey {
  static func derive(_ passphrase: String, salt: Data, rounds: Int) throws -> SymmetricKey {
    // A header asking for fewer rounds than written, or absurdly many, is not ours.
    guard rounds >= SyncBundle.rounds, rounds <= SyncBundle.rounds * 10 else {
      throw SyncBundleError.altered
    }
    do {
      return try KDF.Insecure.PBKDF2.deriveKey(
        from: Data(passphrase.utf8), salt: salt, using: .sha256, outputByteCount: 32,
        rounds: rounds)
    } catch {
      throw SyncBundleError.altered
    }
  }
}

/// zlib, one chunk at a time.
enum SyncBundleZlib {
  static func deflate(_ data: Data) throws -> Data {
    var size = compressBound(uLong(data.count))
    var out = [UInt8](repeating: 0, count: Int(size))
    let status = data.withUnsafeBytes { input in
      compress2(
        &out, &size, input.bindMemory(to: UInt8.self).baseAddress, uLong(data.count), 6)
    }
    guard status == Z_OK else { throw SyncBundleError.altered }
    return Data(out.prefix(Int(size)))
  }

  static func inflate(_ data: Data, size: Int) throws -> Data {
    guard size >= 0, size <= 64 << 20 else { throw SyncBundleError.altered }
    var length = uLong(size)
    var out = [UInt8](repeating: 0, count: max(1, size))
    let status = data.withUnsafeBytes { input in
      uncompress(&out, &length, input.bindMemory(to: UInt8.self).baseAddress, uLong(data.count))
    }
    guard status == Z_OK, Int(length) == size else { throw SyncBundleError.altered }
    return Data(out.prefix(size))
  }
}
