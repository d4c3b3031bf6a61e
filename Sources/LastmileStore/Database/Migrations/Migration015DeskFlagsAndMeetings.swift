/// Migration 015, frozen.
///
/// The requests a department sent back, found without reading every request (the status line
/// counts them); and the meeting a request is referred to (办公会 or 支委会), with the requests
/// waiting for it found by meeting.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration015DeskFlagsAndMeetings: FrozenMigration {
  static let identifier = "015 desk flags and meetings"

  static let sql = """
    CREATE INDEX help_request_returned ON help_request(returned_at)
      WHERE returned_at IS NOT NULL AND deleted_at IS NULL;

    ALTER TABLE help_request ADD COLUMN meeting TEXT;

    CREATE INDEX help_request_meeting ON help_request(meeting, received_at)
      WHERE decision = 'meeting' AND status = 'in_progress' AND deleted_at IS NULL;
    """
}
