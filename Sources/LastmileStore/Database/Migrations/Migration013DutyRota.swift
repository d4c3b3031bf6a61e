/// Migration 013, frozen.
///
/// The duty rota (值班表): the leader on duty on each reception day; and the duty leader a
/// handed-over record book names, kept with its handover so that a later edit of the rota never
/// changes a book already handed over.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration013DutyRota: FrozenMigration {
  static let identifier = "013 duty rota"

  static let sql = """
    CREATE TABLE duty_day (
      day TEXT PRIMARY KEY NOT NULL,
      leader TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      device_id TEXT NOT NULL
    ) WITHOUT ROWID;

    ALTER TABLE reception_handover ADD COLUMN duty_leader TEXT NOT NULL DEFAULT '';
    """
}
