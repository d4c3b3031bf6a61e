import GRDB

/// Migration 003: what the roster sorts, filters and searches by, kept on the household row so
/// that a county's roster pages by index, never by reading every household.
///
/// SQLite triggers keep the counts, the last visit, the contact cadres and the area order up to
/// date whatever writes the rows; the pinyin and the search document need the program (ICU) and
/// are written by the store.
enum RosterMigration {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
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
        """)
    try createTriggers(db)
    try backfill(db)
  }

  private static func key(_ alias: String) -> String {
    "printf('%04d', \(alias).position) || \(alias).name"
  }

  /// The area order of a household in area `areaId` with number `number`: township, village
  /// and group keys joined, then the number.
  static func areaSortExpression(areaId: String, number: String) -> String {
    """
    ifnull((SELECT CASE a.level
        WHEN 'group' THEN \(key("t")) || '.' || \(key("v")) || '.' || \(key("a"))
        WHEN 'village' THEN \(key("v2")) || '.' || \(key("a")) || '.'
        ELSE \(key("a")) || '..' END
      FROM area a
      LEFT JOIN area v ON v.id = a.parent_id
      LEFT JOIN area t ON t.id = v.parent_id
      LEFT JOIN area v2 ON v2.id = a.parent_id
      WHERE a.id = \(areaId)), '') || '/' || \(number)
    """
  }

  /// The village of an area: a group's parent, or the village itself.
  static func villageExpression(_ areaId: String) -> String {
    "(SELECT CASE a.level WHEN 'group' THEN a.parent_id WHEN 'village' THEN a.id END FROM area a WHERE a.id = \(areaId))"
  }

  static let memberCount = """
    (SELECT count(*) FROM member m WHERE m.household_id = %@ AND m.deleted_at IS NULL)
    """
  static let lastVisit = """
    ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
      WHERE vh.household_id = %@ AND v.deleted_at IS NULL), '')
    """
  static let openRequests = """
    (SELECT count(*) FROM help_request r WHERE r.household_id = %@
      AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL)
    """
  static let cadreNames = """
    ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
      JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = %@ AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
    """

  static func fill(_ template: String, _ id: String) -> String {
    template.replacingOccurrences(of: "%@", with: id)
  }

  private static func createTriggers(_ db: Database) throws {
    let members = { (id: String) in
      "UPDATE household SET member_count = \(fill(memberCount, id)) WHERE id = \(id);"
    }
    let visits = { (id: String) in
      "UPDATE household SET last_visit_on = \(fill(lastVisit, id)) WHERE id = \(id);"
    }
    let requests = { (id: String) in
      "UPDATE household SET open_requests = \(fill(openRequests, id)) WHERE id = \(id);"
    }
    let cadres = { (id: String) in
      "UPDATE household SET cadre_names = \(fill(cadreNames, id)) WHERE id = \(id);"
    }
    try db.execute(
      sql: """
        CREATE TRIGGER household_area_sort_insert AFTER INSERT ON household BEGIN
          UPDATE household SET area_sort = \(areaSortExpression(areaId: "NEW.area_id", number: "NEW.household_no")),
            village_id = \(villageExpression("NEW.area_id"))
          WHERE id = NEW.id;
        END;
        CREATE TRIGGER household_area_sort_update AFTER UPDATE OF area_id, household_no ON household BEGIN
          UPDATE household SET area_sort = \(areaSortExpression(areaId: "NEW.area_id", number: "NEW.household_no")),
            village_id = \(villageExpression("NEW.area_id"))
          WHERE id = NEW.id;
        END;
        CREATE TRIGGER area_order_update AFTER UPDATE OF position, name, parent_id ON area BEGIN
          UPDATE household SET area_sort = \(areaSortExpression(areaId: "household.area_id", number: "household.household_no"))
          WHERE area_id IN (SELECT id FROM area WHERE id = NEW.id OR parent_id = NEW.id
            OR parent_id IN (SELECT id FROM area WHERE parent_id = NEW.id));
        END;

        CREATE TRIGGER member_count_insert AFTER INSERT ON member BEGIN \(members("NEW.household_id")) END;
        CREATE TRIGGER member_count_update AFTER UPDATE OF household_id, deleted_at ON member BEGIN
          \(members("OLD.household_id")) \(members("NEW.household_id"))
        END;
        CREATE TRIGGER member_count_delete AFTER DELETE ON member BEGIN \(members("OLD.household_id")) END;

        CREATE TRIGGER last_visit_insert AFTER INSERT ON visit_household BEGIN \(visits("NEW.household_id")) END;
        CREATE TRIGGER last_visit_delete AFTER DELETE ON visit_household BEGIN \(visits("OLD.household_id")) END;
        CREATE TRIGGER last_visit_tombstone AFTER UPDATE OF deleted_at, visited_on ON visit BEGIN
          UPDATE household SET last_visit_on = \(fill(lastVisit, "household.id"))
          WHERE id IN (SELECT household_id FROM visit_household WHERE visit_id = NEW.id);
        END;

        CREATE TRIGGER open_requests_insert AFTER INSERT ON help_request WHEN NEW.household_id IS NOT NULL BEGIN
          \(requests("NEW.household_id"))
        END;
        CREATE TRIGGER open_requests_update AFTER UPDATE OF status, household_id, deleted_at ON help_request BEGIN
          \(requests("OLD.household_id")) \(requests("NEW.household_id"))
        END;

        CREATE TRIGGER cadre_names_insert AFTER INSERT ON contact_assignment WHEN NEW.household_id IS NOT NULL BEGIN
          \(cadres("NEW.household_id"))
        END;
        CREATE TRIGGER cadre_names_update AFTER UPDATE ON contact_assignment BEGIN
          \(cadres("OLD.household_id")) \(cadres("NEW.household_id"))
        END;
        CREATE TRIGGER cadre_names_rename AFTER UPDATE OF name ON cadre BEGIN
          UPDATE household SET cadre_names = \(fill(cadreNames, "household.id"))
          WHERE id IN (SELECT household_id FROM contact_assignment WHERE cadre_id = NEW.id AND household_id IS NOT NULL);
        END;
        """)
  }

  /// Fills the new columns for the rows a database already has.
  private static func backfill(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE area SET position = (SELECT count(*) FROM area b
          WHERE b.parent_id IS area.parent_id AND b.rowid < area.rowid);
        UPDATE household SET
          area_sort = \(areaSortExpression(areaId: "household.area_id", number: "household.household_no")),
          village_id = \(villageExpression("household.area_id")),
          member_count = \(fill(memberCount, "household.id")),
          last_visit_on = \(fill(lastVisit, "household.id")),
          open_requests = \(fill(openRequests, "household.id")),
          cadre_names = \(fill(cadreNames, "household.id"));
        """)
  }
}
