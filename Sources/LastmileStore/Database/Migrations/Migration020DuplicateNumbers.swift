/// Migration 020, frozen.
///
/// Two households of one number (given apart on two laptops, kept both by a merge since
/// migration 019) are flagged as possible duplicates, as two of one head in one village and
/// two sharing a member's ID number already are: the roster's filter and the review list them,
/// and a person merges them or tells them apart. The flag's triggers are made again with the
/// number in their test.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration020DuplicateNumbers: FrozenMigration {
  static let identifier = "020 duplicate numbers"

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
          OR household_no = NEW.household_no;
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
          OR household_no IN (OLD.household_no, NEW.household_no);
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
          WHERE id_number = NEW.id_number AND NEW.id_number <> '');
      END;

    DROP TRIGGER member_flags_update;

    CREATE TRIGGER member_flags_update AFTER UPDATE OF id_number, household_id, deleted_at ON member
      WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
      BEGIN
        UPDATE household SET members_without_id = (SELECT count(*) FROM member m WHERE m.household_id = household.id
          AND m.deleted_at IS NULL AND m.id_number = '')
        WHERE id IN (OLD.household_id, NEW.household_id);
        UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
            AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM household o WHERE o.household_no = household.household_no
            AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
            AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
            WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
        WHERE id IN (OLD.household_id, NEW.household_id) OR id IN (SELECT household_id FROM member
          WHERE id_number IN (OLD.id_number, NEW.id_number) AND id_number <> '');
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
          WHERE id_number = OLD.id_number AND OLD.id_number <> '');
      END;
    """
}
