/// What merging a bundle changed here.
public struct SyncSummary: Sendable, Equatable {
  /// Operations taken in, and those already held (a bundle imported again brings none).
  public var operations = 0
  public var alreadyHeld = 0
  /// Rows changed, by table.
  public var rows: [String: Int] = [:]
  /// Fields where two laptops wrote different values without seeing each other's, now in the
  /// conflicts list; and rows deleted on one laptop and edited on another, brought back.
  public var conflicts = 0
  public var revived = 0

  public init() {}

  /// Adds what another part of the same merge changed.
  mutating func add(_ other: SyncSummary) {
    operations += other.operations
    alreadyHeld += other.alreadyHeld
    for (table, count) in other.rows { rows[table, default: 0] += count }
    conflicts += other.conflicts
    revived += other.revived
  }

  /// Rows changed of `table`.
  public func changed(_ table: String) -> Int { rows[table] ?? 0 }

  /// Households and members changed.
  public var households: Int { changed("household") }
  public var members: Int { changed("member") }
  /// Requests and what was done with them (the record book, transfer slips).
  public var requests: Int {
    changed("help_request") + changed("reception_entry") + changed("transfer_slip")
  }
  public var visits: Int { changed("visit") }
}
