/// Migration 021, frozen.
///
/// A request's view offers the requester's other live requests to merge it with: those of the
/// household, and those of the same name and phone (a newcomer has no household). The second
/// were found by reading every request received before; on a county that took a second a view.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration021RequesterIndex: FrozenMigration {
  static let identifier = "021 requester index"

  static let sql = """
    CREATE INDEX help_request_requester ON help_request(requester_name, requester_phone)
      WHERE deleted_at IS NULL AND merged_into_id IS NULL;
    """
}
