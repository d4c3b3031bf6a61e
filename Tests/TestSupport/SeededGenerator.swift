import Foundation

/// A seeded random source (SplitMix64) for the tests that try random inputs and moments: a
/// failing run is repeated from the seed it printed.
public struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The seed in the environment variable `name`, else one taken from the clock.
  public static func seed(from name: String) -> UInt64 {
    ProcessInfo.processInfo.environment[name].flatMap { UInt64($0) }
      ?? UInt64(Date().timeIntervalSince1970 * 1000)
  }

  /// The count in the environment variable `name`, else `otherwise`.
  public static func count(from name: String, otherwise: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0) } ?? otherwise
  }
}
