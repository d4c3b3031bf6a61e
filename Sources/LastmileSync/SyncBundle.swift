import CZlib
import Crypto
import Foundation
import LastmileCore
import _CryptoExtras

/// A sync bundle: the operations one laptop sends another, in a file that says what it is,
/// is compressed, checksummed (SHA-256) and, unless written plain, encrypted with AES-GCM under
/// a key derived from a passphrase (PBKDF2-SHA256, 600,000 rounds).
///
/// The file: `LMSYNC`, the format (2 bytes), the header's length (4 bytes) and the header (JSON,
/// readable without the passphrase), the body (the operations as JSON lines, deflated, then
/// sealed when encrypted, the header authenticated with them), and the SHA-256 of all before it.
public struct SyncBundle: Equatable, Sendable {
  /// What the bundle says of itself, readable without the passphrase.
  public struct Header: Equatable, Sendable {
    public var format = SyncBundle.format
    /// The office the data belongs to.
    public var office: String
    /// The code of the device that wrote it (the two letters a person reads), and the peer it
    /// was written for.
    public var from: String
    public var to: String
    /// The id of the device that wrote it.
    public var device = ""
    /// What the writer held when it wrote: the highest operation number of each device.
    /// The receiver sends back only what lies beyond.
    public var known: [String: Int64] = [:]
    /// When it was written (ISO 8601).
    public var made: String
    public var operations = 0
    public var encrypted = false
    var size = 0
    var salt = ""
    var rounds = SyncBundle.rounds

    public init(office: String, from: String, to: String, made: String) {
      self.office = office
      self.from = from
      self.to = to
      self.made = made
    }
  }

  public var header: Header
  /// The operations, one JSON object each (`SyncOperation.json`), as written.
  public var lines: [String]

  public init(header: Header, operations: [SyncOperation]) {
    self.header = header
    self.lines = operations.map { $0.json.serialized() }
  }

  /// A bundle of operations already written as JSON lines (as the database writes them).
  public init(header: Header, lines: [String]) {
    self.header = header
    self.lines = lines
  }

  /// The operations, read from their lines.
  public var operations: [SyncOperation] { lines.compactMap(Self.operation) }

