/// Migration 018, frozen.
///
/// Sync's operation log. Every change to the office's records appends, in its own transaction,
/// one operation per field changed (a new row: one operation holding all its fields; a row
/// removed: a delete) to `sync_op`, numbered by this device and stamped with the hybrid logical
/// clock the store sets at the start of each write (`sync_clock`). A field whose value does not
/// change makes no operation. The derived columns (a household's contact names, counts, search
/// pinyin) are not carried: they are worked out again where the rows land. Capture stands aside
/// while a bundle is applied and during bulk loads (`sync_clock.capturing`); rows written
/// without it get their operations from the rows before the next bundle (`baseline_pending`).
/// Audit entries are carried whole, each named by its device and that device's number
/// (`audit_log.origin_seq` keeps the number of an entry another laptop wrote).
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration018SyncLog: FrozenMigration {
  static let identifier = "018 sync log"

  static let sql = """
    ALTER TABLE audit_log ADD COLUMN origin_seq INTEGER;

    CREATE UNIQUE INDEX audit_log_origin ON audit_log(device_id, origin_seq)
      WHERE origin_seq IS NOT NULL;

    CREATE TABLE sync_clock (
      only INTEGER PRIMARY KEY NOT NULL CHECK (only = 1),
      device_id TEXT NOT NULL DEFAULT '',
      hlc TEXT NOT NULL DEFAULT '',
      capturing INTEGER NOT NULL DEFAULT 1,
      baseline_pending INTEGER NOT NULL DEFAULT 1
    );

    INSERT INTO sync_clock (only, device_id)
      VALUES (1, ifnull((SELECT value FROM setting WHERE key = 'device_id'), ''));

    CREATE TABLE sync_op (
      id TEXT PRIMARY KEY NOT NULL,
      device_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      version TEXT NOT NULL,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('row', 'set', 'delete')),
      field TEXT NOT NULL,
      value,
      prior TEXT,
      received_at TEXT
    );

    CREATE UNIQUE INDEX sync_op_sequence ON sync_op(device_id, seq);

    CREATE INDEX sync_op_field ON sync_op(table_name, row_id, field, version);

    CREATE TABLE sync_peer (
      label TEXT PRIMARY KEY NOT NULL,
      device_id TEXT,
      known TEXT NOT NULL DEFAULT '{}',
      received_at TEXT,
      received_ops INTEGER NOT NULL DEFAULT 0,
      sent_at TEXT,
      sent_seq INTEGER NOT NULL DEFAULT 0,
      sent_ops INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE sync_conflict (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('value', 'revived')),
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      field TEXT NOT NULL,
      op_id TEXT NOT NULL,
      value,
      winner_id TEXT NOT NULL,
      UNIQUE (table_name, row_id, field, op_id)
    );

    CREATE VIEW sync_capture AS
      SELECT table_name, row_id, kind, field, value FROM sync_op WHERE 0;

    CREATE TRIGGER sync_capture_write INSTEAD OF INSERT ON sync_capture BEGIN
      INSERT INTO sync_op (id, device_id, seq, version, table_name, row_id, kind, field, value, prior)
      SELECT c.device_id || ':' || n.seq, c.device_id, n.seq, c.hlc || '/' || printf('%012d', n.seq),
        NEW.table_name, NEW.row_id, NEW.kind, NEW.field, NEW.value,
        CASE NEW.kind
          WHEN 'set' THEN (SELECT o.id FROM sync_op o WHERE o.table_name = NEW.table_name
            AND o.row_id = NEW.row_id AND o.field IN (NEW.field, '*') ORDER BY o.version DESC LIMIT 1)
          WHEN 'delete' THEN (SELECT o.id FROM sync_op o WHERE o.table_name = NEW.table_name
            AND o.row_id = NEW.row_id ORDER BY o.version DESC LIMIT 1)
        END
      FROM sync_clock c,
        (SELECT ifnull(max(seq), 0) + 1 AS seq FROM sync_op
          WHERE device_id = (SELECT device_id FROM sync_clock)) n;
    END;

    CREATE TRIGGER sync_setting_insert AFTER INSERT ON setting
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND NEW.key IN ('office.name', 'transfer.targets', 'reception.schedule', 'duty.leaders', 'close.approval', 'reply.written', 'request.categories', 'phrases') BEGIN
      INSERT INTO sync_capture VALUES ('setting', NEW.key, 'row', '*',
        json_object('key', NEW.key, 'value', NEW.value, 'updated_at', NEW.updated_at));
    END;

    CREATE TRIGGER sync_setting_update AFTER UPDATE OF value ON setting
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND NEW.key IN ('office.name', 'transfer.targets', 'reception.schedule', 'duty.leaders', 'close.approval', 'reply.written', 'request.categories', 'phrases')
      AND (OLD.value IS NOT NEW.value) BEGIN
      INSERT INTO sync_capture SELECT 'setting', NEW.key, 'set', 'value', NEW.value WHERE OLD.value IS NOT NEW.value;
      INSERT INTO sync_capture SELECT 'setting', NEW.key, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
    END;

    CREATE TRIGGER sync_setting_delete AFTER DELETE ON setting
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND OLD.key IN ('office.name', 'transfer.targets', 'reception.schedule', 'duty.leaders', 'close.approval', 'reply.written', 'request.categories', 'phrases') BEGIN
      INSERT INTO sync_capture VALUES ('setting', OLD.key, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_area_insert AFTER INSERT ON area
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('area', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'parent_id', NEW.parent_id, 'level', NEW.level, 'name', NEW.name, 'code', NEW.code, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'position', NEW.position));
    END;

    CREATE TRIGGER sync_area_update AFTER UPDATE OF parent_id, level, name, code, created_at, deleted_at, position ON area
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.parent_id IS NOT NEW.parent_id OR OLD.level IS NOT NEW.level OR OLD.name IS NOT NEW.name OR OLD.code IS NOT NEW.code OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.position IS NOT NEW.position) BEGIN
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'parent_id', NEW.parent_id WHERE OLD.parent_id IS NOT NEW.parent_id;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'level', NEW.level WHERE OLD.level IS NOT NEW.level;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'name', NEW.name WHERE OLD.name IS NOT NEW.name;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'code', NEW.code WHERE OLD.code IS NOT NEW.code;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
      INSERT INTO sync_capture SELECT 'area', NEW.id, 'set', 'position', NEW.position WHERE OLD.position IS NOT NEW.position;
    END;

    CREATE TRIGGER sync_area_delete AFTER DELETE ON area
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('area', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_cadre_insert AFTER INSERT ON cadre
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('cadre', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'name', NEW.name, 'role', NEW.role, 'unit', NEW.unit, 'phone', NEW.phone, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'role_since', NEW.role_since));
    END;

    CREATE TRIGGER sync_cadre_update AFTER UPDATE OF name, role, unit, phone, notes, created_at, deleted_at, role_since ON cadre
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.name IS NOT NEW.name OR OLD.role IS NOT NEW.role OR OLD.unit IS NOT NEW.unit OR OLD.phone IS NOT NEW.phone OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.role_since IS NOT NEW.role_since) BEGIN
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'name', NEW.name WHERE OLD.name IS NOT NEW.name;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'role', NEW.role WHERE OLD.role IS NOT NEW.role;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'unit', NEW.unit WHERE OLD.unit IS NOT NEW.unit;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'phone', NEW.phone WHERE OLD.phone IS NOT NEW.phone;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'notes', NEW.notes WHERE OLD.notes IS NOT NEW.notes;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
      INSERT INTO sync_capture SELECT 'cadre', NEW.id, 'set', 'role_since', NEW.role_since WHERE OLD.role_since IS NOT NEW.role_since;
    END;

    CREATE TRIGGER sync_cadre_delete AFTER DELETE ON cadre
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('cadre', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_cadre_past_role_insert AFTER INSERT ON cadre_past_role
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('cadre_past_role', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'cadre_id', NEW.cadre_id, 'role', NEW.role, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
    END;

    CREATE TRIGGER sync_cadre_past_role_update AFTER UPDATE OF cadre_id, role, starts_on, ends_on, created_at, deleted_at ON cadre_past_role
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.cadre_id IS NOT NEW.cadre_id OR OLD.role IS NOT NEW.role OR OLD.starts_on IS NOT NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'cadre_id', NEW.cadre_id WHERE OLD.cadre_id IS NOT NEW.cadre_id;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'role', NEW.role WHERE OLD.role IS NOT NEW.role;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'starts_on', NEW.starts_on WHERE OLD.starts_on IS NOT NEW.starts_on;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'ends_on', NEW.ends_on WHERE OLD.ends_on IS NOT NEW.ends_on;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'cadre_past_role', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
    END;

    CREATE TRIGGER sync_cadre_past_role_delete AFTER DELETE ON cadre_past_role
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('cadre_past_role', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_contact_assignment_insert AFTER INSERT ON contact_assignment
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('contact_assignment', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'cadre_id', NEW.cadre_id, 'household_id', NEW.household_id, 'area_id', NEW.area_id, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'note', NEW.note, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
    END;

    CREATE TRIGGER sync_contact_assignment_update AFTER UPDATE OF cadre_id, household_id, area_id, starts_on, ends_on, note, created_at, deleted_at ON contact_assignment
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.cadre_id IS NOT NEW.cadre_id OR OLD.household_id IS NOT NEW.household_id OR OLD.area_id IS NOT NEW.area_id OR OLD.starts_on IS NOT NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR OLD.note IS NOT NEW.note OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'cadre_id', NEW.cadre_id WHERE OLD.cadre_id IS NOT NEW.cadre_id;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'household_id', NEW.household_id WHERE OLD.household_id IS NOT NEW.household_id;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'area_id', NEW.area_id WHERE OLD.area_id IS NOT NEW.area_id;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'starts_on', NEW.starts_on WHERE OLD.starts_on IS NOT NEW.starts_on;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'ends_on', NEW.ends_on WHERE OLD.ends_on IS NOT NEW.ends_on;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'note', NEW.note WHERE OLD.note IS NOT NEW.note;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'contact_assignment', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
    END;

    CREATE TRIGGER sync_contact_assignment_delete AFTER DELETE ON contact_assignment
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('contact_assignment', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_household_insert AFTER INSERT ON household
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('household', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'household_no', NEW.household_no, 'head_name', NEW.head_name, 'area_id', NEW.area_id, 'address', NEW.address, 'phone', NEW.phone, 'categories', NEW.categories, 'poverty_cause', NEW.poverty_cause, 'card_issued_on', NEW.card_issued_on, 'help_measures', NEW.help_measures, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
    END;

    CREATE TRIGGER sync_household_update AFTER UPDATE OF household_no, head_name, area_id, address, phone, categories, poverty_cause, card_issued_on, help_measures, notes, created_at, deleted_at ON household
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.household_no IS NOT NEW.household_no OR OLD.head_name IS NOT NEW.head_name OR OLD.area_id IS NOT NEW.area_id OR OLD.address IS NOT NEW.address OR OLD.phone IS NOT NEW.phone OR OLD.categories IS NOT NEW.categories OR OLD.poverty_cause IS NOT NEW.poverty_cause OR OLD.card_issued_on IS NOT NEW.card_issued_on OR OLD.help_measures IS NOT NEW.help_measures OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'household_no', NEW.household_no WHERE OLD.household_no IS NOT NEW.household_no;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'head_name', NEW.head_name WHERE OLD.head_name IS NOT NEW.head_name;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'area_id', NEW.area_id WHERE OLD.area_id IS NOT NEW.area_id;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'address', NEW.address WHERE OLD.address IS NOT NEW.address;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'phone', NEW.phone WHERE OLD.phone IS NOT NEW.phone;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'categories', NEW.categories WHERE OLD.categories IS NOT NEW.categories;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'poverty_cause', NEW.poverty_cause WHERE OLD.poverty_cause IS NOT NEW.poverty_cause;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'card_issued_on', NEW.card_issued_on WHERE OLD.card_issued_on IS NOT NEW.card_issued_on;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'help_measures', NEW.help_measures WHERE OLD.help_measures IS NOT NEW.help_measures;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'notes', NEW.notes WHERE OLD.notes IS NOT NEW.notes;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'household', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
    END;

    CREATE TRIGGER sync_household_delete AFTER DELETE ON household
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('household', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_member_insert AFTER INSERT ON member
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('member', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'name', NEW.name, 'relation', NEW.relation, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'phone', NEW.phone, 'health', NEW.health, 'disability', NEW.disability, 'schooling', NEW.schooling, 'tags', NEW.tags, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
    END;

    CREATE TRIGGER sync_member_update AFTER UPDATE OF household_id, name, relation, sex, birth_date, id_number, phone, health, disability, schooling, tags, notes, created_at, deleted_at ON member
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.household_id IS NOT NEW.household_id OR OLD.name IS NOT NEW.name OR OLD.relation IS NOT NEW.relation OR OLD.sex IS NOT NEW.sex OR OLD.birth_date IS NOT NEW.birth_date OR OLD.id_number IS NOT NEW.id_number OR OLD.phone IS NOT NEW.phone OR OLD.health IS NOT NEW.health OR OLD.disability IS NOT NEW.disability OR OLD.schooling IS NOT NEW.schooling OR OLD.tags IS NOT NEW.tags OR OLD.notes IS NOT NEW.notes OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'household_id', NEW.household_id WHERE OLD.household_id IS NOT NEW.household_id;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'name', NEW.name WHERE OLD.name IS NOT NEW.name;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'relation', NEW.relation WHERE OLD.relation IS NOT NEW.relation;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'sex', NEW.sex WHERE OLD.sex IS NOT NEW.sex;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'birth_date', NEW.birth_date WHERE OLD.birth_date IS NOT NEW.birth_date;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'id_number', NEW.id_number WHERE OLD.id_number IS NOT NEW.id_number;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'phone', NEW.phone WHERE OLD.phone IS NOT NEW.phone;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'health', NEW.health WHERE OLD.health IS NOT NEW.health;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'disability', NEW.disability WHERE OLD.disability IS NOT NEW.disability;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'schooling', NEW.schooling WHERE OLD.schooling IS NOT NEW.schooling;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'tags', NEW.tags WHERE OLD.tags IS NOT NEW.tags;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'notes', NEW.notes WHERE OLD.notes IS NOT NEW.notes;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'member', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
    END;

    CREATE TRIGGER sync_member_delete AFTER DELETE ON member
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('member', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_visit_insert AFTER INSERT ON visit
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('visit', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'visited_on', NEW.visited_on, 'kind', NEW.kind, 'area_id', NEW.area_id, 'hours', NEW.hours, 'cadre_ids', NEW.cadre_ids, 'household_ids', NEW.household_ids, 'content', NEW.content, 'problems', NEW.problems, 'follow_up_on', NEW.follow_up_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'overnight', NEW.overnight, 'follow_up_done_on', NEW.follow_up_done_on));
    END;

    CREATE TRIGGER sync_visit_update AFTER UPDATE OF visited_on, kind, area_id, hours, cadre_ids, household_ids, content, problems, follow_up_on, created_at, deleted_at, overnight, follow_up_done_on ON visit
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.visited_on IS NOT NEW.visited_on OR OLD.kind IS NOT NEW.kind OR OLD.area_id IS NOT NEW.area_id OR OLD.hours IS NOT NEW.hours OR OLD.cadre_ids IS NOT NEW.cadre_ids OR OLD.household_ids IS NOT NEW.household_ids OR OLD.content IS NOT NEW.content OR OLD.problems IS NOT NEW.problems OR OLD.follow_up_on IS NOT NEW.follow_up_on OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.overnight IS NOT NEW.overnight OR OLD.follow_up_done_on IS NOT NEW.follow_up_done_on) BEGIN
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'visited_on', NEW.visited_on WHERE OLD.visited_on IS NOT NEW.visited_on;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'area_id', NEW.area_id WHERE OLD.area_id IS NOT NEW.area_id;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'hours', NEW.hours WHERE OLD.hours IS NOT NEW.hours;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'cadre_ids', NEW.cadre_ids WHERE OLD.cadre_ids IS NOT NEW.cadre_ids;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'household_ids', NEW.household_ids WHERE OLD.household_ids IS NOT NEW.household_ids;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'content', NEW.content WHERE OLD.content IS NOT NEW.content;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'problems', NEW.problems WHERE OLD.problems IS NOT NEW.problems;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'follow_up_on', NEW.follow_up_on WHERE OLD.follow_up_on IS NOT NEW.follow_up_on;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'overnight', NEW.overnight WHERE OLD.overnight IS NOT NEW.overnight;
      INSERT INTO sync_capture SELECT 'visit', NEW.id, 'set', 'follow_up_done_on', NEW.follow_up_done_on WHERE OLD.follow_up_done_on IS NOT NEW.follow_up_done_on;
    END;

    CREATE TRIGGER sync_visit_delete AFTER DELETE ON visit
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('visit', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_help_request_insert AFTER INSERT ON help_request
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('help_request', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'received_at', NEW.received_at, 'channel', NEW.channel, 'requester_name', NEW.requester_name, 'requester_phone', NEW.requester_phone, 'requester_place', NEW.requester_place, 'household_id', NEW.household_id, 'member_id', NEW.member_id, 'area_id', NEW.area_id, 'category', NEW.category, 'content', NEW.content, 'urgency', NEW.urgency, 'decision', NEW.decision, 'decision_note', NEW.decision_note, 'assignee', NEW.assignee, 'status', NEW.status, 'reply', NEW.reply, 'replied_at', NEW.replied_at, 'satisfaction', NEW.satisfaction, 'closed_at', NEW.closed_at, 'due_on', NEW.due_on, 'visit_id', NEW.visit_id, 'merged_into_id', NEW.merged_into_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'extensions', NEW.extensions, 'number', NEW.number, 'returned_at', NEW.returned_at, 'meeting', NEW.meeting, 'reply_kind', NEW.reply_kind, 'close_requested_by', NEW.close_requested_by, 'close_requested_at', NEW.close_requested_at, 'close_satisfaction', NEW.close_satisfaction, 'close_note', NEW.close_note));
    END;

    CREATE TRIGGER sync_help_request_update AFTER UPDATE OF received_at, channel, requester_name, requester_phone, requester_place, household_id, member_id, area_id, category, content, urgency, decision, decision_note, assignee, status, reply, replied_at, satisfaction, closed_at, due_on, visit_id, merged_into_id, created_at, deleted_at, extensions, number, returned_at, meeting, reply_kind, close_requested_by, close_requested_at, close_satisfaction, close_note ON help_request
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.received_at IS NOT NEW.received_at OR OLD.channel IS NOT NEW.channel OR OLD.requester_name IS NOT NEW.requester_name OR OLD.requester_phone IS NOT NEW.requester_phone OR OLD.requester_place IS NOT NEW.requester_place OR OLD.household_id IS NOT NEW.household_id OR OLD.member_id IS NOT NEW.member_id OR OLD.area_id IS NOT NEW.area_id OR OLD.category IS NOT NEW.category OR OLD.content IS NOT NEW.content OR OLD.urgency IS NOT NEW.urgency OR OLD.decision IS NOT NEW.decision OR OLD.decision_note IS NOT NEW.decision_note OR OLD.assignee IS NOT NEW.assignee OR OLD.status IS NOT NEW.status OR OLD.reply IS NOT NEW.reply OR OLD.replied_at IS NOT NEW.replied_at OR OLD.satisfaction IS NOT NEW.satisfaction OR OLD.closed_at IS NOT NEW.closed_at OR OLD.due_on IS NOT NEW.due_on OR OLD.visit_id IS NOT NEW.visit_id OR OLD.merged_into_id IS NOT NEW.merged_into_id OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.extensions IS NOT NEW.extensions OR OLD.number IS NOT NEW.number OR OLD.returned_at IS NOT NEW.returned_at OR OLD.meeting IS NOT NEW.meeting OR OLD.reply_kind IS NOT NEW.reply_kind OR OLD.close_requested_by IS NOT NEW.close_requested_by OR OLD.close_requested_at IS NOT NEW.close_requested_at OR OLD.close_satisfaction IS NOT NEW.close_satisfaction OR OLD.close_note IS NOT NEW.close_note) BEGIN
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'received_at', NEW.received_at WHERE OLD.received_at IS NOT NEW.received_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'channel', NEW.channel WHERE OLD.channel IS NOT NEW.channel;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'requester_name', NEW.requester_name WHERE OLD.requester_name IS NOT NEW.requester_name;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'requester_phone', NEW.requester_phone WHERE OLD.requester_phone IS NOT NEW.requester_phone;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'requester_place', NEW.requester_place WHERE OLD.requester_place IS NOT NEW.requester_place;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'household_id', NEW.household_id WHERE OLD.household_id IS NOT NEW.household_id;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'member_id', NEW.member_id WHERE OLD.member_id IS NOT NEW.member_id;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'area_id', NEW.area_id WHERE OLD.area_id IS NOT NEW.area_id;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'category', NEW.category WHERE OLD.category IS NOT NEW.category;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'content', NEW.content WHERE OLD.content IS NOT NEW.content;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'urgency', NEW.urgency WHERE OLD.urgency IS NOT NEW.urgency;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'decision', NEW.decision WHERE OLD.decision IS NOT NEW.decision;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'decision_note', NEW.decision_note WHERE OLD.decision_note IS NOT NEW.decision_note;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'assignee', NEW.assignee WHERE OLD.assignee IS NOT NEW.assignee;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'status', NEW.status WHERE OLD.status IS NOT NEW.status;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'reply', NEW.reply WHERE OLD.reply IS NOT NEW.reply;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'replied_at', NEW.replied_at WHERE OLD.replied_at IS NOT NEW.replied_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'satisfaction', NEW.satisfaction WHERE OLD.satisfaction IS NOT NEW.satisfaction;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'closed_at', NEW.closed_at WHERE OLD.closed_at IS NOT NEW.closed_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'due_on', NEW.due_on WHERE OLD.due_on IS NOT NEW.due_on;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'visit_id', NEW.visit_id WHERE OLD.visit_id IS NOT NEW.visit_id;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'merged_into_id', NEW.merged_into_id WHERE OLD.merged_into_id IS NOT NEW.merged_into_id;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'extensions', NEW.extensions WHERE OLD.extensions IS NOT NEW.extensions;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'number', NEW.number WHERE OLD.number IS NOT NEW.number;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'returned_at', NEW.returned_at WHERE OLD.returned_at IS NOT NEW.returned_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'meeting', NEW.meeting WHERE OLD.meeting IS NOT NEW.meeting;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'reply_kind', NEW.reply_kind WHERE OLD.reply_kind IS NOT NEW.reply_kind;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'close_requested_by', NEW.close_requested_by WHERE OLD.close_requested_by IS NOT NEW.close_requested_by;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'close_requested_at', NEW.close_requested_at WHERE OLD.close_requested_at IS NOT NEW.close_requested_at;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'close_satisfaction', NEW.close_satisfaction WHERE OLD.close_satisfaction IS NOT NEW.close_satisfaction;
      INSERT INTO sync_capture SELECT 'help_request', NEW.id, 'set', 'close_note', NEW.close_note WHERE OLD.close_note IS NOT NEW.close_note;
    END;

    CREATE TRIGGER sync_help_request_delete AFTER DELETE ON help_request
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('help_request', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_reception_day_insert AFTER INSERT ON reception_day
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('reception_day', NEW.day, 'row', '*',
        json_object('day', NEW.day, 'kind', NEW.kind, 'opened_by', NEW.opened_by, 'created_at', NEW.created_at, 'device_id', NEW.device_id));
    END;

    CREATE TRIGGER sync_reception_day_update AFTER UPDATE OF kind, opened_by, created_at ON reception_day
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.kind IS NOT NEW.kind OR OLD.opened_by IS NOT NEW.opened_by OR OLD.created_at IS NOT NEW.created_at) BEGIN
      INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind;
      INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'opened_by', NEW.opened_by WHERE OLD.opened_by IS NOT NEW.opened_by;
      INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
    END;

    CREATE TRIGGER sync_reception_day_delete AFTER DELETE ON reception_day
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('reception_day', OLD.day, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_reception_entry_insert AFTER INSERT ON reception_entry
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('reception_entry', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'request_id', NEW.request_id, 'day', NEW.day, 'received_at', NEW.received_at, 'requester_name', NEW.requester_name, 'address', NEW.address, 'phone', NEW.phone, 'content', NEW.content, 'decision', NEW.decision, 'decision_note', NEW.decision_note, 'assignee', NEW.assignee, 'due_on', NEW.due_on, 'status', NEW.status, 'late', NEW.late, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
    END;

    CREATE TRIGGER sync_reception_entry_update AFTER UPDATE OF request_id, day, received_at, requester_name, address, phone, content, decision, decision_note, assignee, due_on, status, late, recorded_by, created_at, deleted_at ON reception_entry
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.request_id IS NOT NEW.request_id OR OLD.day IS NOT NEW.day OR OLD.received_at IS NOT NEW.received_at OR OLD.requester_name IS NOT NEW.requester_name OR OLD.address IS NOT NEW.address OR OLD.phone IS NOT NEW.phone OR OLD.content IS NOT NEW.content OR OLD.decision IS NOT NEW.decision OR OLD.decision_note IS NOT NEW.decision_note OR OLD.assignee IS NOT NEW.assignee OR OLD.due_on IS NOT NEW.due_on OR OLD.status IS NOT NEW.status OR OLD.late IS NOT NEW.late OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'request_id', NEW.request_id WHERE OLD.request_id IS NOT NEW.request_id;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'day', NEW.day WHERE OLD.day IS NOT NEW.day;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'received_at', NEW.received_at WHERE OLD.received_at IS NOT NEW.received_at;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'requester_name', NEW.requester_name WHERE OLD.requester_name IS NOT NEW.requester_name;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'address', NEW.address WHERE OLD.address IS NOT NEW.address;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'phone', NEW.phone WHERE OLD.phone IS NOT NEW.phone;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'content', NEW.content WHERE OLD.content IS NOT NEW.content;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'decision', NEW.decision WHERE OLD.decision IS NOT NEW.decision;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'decision_note', NEW.decision_note WHERE OLD.decision_note IS NOT NEW.decision_note;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'assignee', NEW.assignee WHERE OLD.assignee IS NOT NEW.assignee;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'due_on', NEW.due_on WHERE OLD.due_on IS NOT NEW.due_on;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'status', NEW.status WHERE OLD.status IS NOT NEW.status;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'late', NEW.late WHERE OLD.late IS NOT NEW.late;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'recorded_by', NEW.recorded_by WHERE OLD.recorded_by IS NOT NEW.recorded_by;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'reception_entry', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
    END;

    CREATE TRIGGER sync_reception_entry_delete AFTER DELETE ON reception_entry
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('reception_entry', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_reception_handover_insert AFTER INSERT ON reception_handover
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('reception_handover', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'day', NEW.day, 'handed_over_at', NEW.handed_over_at, 'handed_over_by', NEW.handed_over_by, 'received_by', NEW.received_by, 'note', NEW.note, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'duty_leader', NEW.duty_leader));
    END;

    CREATE TRIGGER sync_reception_handover_update AFTER UPDATE OF day, handed_over_at, handed_over_by, received_by, note, created_at, deleted_at, duty_leader ON reception_handover
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.day IS NOT NEW.day OR OLD.handed_over_at IS NOT NEW.handed_over_at OR OLD.handed_over_by IS NOT NEW.handed_over_by OR OLD.received_by IS NOT NEW.received_by OR OLD.note IS NOT NEW.note OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.duty_leader IS NOT NEW.duty_leader) BEGIN
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'day', NEW.day WHERE OLD.day IS NOT NEW.day;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'handed_over_at', NEW.handed_over_at WHERE OLD.handed_over_at IS NOT NEW.handed_over_at;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'handed_over_by', NEW.handed_over_by WHERE OLD.handed_over_by IS NOT NEW.handed_over_by;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'received_by', NEW.received_by WHERE OLD.received_by IS NOT NEW.received_by;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'note', NEW.note WHERE OLD.note IS NOT NEW.note;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
      INSERT INTO sync_capture SELECT 'reception_handover', NEW.id, 'set', 'duty_leader', NEW.duty_leader WHERE OLD.duty_leader IS NOT NEW.duty_leader;
    END;

    CREATE TRIGGER sync_reception_handover_delete AFTER DELETE ON reception_handover
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('reception_handover', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_duty_day_insert AFTER INSERT ON duty_day
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('duty_day', NEW.day, 'row', '*',
        json_object('day', NEW.day, 'leader', NEW.leader, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id));
    END;

    CREATE TRIGGER sync_duty_day_update AFTER UPDATE OF leader, created_at ON duty_day
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.leader IS NOT NEW.leader OR OLD.created_at IS NOT NEW.created_at) BEGIN
      INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'leader', NEW.leader WHERE OLD.leader IS NOT NEW.leader;
      INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
    END;

    CREATE TRIGGER sync_duty_day_delete AFTER DELETE ON duty_day
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('duty_day', OLD.day, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_transfer_slip_insert AFTER INSERT ON transfer_slip
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('transfer_slip', NEW.id, 'row', '*',
        json_object('id', NEW.id, 'request_id', NEW.request_id, 'department', NEW.department, 'issued_on', NEW.issued_on, 'issued_by', NEW.issued_by, 'due_on', NEW.due_on, 'received_on', NEW.received_on, 'received_by', NEW.received_by, 'replied_on', NEW.replied_on, 'reply', NEW.reply, 'returned_on', NEW.returned_on, 'return_reason', NEW.return_reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
    END;

    CREATE TRIGGER sync_transfer_slip_update AFTER UPDATE OF request_id, department, issued_on, issued_by, due_on, received_on, received_by, replied_on, reply, returned_on, return_reason, created_at, deleted_at ON transfer_slip
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
      AND (OLD.request_id IS NOT NEW.request_id OR OLD.department IS NOT NEW.department OR OLD.issued_on IS NOT NEW.issued_on OR OLD.issued_by IS NOT NEW.issued_by OR OLD.due_on IS NOT NEW.due_on OR OLD.received_on IS NOT NEW.received_on OR OLD.received_by IS NOT NEW.received_by OR OLD.replied_on IS NOT NEW.replied_on OR OLD.reply IS NOT NEW.reply OR OLD.returned_on IS NOT NEW.returned_on OR OLD.return_reason IS NOT NEW.return_reason OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'request_id', NEW.request_id WHERE OLD.request_id IS NOT NEW.request_id;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'department', NEW.department WHERE OLD.department IS NOT NEW.department;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'issued_on', NEW.issued_on WHERE OLD.issued_on IS NOT NEW.issued_on;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'issued_by', NEW.issued_by WHERE OLD.issued_by IS NOT NEW.issued_by;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'due_on', NEW.due_on WHERE OLD.due_on IS NOT NEW.due_on;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'received_on', NEW.received_on WHERE OLD.received_on IS NOT NEW.received_on;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'received_by', NEW.received_by WHERE OLD.received_by IS NOT NEW.received_by;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'replied_on', NEW.replied_on WHERE OLD.replied_on IS NOT NEW.replied_on;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'reply', NEW.reply WHERE OLD.reply IS NOT NEW.reply;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'returned_on', NEW.returned_on WHERE OLD.returned_on IS NOT NEW.returned_on;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'return_reason', NEW.return_reason WHERE OLD.return_reason IS NOT NEW.return_reason;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
      INSERT INTO sync_capture SELECT 'transfer_slip', NEW.id, 'set', 'deleted_at', NEW.deleted_at WHERE OLD.deleted_at IS NOT NEW.deleted_at;
    END;

    CREATE TRIGGER sync_transfer_slip_delete AFTER DELETE ON transfer_slip
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
      INSERT INTO sync_capture VALUES ('transfer_slip', OLD.id, 'delete', '*', NULL);
    END;

    CREATE TRIGGER sync_audit_log_insert AFTER INSERT ON audit_log
    WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND NEW.origin_seq IS NULL BEGIN
      INSERT INTO sync_capture VALUES ('audit_log', NEW.device_id || ':' || NEW.seq, 'row', '*',
        json_object('seq', NEW.seq, 'at', NEW.at, 'operator', NEW.operator, 'device_id', NEW.device_id, 'table_name', NEW.table_name, 'row_id', NEW.row_id, 'action', NEW.action, 'before', NEW.before, 'after', NEW.after, 'note', NEW.note));
    END;
    """
}
