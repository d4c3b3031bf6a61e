import GRDB
import LastmileCore

/// Migration 005: what the handling of requests and the reception day need: the count of a
/// request's extensions, the queue's working order, and the handover of a day's record book.
enum RequestWorkflowMigration {
  /// The queue's working order: requests waiting for a reply first, by deadline (the overdue
  /// ones come first), then the others by deadline. Keyset pages sort by exactly this text,
  /// which the index below holds.
  static let workOrder =
    "(CASE WHEN t.status IN ('registered', 'in_progress') THEN '0' ELSE '1' END) || ifnull(t.due_on, '9999-12-31')"

  /// Overdue on `today` (waiting for a reply and due before it), said through the working order
  /// so that the index below finds the overdue requests as its first entries, for the page and
  /// the count alike. A query names `help_request` as `t`.
  static func overdue(on today: LocalDate) -> (condition: String, argument: String) {
    ("\(workOrder) < ?", "0" + today.description)
  }

  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
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
        """)
  }
}
