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
  ]

  /// How `table` takes part; the full-text index's own tables go with it.
  public static func scope(of table: String) -> Scope? {
    if let scope = scopes[table] { return scope }
    if table.hasPrefix("household_search_") { return .derived }
    return nil
  }
}
