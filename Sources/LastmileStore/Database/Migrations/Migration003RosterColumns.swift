/// Migration 003, frozen.
///
/// What the roster sorts, filters and searches by, kept on the household row by triggers, the
/// full-text search table, and the backfill of the rows a database already had.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration003RosterColumns: FrozenMigration {
  static let identifier = "003 roster columns and search"

  static let sql = """
    ALTER TABLE area ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

    ALTER TABLE household ADD COLUMN area_sort TEXT NOT NULL DEFAULT '';

    ALTER TABLE household ADD COLUMN head_pinyin TEXT NOT NULL DEFAULT '';

    ALTER TABLE household ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

    ALTER TABLE household ADD COLUMN last_visit_on TEXT NOT NULL DEFAULT '';

    ALTER TABLE household ADD COLUMN open_requests INTEGER NOT NULL DEFAULT 0;

    ALTER TABLE household ADD COLUMN cadre_names TEXT NOT NULL DEFAULT '';

    ALTER TABLE household ADD COLUMN village_id TEXT;

    CREATE INDEX household_roster_area ON household(area_sort, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_roster_head ON household(head_pinyin, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_roster_members ON household(member_count, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_roster_categories ON household(categories, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_roster_cadres ON household(cadre_names, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_roster_visit ON household(last_visit_on, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_roster_requests ON household(open_requests, id) WHERE deleted_at IS NULL;

    CREATE INDEX household_village_head ON household(village_id, head_name) WHERE deleted_at IS NULL;

    -- Each household's search document: its number, names (each Han character a token),
    -- pinyin in full and by initials, phone digits and ID number tails; rowid = household's.
    CREATE VIRTUAL TABLE household_search USING fts5(tokens, tokenize = 'unicode61', prefix = '1 2 3');

    -- CREATE TABLE 'main'.'household_search_data'(id INTEGER PRIMARY KEY, block BLOB);

    -- CREATE TABLE 'main'.'household_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

    -- REPLACE INTO 'main'.'household_search_data'(id, block) VALUES(?,?);

    -- REPLACE INTO 'main'.'household_search_data'(id, block) VALUES(?,?);

    -- CREATE TABLE 'main'.'household_search_content'(id INTEGER PRIMARY KEY, c0);

    -- CREATE TABLE 'main'.'household_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

    -- CREATE TABLE 'main'.'household_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

    -- REPLACE INTO 'main'.'household_search_config' VALUES(?,?);

    -- PRAGMA 'main'.data_version;

    -- SELECT k, v FROM 'main'.'household_search_config';

    CREATE TRIGGER household_area_sort_insert AFTER INSERT ON household BEGIN
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

    CREATE TRIGGER member_count_insert AFTER INSERT ON member BEGIN UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = NEW.household_id AND m.deleted_at IS NULL) WHERE id = NEW.household_id; END;

    CREATE TRIGGER member_count_update AFTER UPDATE OF household_id, deleted_at ON member BEGIN
      UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = OLD.household_id AND m.deleted_at IS NULL) WHERE id = OLD.household_id; UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = NEW.household_id AND m.deleted_at IS NULL) WHERE id = NEW.household_id;
    END;

    CREATE TRIGGER member_count_delete AFTER DELETE ON member BEGIN UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = OLD.household_id AND m.deleted_at IS NULL) WHERE id = OLD.household_id; END;

    CREATE TRIGGER last_visit_insert AFTER INSERT ON visit_household BEGIN UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = NEW.household_id AND v.deleted_at IS NULL), '') WHERE id = NEW.household_id; END;

    CREATE TRIGGER last_visit_delete AFTER DELETE ON visit_household BEGIN UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = OLD.household_id AND v.deleted_at IS NULL), '') WHERE id = OLD.household_id; END;

    CREATE TRIGGER last_visit_tombstone AFTER UPDATE OF deleted_at, visited_on ON visit BEGIN
      UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = household.id AND v.deleted_at IS NULL), '')
      WHERE id IN (SELECT household_id FROM visit_household WHERE visit_id = NEW.id);
    END;

    CREATE TRIGGER open_requests_insert AFTER INSERT ON help_request WHEN NEW.household_id IS NOT NULL BEGIN
      UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = NEW.household_id
      AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL) WHERE id = NEW.household_id;
    END;

    CREATE TRIGGER open_requests_update AFTER UPDATE OF status, household_id, deleted_at ON help_request BEGIN
      UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = OLD.household_id
      AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL) WHERE id = OLD.household_id; UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = NEW.household_id
      AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL) WHERE id = NEW.household_id;
    END;

    CREATE TRIGGER cadre_names_insert AFTER INSERT ON contact_assignment WHEN NEW.household_id IS NOT NULL BEGIN
      UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = NEW.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '') WHERE id = NEW.household_id;
    END;

    CREATE TRIGGER cadre_names_update AFTER UPDATE ON contact_assignment BEGIN
      UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = OLD.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '') WHERE id = OLD.household_id; UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = NEW.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '') WHERE id = NEW.household_id;
    END;

    CREATE TRIGGER cadre_names_rename AFTER UPDATE OF name ON cadre BEGIN
      UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
      WHERE id IN (SELECT household_id FROM contact_assignment WHERE cadre_id = NEW.id AND household_id IS NOT NULL);
    END;

    UPDATE area SET position = (SELECT count(*) FROM area b
      WHERE b.parent_id IS area.parent_id AND b.rowid < area.rowid);

    UPDATE household SET
      area_sort = ifnull((SELECT CASE a.level
        WHEN 'group' THEN printf('%04d', t.position) || t.name || '.' || printf('%04d', v.position) || v.name || '.' || printf('%04d', a.position) || a.name
        WHEN 'village' THEN printf('%04d', v2.position) || v2.name || '.' || printf('%04d', a.position) || a.name || '.'
        ELSE printf('%04d', a.position) || a.name || '..' END
      FROM area a
      LEFT JOIN area v ON v.id = a.parent_id
      LEFT JOIN area t ON t.id = v.parent_id
      LEFT JOIN area v2 ON v2.id = a.parent_id
      WHERE a.id = household.area_id), '') || '/' || household.household_no,
      village_id = (SELECT CASE a.level WHEN 'group' THEN a.parent_id WHEN 'village' THEN a.id END FROM area a WHERE a.id = household.area_id),
      member_count = (SELECT count(*) FROM member m WHERE m.household_id = household.id AND m.deleted_at IS NULL),
      last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = household.id AND v.deleted_at IS NULL), ''),
      open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = household.id
      AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL),
      cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '');
    """
}
