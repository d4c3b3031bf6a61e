/// What a bundle for a peer holds, as the store gives it: the operations as JSON lines and who
/// is sending them, knowing what.
public struct SyncOutgoingBundle: Sendable {
  /// The office (its name), this device's id and code, and what this database holds.
  public let office: String
  public let device: String
  public let code: String
  public let known: [String: Int64]
  /// The operations the peer has not acknowledged (all of them for a full bundle).
  public let lines: [String]
}
