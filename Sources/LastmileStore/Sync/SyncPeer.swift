/// A laptop this database has exchanged bundles with, as `sync status` lists it.
public struct SyncPeer: Sendable, Equatable {
  /// What a person calls it: its code (`lastmile sync export --to` takes it).
  public let label: String
  /// Its device id, once a bundle from it has been imported.
  public let deviceId: String?
  /// What it acknowledged holding: the highest operation number of each device.
  public let known: [String: Int64]
  /// The last bundle imported from it: when, and the operations it brought.
  public let receivedAt: String?
  public let receivedOperations: Int
  /// The last bundle written for it: when, and the operations it held.
  public let sentAt: String?
  public let sentOperations: Int
  /// Operations held here that it has not acknowledged.
  public let unacknowledged: Int
}
