/// Migration 004, frozen.
///
/// The insert triggers that keep the roster's columns stand aside during a bulk load, marked by a
/// `bulk_load` row in `setting` inside the load's own transaction.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration004BulkLoads: FrozenMigration {
  static let identifier = "004 bulk loads"

  static let sql = """
    DROP TRIGGER household_area_sort_insert;

    CREATE TRIGGER household_area_sort_insert AFTER INSERT ON household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household
      SET area_sort = ifnull((SELECT CASE a.level
        WHEN 'group' THEN printf('%04d', t.position) || t.name || '.' || printf('%04d', v.position) || v.name || '.' || printf('%04d', a.position) || a.name
        WHEN 'village' THEN printf('%04d', v2.position) || v2.name || '.' || printf('%04d', a.position) || a.name || '.'
        ELSE printf('%04d', a.position) || a.name || '..' END
      FROM area a
      LEFT JOIN area v ON v.id = a.parent_id
      LEFT JOIN area t ON t.id = v.parent_id
      LEFT JOIN area v2 ON v2.id = a.parent_id
      WHERE a.id = NEW.area_id), '') || '/' || NEW.household_no,
        village_id = (SELECT CASE a.level WHEN 'group' THEN a.parent_id WHEN 'village' THEN a.id END FROM area a WHERE a.id = NEW.area_id)
      WHERE id = NEW.id;
    END;

    DROP TRIGGER member_count_insert;

    CREATE TRIGGER member_count_insert AFTER INSERT ON member WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = NEW.household_id AND m.deleted_at IS NULL)
      WHERE id = NEW.household_id;
    END;

    DROP TRIGGER last_visit_insert;

    CREATE TRIGGER last_visit_insert AFTER INSERT ON visit_household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = NEW.household_id AND v.deleted_at IS NULL), '')
      WHERE id = NEW.household_id;
    END;

    DROP TRIGGER open_requests_insert;

    CREATE TRIGGER open_requests_insert AFTER INSERT ON help_request
    WHEN NEW.household_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = NEW.household_id
      AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL)
      WHERE id = NEW.household_id;
    END;

    DROP TRIGGER cadre_names_insert;

    CREATE TRIGGER cadre_names_insert AFTER INSERT ON contact_assignment
    WHEN NEW.household_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = NEW.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
      WHERE id = NEW.household_id;
    END;
    """
}