  /// The operation a line holds, nil when it holds none.
  static func operation(_ line: String) -> SyncOperation? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else { return nil }
    return SyncOperation(jsonObject: object)
  }

  /// The format this program writes and reads.
  public static let format = 1
  /// PBKDF2-SHA256 rounds for the key.
  public static let rounds = 600_000
  static let magic = Data("LMSYNC".utf8)

  /// The bundle as a file: encrypted with `passphrase`, or plain when it is nil.
  public func encoded(passphrase: String?) throws -> Data {
    var header = self.header
    header.operations = lines.count
    header.encrypted = passphrase != nil
    let plain = Data(lines.joined(separator: "\n").utf8)
    header.size = plain.count
    var body = try Self.deflate(plain)
    if let passphrase {
      var salt = Data(count: 16)
      salt.withUnsafeMutableBytes { bytes in
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
      }
      header.salt = salt.base64EncodedString()
      let key = try Self.key(passphrase, salt: salt, rounds: header.rounds)
      let headerData = Data(header.json.serialized().utf8)
      guard let sealed = try AES.GCM.seal(body, using: key, authenticating: headerData).combined
      else { throw SyncBundleError.altered }
      body = sealed
      return Self.frame(headerData, body)
    }
    return Self.frame(Data(header.json.serialized().utf8), body)
  }

  /// The header of a bundle file, read without the passphrase.
  public static func header(of data: Data) throws -> Header {
    try parts(data).header
  }

  /// A bundle file read whole: refused with why when it is not one, cut, altered, newer, for
  /// another office (when `office` is given), or not opened by the passphrase.
  public static func decode(_ data: Data, passphrase: String?, office: String? = nil) throws
    -> SyncBundle
  {
    let (header, headerData, body) = try parts(data)
    if let office, header.office != office { throw SyncBundleError.otherOffice(header.office) }
    var deflated = body
    if header.encrypted {
      guard let passphrase else { throw SyncBundleError.passphraseNeeded }
      guard let salt = Data(base64Encoded: header.salt) else { throw SyncBundleError.altered }
      let key = try key(passphrase, salt: salt, rounds: header.rounds)
      do {
        deflated = try AES.GCM.open(
          try AES.GCM.SealedBox(combined: body), using: key, authenticating: headerData)
      } catch {
        // The checksum held, so the bytes are as written: the passphrase is not theirs.
        throw SyncBundleError.wrongPassphrase
      }
    }
    let plain = try inflate(deflated, size: header.size)
    var lines: [String] = []
    for line in plain.split(separator: UInt8(ascii: "\n")) {
      let text = String(decoding: line, as: UTF8.self)
      guard operation(text) != nil else { throw SyncBundleError.altered }
      lines.append(text)
    }
    guard lines.count == header.operations else { throw SyncBundleError.altered }
    return SyncBundle(header: header, lines: lines)
  }

  // MARK: - The frame

  private static func frame(_ header: Data, _ body: Data) -> Data {
    var data = magic
    data.append(contentsOf: [UInt8(format >> 8), UInt8(format & 0xFF)])
    let length = UInt32(header.count)
    data.append(contentsOf: (0..<4).map { UInt8((length >> (24 - 8 * $0)) & 0xFF) })
    data.append(header)
    data.append(body)
    data.append(contentsOf: SHA256.hash(data: data))
    return data
  }

  private static func parts(_ data: Data) throws -> (header: Header, headerData: Data, body: Data) {
    let bytes = [UInt8](data)
    guard bytes.count >= magic.count, Data(bytes.prefix(magic.count)) == magic else {
      throw SyncBundleError.notABundle
    }
    guard bytes.count >= magic.count + 6 + 32 else { throw SyncBundleError.truncated }
    let version = Int(bytes[6]) << 8 | Int(bytes[7])
    guard version <= format else { throw SyncBundleError.newerFormat(version) }
    let length = bytes[8..<12].reduce(0) { $0 << 8 | Int($1) }
    guard bytes.count >= 12 + length + 32 else { throw SyncBundleError.truncated }
    let sum = Data(bytes.suffix(32))
    guard Data(SHA256.hash(data: Data(bytes.dropLast(32)))) == sum else {
      throw SyncBundleError.altered
    }
    let headerData = Data(bytes[12..<(12 + length)])
    guard
      let object = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any],
      let header = Header(object)
    else { throw SyncBundleError.altered }
    return (header, headerData, Data(bytes[(12 + length)..<(bytes.count - 32)]))
  }

  private static func key(_ passphrase: String, salt: Data, rounds: Int) throws -> SymmetricKey {
    // A header asking for fewer rounds than written, or absurdly many, is not ours.
    guard (rounds...rounds * 10).contains(Self.rounds) || rounds == Self.rounds else {
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

  // MARK: - Compression

  private static func deflate(_ data: Data) throws -> Data {
    var size = compressBound(uLong(data.count))
    var out = [UInt8](repeating: 0, count: Int(size))
    let status = data.withUnsafeBytes { input in
      compress2(
        &out, &size, input.bindMemory(to: UInt8.self).baseAddress, uLong(data.count),
        Z_BEST_COMPRESSION)
    }
    guard status == Z_OK else { throw SyncBundleError.altered }
    return Data(out.prefix(Int(size)))
  }

  private static func inflate(_ data: Data, size: Int) throws -> Data {
    guard size >= 0 else { throw SyncBundleError.altered }
    var length = uLong(size)
    var out = [UInt8](repeating: 0, count: max(1, size))
    let status = data.withUnsafeBytes { input in
      uncompress(&out, &length, input.bindMemory(to: UInt8.self).baseAddress, uLong(data.count))
    }
    guard status == Z_OK, Int(length) == size else { throw SyncBundleError.altered }
    return Data(out.prefix(size))
  }
}

extension SyncBundle.Header {
  var json: JSONValue {
    .object([
      ("format", .int(format)), ("office", .string(office)), ("from", .string(from)),
      ("to", .string(to)), ("device", .string(device)),
      ("known", .object(known.keys.sorted().map { ($0, .int(Int(known[$0]!))) })),
      ("made", .string(made)), ("operations", .int(operations)),
      ("encrypted", .bool(encrypted)), ("size", .int(size)), ("kdf", .string("pbkdf2-sha256")),
      ("rounds", .int(rounds)), ("salt", .string(salt)),
    ])
  }

  init?(_ object: [String: Any]) {
    guard let format = object["format"] as? Int, let office = object["office"] as? String,
      let from = object["from"] as? String, let to = object["to"] as? String,
      let made = object["made"] as? String, let operations = object["operations"] as? Int,
      let encrypted = object["encrypted"] as? Bool, let size = object["size"] as? Int,
      let rounds = object["rounds"] as? Int, let salt = object["salt"] as? String
    else { return nil }
    self.init(office: office, from: from, to: to, made: made)
    device = object["device"] as? String ?? ""
    for (origin, number) in object["known"] as? [String: Any] ?? [:] {
      guard let number = (number as? NSNumber)?.int64Value else { return nil }
      known[origin] = number
    }
    self.format = format
    self.operations = operations
    self.encrypted = encrypted
    self.size = size
    self.rounds = rounds
    self.salt = salt
  }
}
