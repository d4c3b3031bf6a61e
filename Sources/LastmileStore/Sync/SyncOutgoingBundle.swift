/// Who sends a bundle for a peer, knowing what, and how many operations it holds.
public struct SyncOutgoingBundle: Sendable {
  /// The office (its name), this device's id and code, and what this database holds.
  public let office: String
  public let device: String
  public let code: String
  public let known: [String: Int64]
  /// How many operations the peer has not acknowledged (all of them for a full bundle).
  public let operations: Int
}
