/// A hybrid logical clock's reading (HLC): wall time in milliseconds, a counter that orders
/// changes made within one millisecond or after a reading from a laptop whose clock runs ahead,
/// and the device, which breaks the last tie. Every laptop orders two readings the same way.
public struct HybridTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let wall: Int64
  public let counter: Int
  public let device: String

  public init(wall: Int64, counter: Int, device: String) {
    self.wall = wall
    self.counter = counter
    self.device = device
  }

  public static func < (lhs: HybridTimestamp, rhs: HybridTimestamp) -> Bool {
    (lhs.wall, lhs.counter, lhs.device) < (rhs.wall, rhs.counter, rhs.device)
  }

  /// `0001764072000000-00000-device`: text that sorts as the readings do.
  public var description: String {
    let wallText = String(wall)
    let counterText = String(counter)
    return String(repeating: "0", count: max(0, 16 - wallText.count)) + wallText + "-"
      + String(repeating: "0", count: max(0, 5 - counterText.count)) + counterText + "-" + device
  }

  /// A reading from its text; nil when it is not one.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", maxSplits: 2).map(String.init)
    guard parts.count == 3, let wall = Int64(parts[0]), let counter = Int(parts[1]),
      !parts[2].isEmpty
    else { return nil }
    self.init(wall: wall, counter: counter, device: parts[2])
  }
}

/// A laptop's hybrid logical clock: each reading is later than every reading it made or
/// received before, and as close to the wall clock as that allows.
public struct HybridClock: Sendable {
  public let device: String
  public private(set) var last: HybridTimestamp?

  public init(device: String, last: HybridTimestamp? = nil) {
    self.device = device
    self.last = last
  }

  /// The reading for a change made now (`wall`: the wall clock in milliseconds).
  public mutating func tick(wall: Int64) -> HybridTimestamp {
    let next: HybridTimestamp
    if let last, last.wall >= wall {
      next = HybridTimestamp(wall: last.wall, counter: last.counter + 1, device: device)
    } else {
      next = HybridTimestamp(wall: wall, counter: 0, device: device)
    }
    last = next
    return next
  }

  /// Takes in a reading received from another laptop, so that the next reading here comes
  /// after it.
  public mutating func receive(_ remote: HybridTimestamp, wall: Int64) {
    let mine = last ?? HybridTimestamp(wall: Int64.min, counter: 0, device: device)
    let top = max(mine.wall, remote.wall, wall)
    let counter: Int
    if top == mine.wall, top == remote.wall {
      counter = max(mine.counter, remote.counter) + 1
    } else if top == mine.wall {
      counter = mine.counter + 1
    } else if top == remote.wall {
      counter = remote.counter + 1
    } else {
      counter = 0
    }
    last = HybridTimestamp(wall: top, counter: counter, device: device)
  }

}
