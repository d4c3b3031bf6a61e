/// A message on the status line until the next key, and how it looks.
public struct StatusMessage: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case info
    case warning
    case error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, _ kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}
