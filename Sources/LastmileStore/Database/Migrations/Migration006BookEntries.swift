/// Migration 006, frozen.
///
/// The record book as a record: each walk-in's line is written when it is logged at the desk
/// and never rewritten by the request's later handling; a line logged after the day's book was
/// handed over is a late entry (补录), with who and when. And the contact cadres' names in
/// pinyin order, for the roster's sort by cadre.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration006BookEntries: FrozenMigration {
  static let identifier = "006 book entries and cadre order"

  static let sql = """
    CREATE TABLE reception_entry (
      id TEXT PRIMARY KEY NOT NULL,
      request_id TEXT NOT NULL REFERENCES help_request(id),
      day TEXT NOT NULL,
      received_at TEXT NOT NULL,
      requester_name TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      content TEXT NOT NULL,
      decision TEXT,
      decision_note TEXT NOT NULL DEFAULT '',
      assignee TEXT NOT NULL DEFAULT '',
      due_on TEXT,
      status TEXT NOT NULL,
      late INTEGER NOT NULL DEFAULT 0,
      recorded_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      deleted_at TEXT
    );

    CREATE INDEX reception_entry_day ON reception_entry(day, late, received_at) WHERE deleted_at IS NULL;

    CREATE UNIQUE INDEX reception_entry_request ON reception_entry(request_id) WHERE deleted_at IS NULL;

    INSERT INTO reception_entry (id, request_id, day, received_at, requester_name, address, phone,
        content, decision, decision_note, assignee, due_on, status, late, recorded_by, created_at,
        updated_at, device_id)
      SELECT r.id, r.id, substr(r.received_at, 1, 10), r.received_at, r.requester_name,
        coalesce(nullif(h.address, ''), nullif(r.requester_place, ''), a.name, ''),
        r.requester_phone, r.content, r.decision, r.decision_note, r.assignee,
        CASE WHEN r.decision = 'solved_on_spot' THEN NULL ELSE r.due_on END, r.status, 0,
        ifnull((SELECT operator FROM audit_log l WHERE l.table_name = 'help_request' AND l.row_id = r.id
          ORDER BY l.seq LIMIT 1), ''),
        r.created_at, r.created_at, r.device_id
      FROM help_request r
      LEFT JOIN household h ON h.id = r.household_id
      LEFT JOIN area a ON a.id = r.area_id
      WHERE r.channel = 'walk_in' AND r.deleted_at IS NULL;

    ALTER TABLE cadre ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';

    ALTER TABLE household ADD COLUMN cadre_sort TEXT NOT NULL DEFAULT '';

    CREATE INDEX household_roster_cadre_sort ON household(cadre_sort, id) WHERE deleted_at IS NULL;

    CREATE TRIGGER cadre_sort_names AFTER UPDATE OF cadre_names ON household
    WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
      UPDATE household SET cadre_sort = ifnull((SELECT group_concat(name_pinyin, ' ') FROM (
          SELECT c.name_pinyin FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
          WHERE ca.household_id = NEW.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
          ORDER BY ca.starts_on, c.name)), '')
      WHERE id = NEW.id;
    END;

    CREATE TRIGGER cadre_sort_pinyin AFTER UPDATE OF name_pinyin ON cadre BEGIN
      UPDATE household SET cadre_sort = ifnull((SELECT group_concat(name_pinyin, ' ') FROM (
          SELECT c.name_pinyin FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
          WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
          ORDER BY ca.starts_on, c.name)), '')
      WHERE id IN (SELECT household_id FROM contact_assignment WHERE cadre_id = NEW.id
        AND household_id IS NOT NULL);
    END;
    """
}
