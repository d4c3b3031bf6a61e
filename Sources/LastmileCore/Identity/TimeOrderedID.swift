import Foundation

extension UUID {
  /// A new identifier in the layout of RFC 9562's version 7: 48 bits of Unix milliseconds, a
  /// 12-bit counter within the millisecond, and 62 random bits.
  ///
  /// Identifiers made one after the other sort one after the other, so new rows land at the end
  /// of the tables' keys instead of at random places in them; the random bits keep identifiers
  /// made on different laptops apart.
  public static func timeOrdered() -> UUID {
    TimeOrderedID.shared.next()
  }

  /// The identifier whose 16 bytes are these two words, big-endian.
  public init(high: UInt64, low: UInt64) {
    func byte(_ word: UInt64, _ index: Int) -> UInt8 {
      UInt8(truncatingIfNeeded: word >> (56 - 8 * index))
    }
    self.init(
      uuid: (
        byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5),
        byte(high, 6),
        byte(high, 7), byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3), byte(low, 4),
        byte(low, 5),
        byte(low, 6), byte(low, 7)
      ))
  }
}

/// The process's source of time-ordered identifiers.
final class TimeOrderedID: @unchecked Sendable {
  static let shared = TimeOrderedID()

  private let lock = NSLock()
  private var lastMillisecond: UInt64 = 0
  private var counter: UInt64 = 0
  /// SplitMix64 state, seeded once from the system's random source.
  private var state: UInt64

  private init() {
    var system = SystemRandomNumberGenerator()
    state = system.next()
  }

  func next() -> UUID {
    lock.lock()
    let now = UInt64(max(0, Date().timeIntervalSince1970 * 1000))
    if now > lastMillisecond {
      lastMillisecond = now
      counter = 0
    } else {
      // The same millisecond (or a clock set back): count on, carrying into the time.
      counter += 1
      if counter > 0xFFF {
        lastMillisecond += 1
        counter = 0
      }
    }
    let high = (lastMillisecond << 16) | 0x7000 | counter
    let low = (random() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
    lock.unlock()
    return UUID(high: high, low: low)
  }

  private func random() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
