import Foundation

/// Where exported text goes: standard output or a file, in large buffered writes.
public protocol TextSink {
  /// Appends `text`.
  mutating func write(_ text: String) throws
}

/// Collects text in memory (tests, small outputs).
public struct StringSink: TextSink {
  public private(set) var text = ""

  public init() {}

  public mutating func write(_ text: String) throws {
    self.text += text
  }
}
