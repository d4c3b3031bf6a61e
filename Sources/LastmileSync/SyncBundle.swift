import Crypto
import Foundation
import LastmileCore

/// A sync bundle: the operations one laptop sends another, in a file that says what it is,
/// is compressed, checksummed (SHA-256) and, unless written plain, encrypted with AES-GCM under
/// a key derived from a passphrase (PBKDF2-SHA256, 600,000 rounds). Written and read a chunk
/// at a time (`SyncBundleWriter`, `SyncBundleReader`): a county's bundle is never held whole.
///
/// The file (every number big-endian):
///
///     "LMSYNC"  format (2 bytes)  header length (4)  header (JSON, readable without the passphrase)
///     chunk*    raw length (4)  stored length (4)  stored bytes
///     end       0 (4)  0 (4)
///     SHA-256 of every byte before it (32)
///
/// A chunk holds whole operations, one JSON object a line (`SyncOperation.json`), about a
/// mebibyte of them, zlib-compressed; encrypted, the compressed bytes are sealed with AES-GCM
/// (nonce, ciphertext and tag, 12 + n + 16 bytes) with the header, the chunk's number (8 bytes)
/// and its raw length (4) authenticated with them, so that no chunk can be moved or swapped.
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

  /// The bundle as bytes (held whole: for tests and small bundles), encrypted with
  /// `passphrase`, or plain when it is nil.
  public func encoded(passphrase: String?) throws -> Data {
    var data = Data()
    var header = self.header
    header.operations = lines.count
    let writer = try SyncBundleWriter(header: header, passphrase: passphrase) { data.append($0) }
    for line in lines { try writer.append(line) }
    try writer.finish()
    return data
  }

  /// The header of a bundle, read without the passphrase.
  public static func header(of data: Data) throws -> Header {
    try SyncBundleReader.header(of: DataSource(data))
  }

  /// A bundle read whole: refused with why when it is not one, cut, altered, newer, for
  /// another office (when `office` is given), or not opened by the passphrase.
  public static func decode(_ data: Data, passphrase: String?, office: String? = nil) throws
    -> SyncBundle
  {
    let reader = try SyncBundleReader(DataSource(data), passphrase: passphrase, office: office)
    var lines: [String] = []
    while let line = try reader.next() { lines.append(line) }
    return SyncBundle(header: reader.header, lines: lines)
  }
}

extension SyncBundle.Header {
  var json: JSONValue {
    .object([
      ("format", .int(format)), ("office", .string(office)), ("from", .string(from)),
      ("to", .string(to)), ("device", .string(device)),
      ("known", .object(known.keys.sorted().map { ($0, .int(Int(known[$0]!))) })),
      ("made", .string(made)), ("operations", .int(operations)),
      ("encrypted", .bool(encrypted)), ("kdf", .string("pbkdf2-sha256")),
      ("rounds", .int(rounds)), ("salt", .string(salt)),
    ])
  }

  init?(_ object: [String: Any]) {
    guard let format = object["format"] as? Int, let office = object["office"] as? String,
      let from = object["from"] as? String, let to = object["to"] as? String,
      let made = object["made"] as? String, let operations = object["operations"] as? Int,
      let encrypted = object["encrypted"] as? Bool,
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
    self.rounds = rounds
    self.salt = salt
  }
}
