/// Migration 008, frozen.
///
/// The cadre registry: a cadre's role is a role of the rules file, held since a date, and the
/// roles held before it are kept with their dates, so that each period is judged by the role
/// held then. Areas gain the units above the village that leaders take as contact points (a
/// county, a county department); the table is rebuilt for its new levels, and the triggers that
/// read it are made again as they were.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration008CadreRegistry: FrozenMigration {
  static let identifier = "008 cadre registry"

  static let sql = """
    UPDATE cadre SET role = CASE role
      WHEN 'leader' THEN 'township_leader'
      WHEN 'community_secretary' THEN 'village_secretary'
      ELSE role END;
    ALTER TABLE cadre ADD COLUMN role_since TEXT;

    CREATE TABLE cadre_past_role (
      id TEXT PRIMARY KEY NOT NULL,
      cadre_id TEXT NOT NULL REFERENCES cadre(id),
      role TEXT NOT NULL,
      starts_on TEXT,
      ends_on TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX cadre_past_role_cadre ON cadre_past_role(cadre_id, ends_on);

    DROP TRIGGER household_area_sort_insert;
    DROP TRIGGER household_area_sort_update;
    DROP TRIGGER area_order_update;
    DROP INDEX area_parent;

    CREATE TABLE area_new (
      id TEXT PRIMARY KEY NOT NULL,
      parent_id TEXT REFERENCES area(id),
      level TEXT NOT NULL CHECK (level IN ('county', 'department', 'township', 'village', 'group')),
      name TEXT NOT NULL,
      code TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      deleted_at TEXT,
      position INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO area_new (id, parent_id, level, name, code, created_at, updated_at, device_id,
      deleted_at, position)
    SELECT id, parent_id, level, name, code, created_at, updated_at, device_id, deleted_at, position
    FROM area;
    DROP TABLE area;
    ALTER TABLE area_new RENAME TO area;
    CREATE INDEX area_parent ON area(parent_id);

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

    CREATE TRIGGER household_area_sort_update AFTER UPDATE OF area_id, household_no ON household BEGIN
      UPDATE household SET area_sort = ifnull((SELECT CASE a.level
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

    CREATE TRIGGER area_order_update AFTER UPDATE OF position, name, parent_id ON area BEGIN
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
