/// Migration 005, frozen.
///
/// What the handling of requests and the reception day need: the count of a request's
/// extensions, the queue's working order as an index, and the handover of a day's record book.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration005RequestWorkflow: FrozenMigration {
  static let identifier = "005 request workflow"

  static let sql = """
    ALTER TABLE help_request ADD COLUMN extensions INTEGER NOT NULL DEFAULT 0;

    CREATE INDEX help_request_listing_work ON help_request(
      (CASE WHEN status IN ('registered', 'in_progress') THEN '0' ELSE '1' END) || ifnull(due_on, '9999-12-31'), id)
      WHERE deleted_at IS NULL;

    CREATE TABLE reception_handover (
      id TEXT PRIMARY KEY NOT NULL,
      day TEXT NOT NULL,
      handed_over_at TEXT NOT NULL,
      handed_over_by TEXT NOT NULL,
      received_by TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      deleted_at TEXT
    );

    CREATE UNIQUE INDEX reception_handover_day ON reception_handover(day) WHERE deleted_at IS NULL;
    """
}
