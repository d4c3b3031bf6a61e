/// Migration 014, frozen.
///
/// Transfer slips (交办单): the slip a transfer prints for the department, with the department's
/// receipt (签收), its reply, or its sending the matter back (退单) with a reason, each dated;
/// and when a request was last sent back, which flags it in the office's queue until it is
/// decided again.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration014TransferSlips: FrozenMigration {
  static let identifier = "014 transfer slips"

  static let sql = """
    CREATE TABLE transfer_slip (
      id TEXT PRIMARY KEY NOT NULL,
      request_id TEXT NOT NULL REFERENCES help_request(id),
      department TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      due_on TEXT,
      received_on TEXT,
      received_by TEXT NOT NULL DEFAULT '',
      replied_on TEXT,
      reply TEXT NOT NULL DEFAULT '',
      returned_on TEXT,
      return_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      deleted_at TEXT
    );

    CREATE INDEX transfer_slip_request ON transfer_slip(request_id) WHERE deleted_at IS NULL;

    ALTER TABLE help_request ADD COLUMN returned_at TEXT;
    """
}
