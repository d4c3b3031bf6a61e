/// Migration 012, frozen.
///
/// The reception days the office held beyond its schedule (加开): the day, who opened it and
/// when, on which laptop.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration012ReceptionDays: FrozenMigration {
  static let identifier = "012 reception days"

  static let sql = """
    CREATE TABLE reception_day (
      day TEXT PRIMARY KEY NOT NULL,
      kind TEXT NOT NULL,
      opened_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      device_id TEXT NOT NULL
    ) WITHOUT ROWID;
    """
}
