/// One quota of a cadre's role over a period: what was required, what was done, and the entries
/// that count, so that a reviewer can check the figure.
public struct QuotaResult: Sendable, Equatable {
  public let kind: QuotaKind
  public let required: Int
  public let done: Int
  /// What the figure was counted from (dates, households, runs), as a person reads it.
  public let evidence: [String]

  public init(kind: QuotaKind, required: Int, done: Int, evidence: [String] = []) {
    self.kind = kind
    self.required = required
    self.done = done
    self.evidence = evidence
  }

  public var isMet: Bool { done >= required }
  /// How much is missing (0 when met).
  public var short: Int { max(0, required - done) }
}
