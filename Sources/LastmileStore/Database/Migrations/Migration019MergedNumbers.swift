/// Migration 019, frozen.
///
/// Two laptops can give the same household number to two households (or, when their codes
/// match, the same number to two requests) before they meet: a merge keeps both rows and the
/// review lists them as possible duplicates, instead of refusing the whole bundle. Saving a
/// household on one laptop still refuses a number already in use there.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration019MergedNumbers: FrozenMigration {
  static let identifier = "019 merged numbers"

  static let sql = """
    DROP INDEX household_number;

    CREATE INDEX household_number ON household(household_no) WHERE deleted_at IS NULL;

    DROP INDEX help_request_number;

    CREATE INDEX help_request_number ON help_request(number) WHERE number IS NOT NULL;
    """
}
