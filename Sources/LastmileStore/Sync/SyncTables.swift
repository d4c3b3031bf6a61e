import GRDB

/// What sync carries between laptops, table by table: the office's records, carried as their
/// changes; what is worked out from them, recomputed after a merge and never carried; and what
/// belongs to this laptop alone. A table the schema gains must be put in one of them (a test
/// reads the schema and fails on a table left out).
public enum SyncTables {
  /// How a table takes part in sync.
  public enum Scope: Sendable, Equatable {
    /// The office's records: every change is carried.
    case synced
    /// Worked out from synced rows (a search index, a tally): recomputed, never carried.
    case derived
    /// This laptop's alone (its drafts, the migrations it ran).
    case local
  }

  /// Every table of the schema and how it takes part.
  public static let scopes: [String: Scope] = [
    "area": .synced, "cadre": .synced, "cadre_past_role": .synced,
    "contact_assignment": .synced, "household": .synced, "member": .synced, "visit": .synced,
    "help_request": .synced, "reception_entry": .synced, "reception_handover": .synced,
    "reception_day": .synced, "duty_day": .synced, "transfer_slip": .synced,
    // Audit entries from every laptop are merged.
    "audit_log": .synced,
    // The office's keys are carried, the laptop's are not (`SettingKey.isOffices`).
    "setting": .synced,
    "visit_cadre": .derived, "visit_household": .derived, "cadre_month": .derived,
    "request_tally": .derived, "visit_reach": .derived, "household_search": .derived,
    "draft": .local, "grdb_migrations": .local, "sqlite_sequence": .local,
    // The log itself, its clock and what each peer acknowledged are this laptop's; the
    // conflicts are worked out from the log.
    "sync_op": .local, "sync_clock": .local, "sync_peer": .local, "sync_conflict": .derived,
    // Each laptop seals its own log: the seals follow its order of entries, not the sender's.
    "audit_seal": .local,
  ]

  /// The synced tables in the order a merge writes them: a row before the rows that point to
  /// it (the foreign keys are checked at the commit, so a request merged into a later one
  /// still lands).
  public static let order = [
    "setting", "area", "cadre", "cadre_past_role", "household", "member", "contact_assignment",
    "visit", "help_request", "reception_day", "reception_entry", "reception_handover",
    "duty_day", "transfer_slip", "audit_log",
  ]

  /// The column a table's rows are named by (the audit log's: its device and number).
  static func key(of table: String) -> String {
    switch table {
    case "setting": "key"
    case "reception_day", "duty_day": "day"
    default: "id"
    }
  }

  /// The columns of a synced table worked out from other rows: never carried, recomputed
  /// where the rows land.
  static let derivedColumns: [String: Set<String>] = [
    "household": [
      "area_sort", "head_pinyin", "member_count", "last_visit_on", "open_requests",
      "cadre_names", "village_id", "cadre_sort", "possible_duplicate", "members_without_id",
    ],
    "cadre": ["name_pinyin"],
    "help_request": ["followed_up_on"],
    "audit_log": ["origin_seq"],
  ]

  /// The columns every row carries about its own writing, which two laptops always differ
  /// on: carried, but never a conflict and never what brings a deleted row back.
  static let stamps: Set<String> = ["created_at", "updated_at", "device_id"]

  /// The columns of `table` that sync carries, in the schema's order.
  static func carriedColumns(_ db: Database, _ table: String) throws -> [String] {
    let derived = derivedColumns[table] ?? []
    return try db.columns(in: table).map(\.name).filter { !derived.contains($0) }
  }

  /// How `table` takes part; the full-text index's own tables go with it.
  public static func scope(of table: String) -> Scope? {
    if let scope = scopes[table] { return scope }
    if table.hasPrefix("household_search_") { return .derived }
    return nil
  }
}
