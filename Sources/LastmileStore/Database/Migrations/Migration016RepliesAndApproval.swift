/// Migration 016, frozen.
///
/// How a request was answered (oral or written), kept with it for the review to count — taken
/// for the stored replies from their history, where the kind was written; and a close waiting
/// for a second person's approval (审核): who asked, when, with the satisfaction and note given.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration016RepliesAndApproval: FrozenMigration {
  static let identifier = "016 reply kinds and approval"

  static let sql = """
    ALTER TABLE help_request ADD COLUMN reply_kind TEXT;

    UPDATE help_request SET reply_kind = 'written'
    WHERE reply <> '' AND id IN (SELECT row_id FROM audit_log
      WHERE table_name = 'help_request' AND action = 'replied' AND note LIKE '书面答复%');

    UPDATE help_request SET reply_kind = 'oral' WHERE reply <> '' AND reply_kind IS NULL;

    ALTER TABLE help_request ADD COLUMN close_requested_by TEXT;
    ALTER TABLE help_request ADD COLUMN close_requested_at TEXT;
    ALTER TABLE help_request ADD COLUMN close_satisfaction TEXT;
    ALTER TABLE help_request ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
    """
}
