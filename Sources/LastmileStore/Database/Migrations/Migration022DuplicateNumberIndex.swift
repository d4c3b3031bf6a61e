/// Migration 022, frozen.
///
/// The flag of possible duplicates (migration 020) looked for the households of a number through
/// every household: the index of numbers holds the live ones only, and the triggers did not say
/// so. A household saved or merged in took as long as the county's households to read. The two
/// triggers are made again asking for live households of the number, which the index answers.
/// (A deleted household's flag is worked out when it is deleted, and stays off.)
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration022DuplicateNumberIndex: FrozenMigration {
  static let identifier = "022 duplicate number index"

  static let sql = """
    DROP TRIGGER household_duplicate_insert;

    CREATE TRIGGER household_duplicate_insert AFTER INSERT ON household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
      BEGIN
        UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
            AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM household o WHERE o.household_no = household.household_no
            AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
            AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
            WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
        WHERE id = NEW.id OR (village_id IS NEW.village_id AND head_name = NEW.head_name)
          OR (household_no = NEW.household_no AND deleted_at IS NULL);
      END;

    DROP TRIGGER household_duplicate_update;

    CREATE TRIGGER household_duplicate_update AFTER UPDATE OF head_name, village_id, deleted_at, household_no
      ON household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
      BEGIN
        UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
            AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM household o WHERE o.household_no = household.household_no
            AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
            AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
            WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
        WHERE id = NEW.id OR (village_id IS NEW.village_id AND head_name = NEW.head_name)
          OR (village_id IS OLD.village_id AND head_name = OLD.head_name)
          OR (household_no IN (OLD.household_no, NEW.household_no) AND deleted_at IS NULL);
      END;
    """
}
