/// Migration 025, frozen.
///
/// A move of an area wrote the place in the order of every household under it at once, by
/// trigger, even inside a bulk load: an import that put the 471 areas it created in order
/// rewrote the households under each, a village's many times. Inside a bulk load the trigger
/// stands aside, as the roster's other triggers do, and the load writes the places of the
/// households under the areas it moved once (`BulkLoad.finish` fills every household's).
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration025AreaOrderInBulk: FrozenMigration {
  static let identifier = "025 area order in bulk"

  static let sql = """
    DROP TRIGGER area_order_update;

    CREATE TRIGGER area_order_update AFTER UPDATE OF position, name, parent_id ON area
    WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household SET area_sort = ifnull((SELECT CASE a.level
        WHEN 'group' THEN printf('%04d', t.position) || t.name || '.' || printf('%04d', v.position) || v.name || '.' || printf('%04d', a.position) || a.name
        WHEN 'village' THEN printf('%04d', v2.position) || v2.name || '.' || printf('%04d', a.position) || a.name || '.'
        ELSE printf('%04d', a.position) || a.name || '..' END
      FROM area a
      LEFT JOIN area v ON v.id = a.parent_id
      LEFT JOIN area t ON t.id = v.parent_id
      LEFT JOIN area v2 ON v2.id = a.parent_id
      WHERE a.id = household.area_id), '') || '/' || household.household_no
      WHERE area_id IN (SELECT id FROM area WHERE id = NEW.id OR parent_id = NEW.id
        OR parent_id IN (SELECT id FROM area WHERE parent_id = NEW.id));
    END;
    """
}
