import Foundation

/// A small, fast, deterministic random source (SplitMix64): the same seed gives the same data
/// on every machine and every run.
struct SeededRandom {
  private var state: UInt64
  /// Counts the UUIDs made, so that they sort in the order they were made.
  private var made: UInt64 = 0

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A number in `[0, 1)`.
  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }

  /// A UUID in the layout of version 7 whose first 48 bits count up: rows made one after the
  /// other get ids that sort one after the other, so the tables' keys grow at their end.
  mutating func uuid() -> UUID {
    made += 1
    let high = (made << 16) | 0x7000 | (next() & 0x0FFF)
    let low = (next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
    return UUID(high: high, low: low)
  }
}

/// Picks among items by integer weights, in constant time per pick after setup.
struct WeightedTable<T: Sendable>: Sendable {
  private let items: [T]
  private let cumulative: [Int]

  init(_ weighted: [(T, Int)]) {
    items = weighted.map(\.0)
    var total = 0
    cumulative = weighted.map {
      total += $0.1
      return total
    }
  }

  func pick(_ random: inout SeededRandom) -> T {
    let target = random.below(cumulative.last!)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return items[low]
  }
}
