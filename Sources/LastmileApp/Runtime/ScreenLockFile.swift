import Crypto
import Foundation
import LastmileCore
import _CryptoExtras

/// The screen lock's setting, in `lock` in the user's config folder (0600): the idle time, and
/// the PIN as a salted slow hash (PBKDF2-SHA256, 300,000 rounds) — never the PIN itself.
public struct ScreenLockFile: Sendable, Equatable {
  /// Minutes without a key after which the screen locks.
  public let idleMinutes: Int
  let rounds: Int
  let salt: Data
  let hash: Data

  /// The rounds a new PIN is hashed with (OWASP asks at least 210,000 of PBKDF2-SHA256).
  public static let newRounds = 300_000
  /// The shortest PIN taken.
  public static let minimumPIN = 4

  /// The file in `configFolder`.
  public static func url(in configFolder: URL) -> URL {
    configFolder.appendingPathComponent("lock")
  }

  /// A setting for `pin`, hashed with a new random salt.
  public init(pin: String, idleMinutes: Int) throws {
    var salt = Data(count: 16)
    salt.withUnsafeMutableBytes { bytes in
      for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
    }
    self.idleMinutes = idleMinutes
    rounds = Self.newRounds
    self.salt = salt
    hash = try Self.derive(pin, salt: salt, rounds: Self.newRounds)
  }

  /// Reads the setting; nil when there is no file (no lock), or when it cannot be read as one
  /// (said by `lastmile lock status`).
  public static func load(from url: URL) -> ScreenLockFile? {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard parts.count == 5, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]),
      rounds >= 210_000, rounds <= 10_000_000, let salt = Data(base64Encoded: parts[2]),
      let hash = Data(base64Encoded: parts[3]), let idle = Int(parts[4]), idle > 0
    else { return nil }
    return ScreenLockFile(idleMinutes: idle, rounds: rounds, salt: salt, hash: hash)
  }

  private init(idleMinutes: Int, rounds: Int, salt: Data, hash: Data) {
    self.idleMinutes = idleMinutes
    self.rounds = rounds
    self.salt = salt
    self.hash = hash
  }

  /// Whether a setting is at `url` that cannot be read as one (the screen would not lock).
  public static func isUnreadable(at url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.path) && load(from: url) == nil
  }

  /// Writes the setting to `url`, its owner's only.
  public func save(to url: URL) throws {
    let line =
      "pbkdf2-sha256 \(rounds) \(salt.base64EncodedString()) \(hash.base64EncodedString()) \(idleMinutes)\n"
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try Data(line.utf8).write(to: url, options: .atomic)
    chmod(url.path, 0o600)
  }

  /// Whether `pin` is the one set.
  public func accepts(_ pin: String) -> Bool {
    guard let derived = try? Self.derive(pin, salt: salt, rounds: rounds) else { return false }
    // Compared whole, never stopping at the first byte that differs.
    return derived.count == hash.count && zip(derived, hash).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }

  private static func derive(_ pin: String, salt: Data, rounds: Int) throws -> Data {
    let key = try KDF.Insecure.PBKDF2.deriveKey(
      from: Data(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32, rounds: rounds)
    return key.withUnsafeBytes { Data($0) }
  }
}
