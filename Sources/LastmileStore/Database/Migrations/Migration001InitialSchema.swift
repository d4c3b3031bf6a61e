/// Migration 001, frozen.
///
/// The first schema: areas, cadres, households, members, contacts, visits, help requests, and
/// the append-only audit log.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration001InitialSchema: FrozenMigration {
  static let identifier = "001 initial schema"

  static let sql = """
    CREATE TABLE setting (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE area (
      id TEXT PRIMARY KEY NOT NULL,
      parent_id TEXT REFERENCES area(id),
      level TEXT NOT NULL CHECK (level IN ('township', 'village', 'group')),
      name TEXT NOT NULL,
      code TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
    );

    CREATE INDEX area_parent ON area(parent_id);

    CREATE TABLE cadre (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
    );

    CREATE INDEX cadre_name ON cadre(name);

    CREATE TABLE household (
      id TEXT PRIMARY KEY NOT NULL,
      household_no TEXT NOT NULL,
      head_name TEXT NOT NULL,
      area_id TEXT REFERENCES area(id),
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      categories TEXT NOT NULL DEFAULT '',
      poverty_cause TEXT,
      card_issued_on TEXT,
      help_measures TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
    );

    CREATE UNIQUE INDEX household_number ON household(household_no) WHERE deleted_at IS NULL;

    CREATE INDEX household_area ON household(area_id, household_no);

    CREATE TABLE member (
      id TEXT PRIMARY KEY NOT NULL,
      household_id TEXT NOT NULL REFERENCES household(id),
      name TEXT NOT NULL,
      relation TEXT NOT NULL,
      sex TEXT,
      birth_date TEXT,
      id_number TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      health TEXT NOT NULL DEFAULT '',
      disability TEXT NOT NULL DEFAULT '',
      schooling TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
    );

    CREATE INDEX member_household ON member(household_id);

    CREATE INDEX member_id_number ON member(id_number) WHERE id_number <> '';

    CREATE TABLE contact_assignment (
      id TEXT PRIMARY KEY NOT NULL,
      cadre_id TEXT NOT NULL REFERENCES cadre(id),
      household_id TEXT REFERENCES household(id),
      area_id TEXT REFERENCES area(id),
      starts_on TEXT NOT NULL,
      ends_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT,
      CHECK ((household_id IS NULL) <> (area_id IS NULL))
    );

    CREATE INDEX contact_assignment_household ON contact_assignment(household_id)
      WHERE household_id IS NOT NULL;

    CREATE INDEX contact_assignment_area ON contact_assignment(area_id) WHERE area_id IS NOT NULL;

    CREATE INDEX contact_assignment_cadre ON contact_assignment(cadre_id);

    CREATE TABLE visit (
      id TEXT PRIMARY KEY NOT NULL,
      visited_on TEXT NOT NULL,
      kind TEXT NOT NULL,
      area_id TEXT REFERENCES area(id),
      hours REAL,
      cadre_ids TEXT NOT NULL DEFAULT '',
      household_ids TEXT NOT NULL DEFAULT '',
      content TEXT NOT NULL DEFAULT '',
      problems TEXT NOT NULL DEFAULT '',
      follow_up_on TEXT,
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
    );

    CREATE INDEX visit_date ON visit(visited_on);

    -- The visit row lists its cadres and households (cadre_ids, household_ids); these two
    -- tables index those lists, are rewritten with the visit, and carry its date so that
    -- "last visit" needs no join.
    CREATE TABLE visit_cadre (
      visit_id TEXT NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
      cadre_id TEXT NOT NULL REFERENCES cadre(id),
      position INTEGER NOT NULL,
      visited_on TEXT NOT NULL,
      PRIMARY KEY (visit_id, cadre_id)
    ) WITHOUT ROWID;

    CREATE INDEX visit_cadre_by_cadre ON visit_cadre(cadre_id, visited_on);

    CREATE TABLE visit_household (
      visit_id TEXT NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
      household_id TEXT NOT NULL REFERENCES household(id),
      visited_on TEXT NOT NULL,
      PRIMARY KEY (visit_id, household_id)
    ) WITHOUT ROWID;

    CREATE INDEX visit_household_by_household ON visit_household(household_id, visited_on);

    CREATE TABLE help_request (
      id TEXT PRIMARY KEY NOT NULL,
      received_at TEXT NOT NULL,
      channel TEXT NOT NULL,
      requester_name TEXT NOT NULL,
      requester_phone TEXT NOT NULL DEFAULT '',
      requester_place TEXT NOT NULL DEFAULT '',
      household_id TEXT REFERENCES household(id),
      member_id TEXT REFERENCES member(id),
      area_id TEXT REFERENCES area(id),
      category TEXT NOT NULL,
      content TEXT NOT NULL,
      urgency TEXT NOT NULL DEFAULT 'normal',
      decision TEXT,
      decision_note TEXT NOT NULL DEFAULT '',
      assignee TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      reply TEXT NOT NULL DEFAULT '',
      replied_at TEXT,
      satisfaction TEXT,
      closed_at TEXT,
      due_on TEXT,
      visit_id TEXT REFERENCES visit(id),
      merged_into_id TEXT REFERENCES help_request(id),
      created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT
    );

    CREATE INDEX help_request_due ON help_request(status, due_on);

    CREATE INDEX help_request_received ON help_request(received_at);

    CREATE INDEX help_request_household ON help_request(household_id) WHERE household_id IS NOT NULL;

    -- Append-only: every change, by whom, when, and the fields before and after.
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      device_id TEXT NOT NULL,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      action TEXT NOT NULL,
      before TEXT,
      after TEXT,
      note TEXT NOT NULL DEFAULT ''
    );

    CREATE INDEX audit_log_row ON audit_log(table_name, row_id, seq);

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """
}
