/// A value two laptops wrote without seeing each other's, or a row deleted on one and edited
/// on another: the merge applied the newer and keeps this for a person to settle.
public struct SyncConflict: Sendable, Equatable, Identifiable {
  public enum Kind: String, Sendable {
    /// `field` holds the winner's value; `lost` is the other laptop's.
    case value
    /// The row was deleted on one laptop and edited later on another: it was brought back.
    case revived
  }

  public let id: Int64
  public let kind: Kind
  public let table: String
  public let rowId: String
  public let field: String
  /// What the row is, as a person knows it (a household's number and head, a request's
  /// number and requester, a member's name).
  public let subject: String
  /// The value kept now, and the one that lost (the deletion's time for a revived row).
  public let current: String?
  public let lost: String?
  /// The codes of the laptops that wrote each.
  public let currentBy: String
  public let lostBy: String
}

/// How a person settles a conflict.
public enum SyncSettlement: Sendable, Equatable {
  /// Keep the value the row holds now (a revived row: keep it).
  case keepCurrent
  /// Take the value that lost (a revived row: delete it again).
  case takeLost
  /// Write another value.
  case write(String)
}
