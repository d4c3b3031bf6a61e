/// Migration 023, frozen.
///
/// The triggers that flag possible duplicates (migration 022) chose the households to flag
/// again by `id = … OR (village … AND head …) OR (number …)`: SQLite cannot answer such an OR
/// by its indexes when one part compares with `IS`, and read every household instead; and a
/// member added or deleted looked for the other holders of its ID number through every member
/// (the index of ID numbers holds the non-empty ones, and the trigger did not say so). A
/// household saved took as long as the county's households to read, and a merge of a
/// county's households the square of that. The four triggers are made again choosing the
/// households through one index per part, live households only as the indexes hold (a
/// deleted household's flag is turned off when it is deleted, and stays off).
///
/// A member or request deleted outright (a merge's delete, a household merge) had SQLite read
/// every request (and a request, every line of the record book and every transfer slip) to
/// check that none still named it: those keys are indexed whole (the indexes of the book and
/// the slips by request hold only their live rows, which a key's check cannot use).
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration023WritesByIndex: FrozenMigration {
  static let identifier = "023 writes by index"

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
        WHERE id IN (SELECT NEW.id
          UNION SELECT s.id FROM household s
            WHERE s.village_id IS NEW.village_id AND s.head_name = NEW.head_name
              AND s.deleted_at IS NULL
          UNION SELECT s.id FROM household s
            WHERE s.household_no = NEW.household_no AND s.deleted_at IS NULL);
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
        WHERE id IN (SELECT NEW.id
          UNION SELECT s.id FROM household s
            WHERE s.village_id IS NEW.village_id AND s.head_name = NEW.head_name
              AND s.deleted_at IS NULL
          UNION SELECT s.id FROM household s
            WHERE s.village_id IS OLD.village_id AND s.head_name = OLD.head_name
              AND s.deleted_at IS NULL
          UNION SELECT s.id FROM household s
            WHERE s.household_no IN (OLD.household_no, NEW.household_no) AND s.deleted_at IS NULL);
      END;

    DROP TRIGGER member_flags_insert;

    CREATE TRIGGER member_flags_insert AFTER INSERT ON member WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
      BEGIN
        UPDATE household SET members_without_id = (SELECT count(*) FROM member m WHERE m.household_id = household.id
          AND m.deleted_at IS NULL AND m.id_number = '') WHERE id = NEW.household_id;
        UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
            AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM household o WHERE o.household_no = household.household_no
            AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
            AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
            WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
        WHERE id = NEW.household_id OR id IN (SELECT household_id FROM member
          WHERE id_number = NEW.id_number AND id_number <> '');
      END;

    DROP TRIGGER member_flags_delete;

    CREATE TRIGGER member_flags_delete AFTER DELETE ON member WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
      BEGIN
        UPDATE household SET members_without_id = (SELECT count(*) FROM member m WHERE m.household_id = household.id
          AND m.deleted_at IS NULL AND m.id_number = '') WHERE id = OLD.household_id;
        UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
            AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM household o WHERE o.household_no = household.household_no
            AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
            AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
            WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
        WHERE id = OLD.household_id OR id IN (SELECT household_id FROM member
          WHERE id_number = OLD.id_number AND id_number <> '');
      END;

    CREATE INDEX help_request_member ON help_request(member_id) WHERE member_id IS NOT NULL;

    CREATE INDEX help_request_merged_into ON help_request(merged_into_id)
      WHERE merged_into_id IS NOT NULL;

    CREATE INDEX reception_entry_by_request ON reception_entry(request_id);

    CREATE INDEX transfer_slip_by_request ON transfer_slip(request_id);
    """
}
