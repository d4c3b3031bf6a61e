/// Migration 011, frozen.
///
/// Every request gets a number a person reads out and quotes (`SQ-20261125-3F-07`: 诉求, the day
/// received, the code of the laptop that wrote it, that laptop's count of the day), unique; the
/// requests already stored are numbered in the order they were received.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration011RequestNumbers: FrozenMigration {
  static let identifier = "011 request numbers"

  static let sql = """
    ALTER TABLE help_request ADD COLUMN number TEXT;
    UPDATE help_request SET number = n.number FROM (
      SELECT id, 'SQ-' || replace(substr(received_at, 1, 10), '-', '') || '-'
        || upper(substr(device_id, -2)) || '-'
        || printf('%02d', row_number() OVER (
          PARTITION BY substr(received_at, 1, 10), upper(substr(device_id, -2))
          ORDER BY received_at, id)) AS number
      FROM help_request) n
    WHERE n.id = help_request.id;
    CREATE UNIQUE INDEX help_request_number ON help_request(number) WHERE number IS NOT NULL;
    """
}
