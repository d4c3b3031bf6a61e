/// Migration 002, frozen.
///
/// Indexes that let each sorted listing read a page by key, and the drafts of forms left open
/// when the program was stopped.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration002ListingIndexes: FrozenMigration {
  static let identifier = "002 listing indexes and drafts"

  static let sql = """
    CREATE INDEX household_listing_number ON household(household_no, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_listing_head ON household(head_name, id) WHERE deleted_at IS NULL;

    CREATE INDEX visit_listing_date ON visit(visited_on, id) WHERE deleted_at IS NULL;

    CREATE INDEX visit_listing_kind ON visit(kind, id) WHERE deleted_at IS NULL;

    CREATE INDEX help_request_listing_received ON help_request(received_at, id) WHERE deleted_at IS NULL;

    CREATE INDEX help_request_listing_due ON help_request(ifnull(due_on, '9999-12-31'), id)
      WHERE deleted_at IS NULL;

    CREATE INDEX help_request_listing_status ON help_request(status, id) WHERE deleted_at IS NULL;

    -- A form being filled in when the program was stopped (Ctrl-C, SIGTERM, a dropped SSH
    -- session), offered back on the next start. Local to this device: never merged.
    CREATE TABLE draft (
      id TEXT PRIMARY KEY NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      payload TEXT NOT NULL,
      operator TEXT NOT NULL,
      saved_at TEXT NOT NULL
    );
    """
}
