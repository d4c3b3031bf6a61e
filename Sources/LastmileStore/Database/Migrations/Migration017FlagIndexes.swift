/// Migration 017, frozen.
///
/// What the status line reads after every change, found without reading a county's every
/// walk-in: the record book's entries left undecided and those transferred at the desk, by day;
/// and the replies of a period by kind and category, for the review.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration017FlagIndexes: FrozenMigration {
  static let identifier = "017 flag indexes"

  static let sql = """
    CREATE INDEX reception_entry_undecided ON reception_entry(day, request_id)
      WHERE decision IS NULL AND deleted_at IS NULL;

    CREATE INDEX reception_entry_transferred ON reception_entry(day, request_id)
      WHERE decision = 'transferred' AND deleted_at IS NULL;

    CREATE INDEX help_request_replied ON help_request(replied_at, reply_kind, category)
      WHERE reply_kind IS NOT NULL AND deleted_at IS NULL;
    """
}
