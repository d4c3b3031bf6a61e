-- table area on area
CREATE TABLE "area" (
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

-- trigger area_order_update on area
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

-- index area_parent on area
CREATE INDEX area_parent ON area(parent_id);

-- table audit_log on audit_log
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
, origin_seq INTEGER);

-- trigger audit_log_no_delete on audit_log
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- trigger audit_log_no_update on audit_log
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- index audit_log_origin on audit_log
CREATE UNIQUE INDEX audit_log_origin ON audit_log(device_id, origin_seq)
  WHERE origin_seq IS NOT NULL;

-- index audit_log_row on audit_log
CREATE INDEX audit_log_row ON audit_log(table_name, row_id, seq);

-- table audit_seal on audit_seal
CREATE TABLE audit_seal (
  last_seq INTEGER PRIMARY KEY,
  hash TEXT NOT NULL,
  sealed_at TEXT NOT NULL
);

-- trigger audit_seal_no_delete on audit_seal
CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal
  BEGIN SELECT RAISE(ABORT, 'the audit seals are append-only'); END;

-- trigger audit_seal_no_update on audit_seal
CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal
  BEGIN SELECT RAISE(ABORT, 'the audit seals are append-only'); END;

-- table cadre on cadre
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
, name_pinyin TEXT NOT NULL DEFAULT '', role_since TEXT);

-- table cadre_month on cadre_month
CREATE TABLE cadre_month (
  cadre_id TEXT NOT NULL,
  month TEXT NOT NULL,
  visits INTEGER NOT NULL,
  outing_days INTEGER NOT NULL,
  stationed_days INTEGER NOT NULL,
  night_days INTEGER NOT NULL,
  diaries INTEGER NOT NULL,
  situation_reports INTEGER NOT NULL,
  survey_reports INTEGER NOT NULL,
  suggestions INTEGER NOT NULL,
  PRIMARY KEY (cadre_id, month)
) WITHOUT ROWID;

-- trigger cadre_month_delete on visit_cadre
CREATE TRIGGER cadre_month_delete AFTER DELETE ON visit_cadre WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM cadre_month WHERE (cadre_id, month) IN (SELECT cadre, month FROM (SELECT OLD.cadre_id AS cadre, substr(OLD.visited_on, 1, 7) AS month));
    INSERT INTO cadre_month
      SELECT vc.cadre_id, substr(vc.visited_on, 1, 7), count(*),
      count(DISTINCT CASE WHEN vc.kind NOT IN ('diary', 'situation_report', 'suggestion', 'survey_report') THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
      count(*) FILTER (WHERE vc.kind = 'diary'),
      count(*) FILTER (WHERE vc.kind = 'situation_report'),
      count(*) FILTER (WHERE vc.kind = 'survey_report'),
      count(*) FILTER (WHERE vc.kind = 'suggestion')
      FROM (SELECT OLD.cadre_id AS cadre, substr(OLD.visited_on, 1, 7) AS month) m JOIN visit_cadre vc ON vc.cadre_id = m.cadre
        AND vc.visited_on >= m.month || '-01' AND vc.visited_on <= m.month || '-31'
      WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL)
      GROUP BY 1, 2;
  END;

-- trigger cadre_month_insert on visit_cadre
CREATE TRIGGER cadre_month_insert AFTER INSERT ON visit_cadre WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM cadre_month WHERE (cadre_id, month) IN (SELECT cadre, month FROM (SELECT NEW.cadre_id AS cadre, substr(NEW.visited_on, 1, 7) AS month));
    INSERT INTO cadre_month
      SELECT vc.cadre_id, substr(vc.visited_on, 1, 7), count(*),
      count(DISTINCT CASE WHEN vc.kind NOT IN ('diary', 'situation_report', 'suggestion', 'survey_report') THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
      count(*) FILTER (WHERE vc.kind = 'diary'),
      count(*) FILTER (WHERE vc.kind = 'situation_report'),
      count(*) FILTER (WHERE vc.kind = 'survey_report'),
      count(*) FILTER (WHERE vc.kind = 'suggestion')
      FROM (SELECT NEW.cadre_id AS cadre, substr(NEW.visited_on, 1, 7) AS month) m JOIN visit_cadre vc ON vc.cadre_id = m.cadre
        AND vc.visited_on >= m.month || '-01' AND vc.visited_on <= m.month || '-31'
      WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL)
      GROUP BY 1, 2;
  END;

-- trigger cadre_month_update on visit_cadre
CREATE TRIGGER cadre_month_update AFTER UPDATE ON visit_cadre WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM cadre_month WHERE (cadre_id, month) IN (SELECT cadre, month FROM (SELECT OLD.cadre_id AS cadre, substr(OLD.visited_on, 1, 7) AS month
UNION SELECT NEW.cadre_id, substr(NEW.visited_on, 1, 7)));
    INSERT INTO cadre_month
      SELECT vc.cadre_id, substr(vc.visited_on, 1, 7), count(*),
      count(DISTINCT CASE WHEN vc.kind NOT IN ('diary', 'situation_report', 'suggestion', 'survey_report') THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
      count(*) FILTER (WHERE vc.kind = 'diary'),
      count(*) FILTER (WHERE vc.kind = 'situation_report'),
      count(*) FILTER (WHERE vc.kind = 'survey_report'),
      count(*) FILTER (WHERE vc.kind = 'suggestion')
      FROM (SELECT OLD.cadre_id AS cadre, substr(OLD.visited_on, 1, 7) AS month
UNION SELECT NEW.cadre_id, substr(NEW.visited_on, 1, 7)) m JOIN visit_cadre vc ON vc.cadre_id = m.cadre
        AND vc.visited_on >= m.month || '-01' AND vc.visited_on <= m.month || '-31'
      WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL)
      GROUP BY 1, 2;
  END;

-- index cadre_name on cadre
CREATE INDEX cadre_name ON cadre(name);

-- trigger cadre_names_insert on contact_assignment
CREATE TRIGGER cadre_names_insert AFTER INSERT ON contact_assignment
WHEN NEW.household_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
  UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
  JOIN cadre c ON c.id = ca.cadre_id
  WHERE ca.household_id = NEW.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
  ORDER BY ca.starts_on, c.name)), '')
  WHERE id = NEW.household_id;
END;

-- trigger cadre_names_rename on cadre
CREATE TRIGGER cadre_names_rename AFTER UPDATE OF name ON cadre BEGIN
  UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
  JOIN cadre c ON c.id = ca.cadre_id
  WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
  ORDER BY ca.starts_on, c.name)), '')
  WHERE id IN (SELECT household_id FROM contact_assignment WHERE cadre_id = NEW.id AND household_id IS NOT NULL);
END;

-- trigger cadre_names_update on contact_assignment
CREATE TRIGGER cadre_names_update AFTER UPDATE ON contact_assignment BEGIN
  UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
  JOIN cadre c ON c.id = ca.cadre_id
  WHERE ca.household_id = OLD.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
  ORDER BY ca.starts_on, c.name)), '') WHERE id = OLD.household_id; UPDATE household SET cadre_names = ifnull((SELECT group_concat(name, '、') FROM (SELECT c.name FROM contact_assignment ca
  JOIN cadre c ON c.id = ca.cadre_id
  WHERE ca.household_id = NEW.household_id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
  ORDER BY ca.starts_on, c.name)), '') WHERE id = NEW.household_id;
END;

-- table cadre_past_role on cadre_past_role
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

-- index cadre_past_role_cadre on cadre_past_role
CREATE INDEX cadre_past_role_cadre ON cadre_past_role(cadre_id, ends_on);

-- trigger cadre_sort_names on household
CREATE TRIGGER cadre_sort_names AFTER UPDATE OF cadre_names ON household
WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
  UPDATE household SET cadre_sort = ifnull((SELECT group_concat(name_pinyin, ' ') FROM (
      SELECT c.name_pinyin FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = NEW.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
  WHERE id = NEW.id;
END;

-- trigger cadre_sort_pinyin on cadre
CREATE TRIGGER cadre_sort_pinyin AFTER UPDATE OF name_pinyin ON cadre BEGIN
  UPDATE household SET cadre_sort = ifnull((SELECT group_concat(name_pinyin, ' ') FROM (
      SELECT c.name_pinyin FROM contact_assignment ca JOIN cadre c ON c.id = ca.cadre_id
      WHERE ca.household_id = household.id AND ca.ends_on IS NULL AND ca.deleted_at IS NULL
      ORDER BY ca.starts_on, c.name)), '')
  WHERE id IN (SELECT household_id FROM contact_assignment WHERE cadre_id = NEW.id
    AND household_id IS NOT NULL);
END;

-- table contact_assignment on contact_assignment
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

-- index contact_assignment_area on contact_assignment
CREATE INDEX contact_assignment_area ON contact_assignment(area_id) WHERE area_id IS NOT NULL;

-- index contact_assignment_cadre on contact_assignment
CREATE INDEX contact_assignment_cadre ON contact_assignment(cadre_id);

-- index contact_assignment_household on contact_assignment
CREATE INDEX contact_assignment_household ON contact_assignment(household_id)
  WHERE household_id IS NOT NULL;

-- table draft on draft
CREATE TABLE draft (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  payload TEXT NOT NULL,
  operator TEXT NOT NULL,
  saved_at TEXT NOT NULL
, session TEXT NOT NULL DEFAULT '');

-- table duty_day on duty_day
CREATE TABLE duty_day (
  day TEXT PRIMARY KEY NOT NULL,
  leader TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) WITHOUT ROWID;

-- table grdb_migrations on grdb_migrations
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

-- table help_request on help_request
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
, extensions INTEGER NOT NULL DEFAULT 0, followed_up_on TEXT, number TEXT, returned_at TEXT, meeting TEXT, reply_kind TEXT, close_requested_by TEXT, close_requested_at TEXT, close_satisfaction TEXT, close_note TEXT NOT NULL DEFAULT '');

-- index help_request_closed on help_request
CREATE INDEX help_request_closed ON help_request(closed_at, area_id)
  WHERE closed_at IS NOT NULL AND deleted_at IS NULL AND merged_into_id IS NULL;

-- index help_request_due on help_request
CREATE INDEX help_request_due ON help_request(status, due_on);

-- trigger help_request_followed_up on audit_log
CREATE TRIGGER help_request_followed_up AFTER INSERT ON audit_log
  WHEN NEW.table_name = 'help_request' AND NEW.action = 'followed_up'
  BEGIN
    UPDATE help_request SET followed_up_on = coalesce(followed_up_on, substr(NEW.at, 1, 10))
    WHERE id = NEW.row_id;
  END;

-- index help_request_household on help_request
CREATE INDEX help_request_household ON help_request(household_id) WHERE household_id IS NOT NULL;

-- index help_request_listing_due on help_request
CREATE INDEX help_request_listing_due ON help_request(ifnull(due_on, '9999-12-31'), id)
  WHERE deleted_at IS NULL;

-- index help_request_listing_received on help_request
CREATE INDEX help_request_listing_received ON help_request(received_at, id) WHERE deleted_at IS NULL;

-- index help_request_listing_status on help_request
CREATE INDEX help_request_listing_status ON help_request(status, id) WHERE deleted_at IS NULL;

-- index help_request_listing_work on help_request
CREATE INDEX help_request_listing_work ON help_request(
  (CASE WHEN status IN ('registered', 'in_progress') THEN '0' ELSE '1' END) || ifnull(due_on, '9999-12-31'), id)
  WHERE deleted_at IS NULL;

-- index help_request_meeting on help_request
CREATE INDEX help_request_meeting ON help_request(meeting, received_at)
  WHERE decision = 'meeting' AND status = 'in_progress' AND deleted_at IS NULL;

-- index help_request_member on help_request
CREATE INDEX help_request_member ON help_request(member_id) WHERE member_id IS NOT NULL;

-- index help_request_merged_into on help_request
CREATE INDEX help_request_merged_into ON help_request(merged_into_id)
  WHERE merged_into_id IS NOT NULL;

-- index help_request_number on help_request
CREATE INDEX help_request_number ON help_request(number) WHERE number IS NOT NULL;

-- index help_request_open on help_request
CREATE INDEX help_request_open ON help_request(received_at)
  WHERE status IN ('registered', 'in_progress', 'replied') AND deleted_at IS NULL
    AND merged_into_id IS NULL;

-- index help_request_received on help_request
CREATE INDEX help_request_received ON help_request(received_at);

-- index help_request_replied on help_request
CREATE INDEX help_request_replied ON help_request(replied_at, reply_kind, category)
  WHERE reply_kind IS NOT NULL AND deleted_at IS NULL;

-- index help_request_requester on help_request
CREATE INDEX help_request_requester ON help_request(requester_name, requester_phone)
  WHERE deleted_at IS NULL AND merged_into_id IS NULL;

-- index help_request_returned on help_request
CREATE INDEX help_request_returned ON help_request(returned_at)
  WHERE returned_at IS NOT NULL AND deleted_at IS NULL;

-- index help_request_review on help_request
CREATE INDEX help_request_review ON help_request(
  received_at, category, channel, status, due_on, replied_at, closed_at, satisfaction,
  followed_up_on, area_id, assignee)
  WHERE deleted_at IS NULL AND merged_into_id IS NULL;

-- index help_request_unanswered on help_request
CREATE INDEX help_request_unanswered ON help_request(received_at, due_on)
  WHERE replied_at IS NULL AND closed_at IS NULL AND deleted_at IS NULL
    AND merged_into_id IS NULL;

-- index help_request_visit on help_request
CREATE INDEX help_request_visit ON help_request(visit_id) WHERE visit_id IS NOT NULL;

-- table household on household
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
, area_sort TEXT NOT NULL DEFAULT '', head_pinyin TEXT NOT NULL DEFAULT '', member_count INTEGER NOT NULL DEFAULT 0, last_visit_on TEXT NOT NULL DEFAULT '', open_requests INTEGER NOT NULL DEFAULT 0, cadre_names TEXT NOT NULL DEFAULT '', village_id TEXT, cadre_sort TEXT NOT NULL DEFAULT '', possible_duplicate INTEGER NOT NULL DEFAULT 0, members_without_id INTEGER NOT NULL DEFAULT 0);

-- index household_area on household
CREATE INDEX household_area ON household(area_id, household_no);

-- trigger household_area_sort_insert on household
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

-- trigger household_area_sort_update on household
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

-- trigger household_duplicate_insert on household
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

-- trigger household_duplicate_update on household
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

-- index household_flag_duplicate on household
CREATE INDEX household_flag_duplicate ON household(area_sort, id)
  WHERE possible_duplicate = 1 AND deleted_at IS NULL;

-- index household_flag_without_contact on household
CREATE INDEX household_flag_without_contact ON household(area_sort, id)
  WHERE cadre_names = '' AND deleted_at IS NULL;

-- index household_flag_without_id on household
CREATE INDEX household_flag_without_id ON household(area_sort, id)
  WHERE members_without_id > 0 AND deleted_at IS NULL;

-- index household_listing_head on household
CREATE INDEX household_listing_head ON household(head_name, id) WHERE deleted_at IS NULL;

-- index household_listing_number on household
CREATE INDEX household_listing_number ON household(household_no, id) WHERE deleted_at IS NULL;

-- index household_number on household
CREATE INDEX household_number ON household(household_no) WHERE deleted_at IS NULL;

-- index household_roster_area on household
CREATE INDEX household_roster_area ON household(area_sort, id) WHERE deleted_at IS NULL;

-- index household_roster_cadre_sort on household
CREATE INDEX household_roster_cadre_sort ON household(cadre_sort, id) WHERE deleted_at IS NULL;

-- index household_roster_cadres on household
CREATE INDEX household_roster_cadres ON household(cadre_names, id) WHERE deleted_at IS NULL;

-- index household_roster_categories on household
CREATE INDEX household_roster_categories ON household(categories, id) WHERE deleted_at IS NULL;

-- index household_roster_head on household
CREATE INDEX household_roster_head ON household(head_pinyin, id) WHERE deleted_at IS NULL;

-- index household_roster_members on household
CREATE INDEX household_roster_members ON household(member_count, id) WHERE deleted_at IS NULL;

-- index household_roster_requests on household
CREATE INDEX household_roster_requests ON household(open_requests, id) WHERE deleted_at IS NULL;

-- index household_roster_visit on household
CREATE INDEX household_roster_visit ON household(last_visit_on, id) WHERE deleted_at IS NULL;

-- table household_search on household_search
CREATE VIRTUAL TABLE household_search USING fts5(tokens, tokenize = 'unicode61', prefix = '1 2 3');

-- table household_search_config on household_search_config
CREATE TABLE 'household_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table household_search_content on household_search_content
CREATE TABLE 'household_search_content'(id INTEGER PRIMARY KEY, c0);

-- table household_search_data on household_search_data
CREATE TABLE 'household_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table household_search_docsize on household_search_docsize
CREATE TABLE 'household_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table household_search_idx on household_search_idx
CREATE TABLE 'household_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- index household_village_head on household
CREATE INDEX household_village_head ON household(village_id, head_name) WHERE deleted_at IS NULL;

-- index household_village_visit on household
CREATE INDEX household_village_visit ON household(village_id, last_visit_on)
  WHERE deleted_at IS NULL;

-- trigger last_visit_delete on visit_household
CREATE TRIGGER last_visit_delete AFTER DELETE ON visit_household BEGIN UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
  WHERE vh.household_id = OLD.household_id AND v.deleted_at IS NULL), '') WHERE id = OLD.household_id; END;

-- trigger last_visit_insert on visit_household
CREATE TRIGGER last_visit_insert AFTER INSERT ON visit_household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
  UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
  WHERE vh.household_id = NEW.household_id AND v.deleted_at IS NULL), '')
  WHERE id = NEW.household_id;
END;

-- trigger last_visit_tombstone on visit
CREATE TRIGGER last_visit_tombstone AFTER UPDATE OF deleted_at, visited_on ON visit BEGIN
  UPDATE household SET last_visit_on = ifnull((SELECT max(vh.visited_on) FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
  WHERE vh.household_id = household.id AND v.deleted_at IS NULL), '')
  WHERE id IN (SELECT household_id FROM visit_household WHERE visit_id = NEW.id);
END;

-- table member on member
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

-- trigger member_count_delete on member
CREATE TRIGGER member_count_delete AFTER DELETE ON member BEGIN UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = OLD.household_id AND m.deleted_at IS NULL) WHERE id = OLD.household_id; END;

-- trigger member_count_insert on member
CREATE TRIGGER member_count_insert AFTER INSERT ON member WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
  UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = NEW.household_id AND m.deleted_at IS NULL)
  WHERE id = NEW.household_id;
END;

-- trigger member_count_update on member
CREATE TRIGGER member_count_update AFTER UPDATE OF household_id, deleted_at ON member BEGIN
  UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = OLD.household_id AND m.deleted_at IS NULL) WHERE id = OLD.household_id; UPDATE household SET member_count = (SELECT count(*) FROM member m WHERE m.household_id = NEW.household_id AND m.deleted_at IS NULL) WHERE id = NEW.household_id;
END;

-- trigger member_flags_delete on member
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

-- trigger member_flags_insert on member
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

-- trigger member_flags_update on member
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

-- index member_household on member
CREATE INDEX member_household ON member(household_id);

-- index member_id_household on member
CREATE INDEX member_id_household ON member(id_number, household_id)
  WHERE id_number <> '' AND deleted_at IS NULL;

-- index member_id_number on member
CREATE INDEX member_id_number ON member(id_number) WHERE id_number <> '';

-- trigger open_requests_insert on help_request
CREATE TRIGGER open_requests_insert AFTER INSERT ON help_request
WHEN NEW.household_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load') BEGIN
  UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = NEW.household_id
  AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL)
  WHERE id = NEW.household_id;
END;

-- trigger open_requests_update on help_request
CREATE TRIGGER open_requests_update AFTER UPDATE OF status, household_id, deleted_at ON help_request BEGIN
  UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = OLD.household_id
  AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL) WHERE id = OLD.household_id; UPDATE household SET open_requests = (SELECT count(*) FROM help_request r WHERE r.household_id = NEW.household_id
  AND r.status IN ('registered', 'in_progress') AND r.deleted_at IS NULL) WHERE id = NEW.household_id;
END;

-- table reception_day on reception_day
CREATE TABLE reception_day (
  day TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) WITHOUT ROWID;

-- table reception_entry on reception_entry
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

-- index reception_entry_by_request on reception_entry
CREATE INDEX reception_entry_by_request ON reception_entry(request_id);

-- index reception_entry_day on reception_entry
CREATE INDEX reception_entry_day ON reception_entry(day, late, received_at) WHERE deleted_at IS NULL;

-- index reception_entry_request on reception_entry
CREATE UNIQUE INDEX reception_entry_request ON reception_entry(request_id) WHERE deleted_at IS NULL;

-- index reception_entry_transferred on reception_entry
CREATE INDEX reception_entry_transferred ON reception_entry(day, request_id)
  WHERE decision = 'transferred' AND deleted_at IS NULL;

-- index reception_entry_undecided on reception_entry
CREATE INDEX reception_entry_undecided ON reception_entry(day, request_id)
  WHERE decision IS NULL AND deleted_at IS NULL;

-- table reception_handover on reception_handover
CREATE TABLE reception_handover (
  id TEXT PRIMARY KEY NOT NULL,
  day TEXT NOT NULL,
  handed_over_at TEXT NOT NULL,
  handed_over_by TEXT NOT NULL,
  received_by TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  deleted_at TEXT
, duty_leader TEXT NOT NULL DEFAULT '');

-- index reception_handover_day on reception_handover
CREATE INDEX reception_handover_day ON reception_handover(day, created_at) WHERE deleted_at IS NULL;

-- table request_tally on request_tally
CREATE TABLE request_tally (
  month TEXT NOT NULL,
  category TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  received INTEGER NOT NULL,
  answered INTEGER NOT NULL,
  in_time INTEGER NOT NULL,
  closed INTEGER NOT NULL,
  satisfied INTEGER NOT NULL,
  rated INTEGER NOT NULL,
  followed INTEGER NOT NULL,
  PRIMARY KEY (month, category, channel, status)
) WITHOUT ROWID;

-- trigger request_tally_delete on help_request
CREATE TRIGGER request_tally_delete AFTER DELETE ON help_request
  WHEN OLD.deleted_at IS NULL AND OLD.merged_into_id IS NULL AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    INSERT INTO request_tally VALUES (substr(OLD.received_at, 1, 7), OLD.category, OLD.channel, OLD.status, -1,
      -(coalesce(OLD.replied_at, OLD.closed_at) IS NOT NULL),
      -(coalesce(OLD.replied_at, OLD.closed_at) IS NOT NULL
        AND (OLD.due_on IS NULL OR substr(coalesce(OLD.replied_at, OLD.closed_at), 1, 10) <= OLD.due_on)),
      -(OLD.status = 'closed'),
      -(OLD.satisfaction IS NOT NULL AND OLD.satisfaction <> 'dissatisfied'),
      -(OLD.satisfaction IS NOT NULL),
      -(OLD.status = 'closed' AND OLD.followed_up_on IS NOT NULL))
    ON CONFLICT DO UPDATE SET received = received + excluded.received,
      answered = answered + excluded.answered, in_time = in_time + excluded.in_time,
      closed = closed + excluded.closed, satisfied = satisfied + excluded.satisfied,
      rated = rated + excluded.rated, followed = followed + excluded.followed;
  END;

-- trigger request_tally_insert on help_request
CREATE TRIGGER request_tally_insert AFTER INSERT ON help_request
  WHEN NEW.deleted_at IS NULL AND NEW.merged_into_id IS NULL AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    INSERT INTO request_tally VALUES (substr(NEW.received_at, 1, 7), NEW.category, NEW.channel, NEW.status, 1,
      (coalesce(NEW.replied_at, NEW.closed_at) IS NOT NULL),
      (coalesce(NEW.replied_at, NEW.closed_at) IS NOT NULL
        AND (NEW.due_on IS NULL OR substr(coalesce(NEW.replied_at, NEW.closed_at), 1, 10) <= NEW.due_on)),
      (NEW.status = 'closed'),
      (NEW.satisfaction IS NOT NULL AND NEW.satisfaction <> 'dissatisfied'),
      (NEW.satisfaction IS NOT NULL),
      (NEW.status = 'closed' AND NEW.followed_up_on IS NOT NULL))
    ON CONFLICT DO UPDATE SET received = received + excluded.received,
      answered = answered + excluded.answered, in_time = in_time + excluded.in_time,
      closed = closed + excluded.closed, satisfied = satisfied + excluded.satisfied,
      rated = rated + excluded.rated, followed = followed + excluded.followed;
  END;

-- trigger request_tally_update on help_request
CREATE TRIGGER request_tally_update AFTER UPDATE OF received_at, category, channel, status,
  due_on, replied_at, closed_at, satisfaction, followed_up_on, deleted_at, merged_into_id
  ON help_request
  WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    INSERT INTO request_tally SELECT substr(OLD.received_at, 1, 7), OLD.category, OLD.channel, OLD.status, -1,
      -(coalesce(OLD.replied_at, OLD.closed_at) IS NOT NULL),
      -(coalesce(OLD.replied_at, OLD.closed_at) IS NOT NULL
        AND (OLD.due_on IS NULL OR substr(coalesce(OLD.replied_at, OLD.closed_at), 1, 10) <= OLD.due_on)),
      -(OLD.status = 'closed'),
      -(OLD.satisfaction IS NOT NULL AND OLD.satisfaction <> 'dissatisfied'),
      -(OLD.satisfaction IS NOT NULL),
      -(OLD.status = 'closed' AND OLD.followed_up_on IS NOT NULL)
      WHERE OLD.deleted_at IS NULL AND OLD.merged_into_id IS NULL
    ON CONFLICT DO UPDATE SET received = received + excluded.received,
      answered = answered + excluded.answered, in_time = in_time + excluded.in_time,
      closed = closed + excluded.closed, satisfied = satisfied + excluded.satisfied,
      rated = rated + excluded.rated, followed = followed + excluded.followed;
    INSERT INTO request_tally SELECT substr(NEW.received_at, 1, 7), NEW.category, NEW.channel, NEW.status, 1,
      (coalesce(NEW.replied_at, NEW.closed_at) IS NOT NULL),
      (coalesce(NEW.replied_at, NEW.closed_at) IS NOT NULL
        AND (NEW.due_on IS NULL OR substr(coalesce(NEW.replied_at, NEW.closed_at), 1, 10) <= NEW.due_on)),
      (NEW.status = 'closed'),
      (NEW.satisfaction IS NOT NULL AND NEW.satisfaction <> 'dissatisfied'),
      (NEW.satisfaction IS NOT NULL),
      (NEW.status = 'closed' AND NEW.followed_up_on IS NOT NULL)
      WHERE NEW.deleted_at IS NULL AND NEW.merged_into_id IS NULL
    ON CONFLICT DO UPDATE SET received = received + excluded.received,
      answered = answered + excluded.answered, in_time = in_time + excluded.in_time,
      closed = closed + excluded.closed, satisfied = satisfied + excluded.satisfied,
      rated = rated + excluded.rated, followed = followed + excluded.followed;
  END;

-- table setting on setting
CREATE TABLE setting (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- table sqlite_sequence on sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);

-- trigger sync_area_delete on area
CREATE TRIGGER sync_area_delete AFTER DELETE ON area
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('area', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_area_insert on area
CREATE TRIGGER sync_area_insert AFTER INSERT ON area
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('area', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'parent_id', NEW.parent_id, 'level', NEW.level, 'name', NEW.name, 'code', NEW.code, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'position', NEW.position));
END;

-- trigger sync_area_update on area
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

-- trigger sync_audit_log_insert on audit_log
CREATE TRIGGER sync_audit_log_insert AFTER INSERT ON audit_log
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND NEW.origin_seq IS NULL BEGIN
  INSERT INTO sync_capture VALUES ('audit_log', NEW.device_id || ':' || NEW.seq, 'row', '*',
    json_object('seq', NEW.seq, 'at', NEW.at, 'operator', NEW.operator, 'device_id', NEW.device_id, 'table_name', NEW.table_name, 'row_id', NEW.row_id, 'action', NEW.action, 'before', NEW.before, 'after', NEW.after, 'note', NEW.note));
END;

-- trigger sync_cadre_delete on cadre
CREATE TRIGGER sync_cadre_delete AFTER DELETE ON cadre
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('cadre', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_cadre_insert on cadre
CREATE TRIGGER sync_cadre_insert AFTER INSERT ON cadre
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('cadre', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'name', NEW.name, 'role', NEW.role, 'unit', NEW.unit, 'phone', NEW.phone, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'role_since', NEW.role_since));
END;

-- trigger sync_cadre_past_role_delete on cadre_past_role
CREATE TRIGGER sync_cadre_past_role_delete AFTER DELETE ON cadre_past_role
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('cadre_past_role', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_cadre_past_role_insert on cadre_past_role
CREATE TRIGGER sync_cadre_past_role_insert AFTER INSERT ON cadre_past_role
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('cadre_past_role', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'cadre_id', NEW.cadre_id, 'role', NEW.role, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
END;

-- trigger sync_cadre_past_role_update on cadre_past_role
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

-- trigger sync_cadre_update on cadre
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

-- view sync_capture on sync_capture
CREATE VIEW sync_capture AS
  SELECT table_name, row_id, kind, field, value FROM sync_op WHERE 0;

-- trigger sync_capture_write on sync_capture
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

-- table sync_clock on sync_clock
CREATE TABLE sync_clock (
  only INTEGER PRIMARY KEY NOT NULL CHECK (only = 1),
  device_id TEXT NOT NULL DEFAULT '',
  hlc TEXT NOT NULL DEFAULT '',
  capturing INTEGER NOT NULL DEFAULT 1,
  baseline_pending INTEGER NOT NULL DEFAULT 1
);

-- table sync_conflict on sync_conflict
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

-- trigger sync_contact_assignment_delete on contact_assignment
CREATE TRIGGER sync_contact_assignment_delete AFTER DELETE ON contact_assignment
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('contact_assignment', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_contact_assignment_insert on contact_assignment
CREATE TRIGGER sync_contact_assignment_insert AFTER INSERT ON contact_assignment
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('contact_assignment', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'cadre_id', NEW.cadre_id, 'household_id', NEW.household_id, 'area_id', NEW.area_id, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'note', NEW.note, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
END;

-- trigger sync_contact_assignment_update on contact_assignment
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

-- trigger sync_duty_day_delete on duty_day
CREATE TRIGGER sync_duty_day_delete AFTER DELETE ON duty_day
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('duty_day', OLD.day, 'delete', '*', NULL);
END;

-- trigger sync_duty_day_insert on duty_day
CREATE TRIGGER sync_duty_day_insert AFTER INSERT ON duty_day
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('duty_day', NEW.day, 'row', '*',
    json_object('day', NEW.day, 'leader', NEW.leader, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id));
END;

-- trigger sync_duty_day_update on duty_day
CREATE TRIGGER sync_duty_day_update AFTER UPDATE OF leader, created_at ON duty_day
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
  AND (OLD.leader IS NOT NEW.leader OR OLD.created_at IS NOT NEW.created_at) BEGIN
  INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'leader', NEW.leader WHERE OLD.leader IS NOT NEW.leader;
  INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
  INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
  INSERT INTO sync_capture SELECT 'duty_day', NEW.day, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
END;

-- trigger sync_help_request_delete on help_request
CREATE TRIGGER sync_help_request_delete AFTER DELETE ON help_request
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('help_request', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_help_request_insert on help_request
CREATE TRIGGER sync_help_request_insert AFTER INSERT ON help_request
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('help_request', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'received_at', NEW.received_at, 'channel', NEW.channel, 'requester_name', NEW.requester_name, 'requester_phone', NEW.requester_phone, 'requester_place', NEW.requester_place, 'household_id', NEW.household_id, 'member_id', NEW.member_id, 'area_id', NEW.area_id, 'category', NEW.category, 'content', NEW.content, 'urgency', NEW.urgency, 'decision', NEW.decision, 'decision_note', NEW.decision_note, 'assignee', NEW.assignee, 'status', NEW.status, 'reply', NEW.reply, 'replied_at', NEW.replied_at, 'satisfaction', NEW.satisfaction, 'closed_at', NEW.closed_at, 'due_on', NEW.due_on, 'visit_id', NEW.visit_id, 'merged_into_id', NEW.merged_into_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'extensions', NEW.extensions, 'number', NEW.number, 'returned_at', NEW.returned_at, 'meeting', NEW.meeting, 'reply_kind', NEW.reply_kind, 'close_requested_by', NEW.close_requested_by, 'close_requested_at', NEW.close_requested_at, 'close_satisfaction', NEW.close_satisfaction, 'close_note', NEW.close_note));
END;

-- trigger sync_help_request_update on help_request
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

-- trigger sync_household_delete on household
CREATE TRIGGER sync_household_delete AFTER DELETE ON household
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('household', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_household_insert on household
CREATE TRIGGER sync_household_insert AFTER INSERT ON household
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('household', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'household_no', NEW.household_no, 'head_name', NEW.head_name, 'area_id', NEW.area_id, 'address', NEW.address, 'phone', NEW.phone, 'categories', NEW.categories, 'poverty_cause', NEW.poverty_cause, 'card_issued_on', NEW.card_issued_on, 'help_measures', NEW.help_measures, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
END;

-- trigger sync_household_update on household
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

-- trigger sync_member_delete on member
CREATE TRIGGER sync_member_delete AFTER DELETE ON member
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('member', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_member_insert on member
CREATE TRIGGER sync_member_insert AFTER INSERT ON member
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('member', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'household_id', NEW.household_id, 'name', NEW.name, 'relation', NEW.relation, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'phone', NEW.phone, 'health', NEW.health, 'disability', NEW.disability, 'schooling', NEW.schooling, 'tags', NEW.tags, 'notes', NEW.notes, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
END;

-- trigger sync_member_update on member
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

-- table sync_op on sync_op
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

-- index sync_op_field on sync_op
CREATE INDEX sync_op_field ON sync_op(table_name, row_id, field, version);

-- index sync_op_sequence on sync_op
CREATE UNIQUE INDEX sync_op_sequence ON sync_op(device_id, seq);

-- table sync_peer on sync_peer
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

-- trigger sync_reception_day_delete on reception_day
CREATE TRIGGER sync_reception_day_delete AFTER DELETE ON reception_day
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('reception_day', OLD.day, 'delete', '*', NULL);
END;

-- trigger sync_reception_day_insert on reception_day
CREATE TRIGGER sync_reception_day_insert AFTER INSERT ON reception_day
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('reception_day', NEW.day, 'row', '*',
    json_object('day', NEW.day, 'kind', NEW.kind, 'opened_by', NEW.opened_by, 'created_at', NEW.created_at, 'device_id', NEW.device_id));
END;

-- trigger sync_reception_day_update on reception_day
CREATE TRIGGER sync_reception_day_update AFTER UPDATE OF kind, opened_by, created_at ON reception_day
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock)
  AND (OLD.kind IS NOT NEW.kind OR OLD.opened_by IS NOT NEW.opened_by OR OLD.created_at IS NOT NEW.created_at) BEGIN
  INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'kind', NEW.kind WHERE OLD.kind IS NOT NEW.kind;
  INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'opened_by', NEW.opened_by WHERE OLD.opened_by IS NOT NEW.opened_by;
  INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'created_at', NEW.created_at WHERE OLD.created_at IS NOT NEW.created_at;
  INSERT INTO sync_capture SELECT 'reception_day', NEW.day, 'set', 'device_id', NEW.device_id WHERE OLD.device_id IS NOT NEW.device_id;
END;

-- trigger sync_reception_entry_delete on reception_entry
CREATE TRIGGER sync_reception_entry_delete AFTER DELETE ON reception_entry
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('reception_entry', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_reception_entry_insert on reception_entry
CREATE TRIGGER sync_reception_entry_insert AFTER INSERT ON reception_entry
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('reception_entry', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'request_id', NEW.request_id, 'day', NEW.day, 'received_at', NEW.received_at, 'requester_name', NEW.requester_name, 'address', NEW.address, 'phone', NEW.phone, 'content', NEW.content, 'decision', NEW.decision, 'decision_note', NEW.decision_note, 'assignee', NEW.assignee, 'due_on', NEW.due_on, 'status', NEW.status, 'late', NEW.late, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
END;

-- trigger sync_reception_entry_update on reception_entry
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

-- trigger sync_reception_handover_delete on reception_handover
CREATE TRIGGER sync_reception_handover_delete AFTER DELETE ON reception_handover
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('reception_handover', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_reception_handover_insert on reception_handover
CREATE TRIGGER sync_reception_handover_insert AFTER INSERT ON reception_handover
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('reception_handover', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'day', NEW.day, 'handed_over_at', NEW.handed_over_at, 'handed_over_by', NEW.handed_over_by, 'received_by', NEW.received_by, 'note', NEW.note, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'duty_leader', NEW.duty_leader));
END;

-- trigger sync_reception_handover_update on reception_handover
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

-- trigger sync_setting_delete on setting
CREATE TRIGGER sync_setting_delete AFTER DELETE ON setting
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND OLD.key IN ('office.name', 'transfer.targets', 'reception.schedule', 'duty.leaders', 'close.approval', 'reply.written', 'request.categories', 'phrases') BEGIN
  INSERT INTO sync_capture VALUES ('setting', OLD.key, 'delete', '*', NULL);
END;

-- trigger sync_setting_insert on setting
CREATE TRIGGER sync_setting_insert AFTER INSERT ON setting
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND NEW.key IN ('office.name', 'transfer.targets', 'reception.schedule', 'duty.leaders', 'close.approval', 'reply.written', 'request.categories', 'phrases') BEGIN
  INSERT INTO sync_capture VALUES ('setting', NEW.key, 'row', '*',
    json_object('key', NEW.key, 'value', NEW.value, 'updated_at', NEW.updated_at));
END;

-- trigger sync_setting_update on setting
CREATE TRIGGER sync_setting_update AFTER UPDATE OF value ON setting
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) AND NEW.key IN ('office.name', 'transfer.targets', 'reception.schedule', 'duty.leaders', 'close.approval', 'reply.written', 'request.categories', 'phrases')
  AND (OLD.value IS NOT NEW.value) BEGIN
  INSERT INTO sync_capture SELECT 'setting', NEW.key, 'set', 'value', NEW.value WHERE OLD.value IS NOT NEW.value;
  INSERT INTO sync_capture SELECT 'setting', NEW.key, 'set', 'updated_at', NEW.updated_at WHERE OLD.updated_at IS NOT NEW.updated_at;
END;

-- trigger sync_transfer_slip_delete on transfer_slip
CREATE TRIGGER sync_transfer_slip_delete AFTER DELETE ON transfer_slip
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('transfer_slip', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_transfer_slip_insert on transfer_slip
CREATE TRIGGER sync_transfer_slip_insert AFTER INSERT ON transfer_slip
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('transfer_slip', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'request_id', NEW.request_id, 'department', NEW.department, 'issued_on', NEW.issued_on, 'issued_by', NEW.issued_by, 'due_on', NEW.due_on, 'received_on', NEW.received_on, 'received_by', NEW.received_by, 'replied_on', NEW.replied_on, 'reply', NEW.reply, 'returned_on', NEW.returned_on, 'return_reason', NEW.return_reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at));
END;

-- trigger sync_transfer_slip_update on transfer_slip
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

-- trigger sync_visit_delete on visit
CREATE TRIGGER sync_visit_delete AFTER DELETE ON visit
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('visit', OLD.id, 'delete', '*', NULL);
END;

-- trigger sync_visit_insert on visit
CREATE TRIGGER sync_visit_insert AFTER INSERT ON visit
WHEN (SELECT capturing AND device_id <> '' FROM sync_clock) BEGIN
  INSERT INTO sync_capture VALUES ('visit', NEW.id, 'row', '*',
    json_object('id', NEW.id, 'visited_on', NEW.visited_on, 'kind', NEW.kind, 'area_id', NEW.area_id, 'hours', NEW.hours, 'cadre_ids', NEW.cadre_ids, 'household_ids', NEW.household_ids, 'content', NEW.content, 'problems', NEW.problems, 'follow_up_on', NEW.follow_up_on, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'device_id', NEW.device_id, 'deleted_at', NEW.deleted_at, 'overnight', NEW.overnight, 'follow_up_done_on', NEW.follow_up_done_on));
END;

-- trigger sync_visit_update on visit
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

-- table transfer_slip on transfer_slip
CREATE TABLE transfer_slip (
  id TEXT PRIMARY KEY NOT NULL,
  request_id TEXT NOT NULL REFERENCES help_request(id),
  department TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  due_on TEXT,
  received_on TEXT,
  received_by TEXT NOT NULL DEFAULT '',
  replied_on TEXT,
  reply TEXT NOT NULL DEFAULT '',
  returned_on TEXT,
  return_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  deleted_at TEXT
);

-- index transfer_slip_by_request on transfer_slip
CREATE INDEX transfer_slip_by_request ON transfer_slip(request_id);

-- index transfer_slip_request on transfer_slip
CREATE INDEX transfer_slip_request ON transfer_slip(request_id) WHERE deleted_at IS NULL;

-- table visit on visit
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
, overnight INTEGER NOT NULL DEFAULT 0, follow_up_done_on TEXT);

-- table visit_cadre on visit_cadre
CREATE TABLE visit_cadre (
  visit_id TEXT NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
  cadre_id TEXT NOT NULL REFERENCES cadre(id),
  position INTEGER NOT NULL,
  visited_on TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', overnight INTEGER NOT NULL DEFAULT 0, area_id TEXT,
  PRIMARY KEY (visit_id, cadre_id)
) WITHOUT ROWID;

-- index visit_cadre_by_cadre on visit_cadre
CREATE INDEX visit_cadre_by_cadre ON visit_cadre(cadre_id, visited_on);

-- index visit_cadre_by_day on visit_cadre
CREATE INDEX visit_cadre_by_day ON visit_cadre(visited_on, cadre_id, kind, overnight, area_id);

-- index visit_date on visit
CREATE INDEX visit_date ON visit(visited_on);

-- index visit_deleted on visit
CREATE INDEX visit_deleted ON visit(id) WHERE deleted_at IS NOT NULL;

-- index visit_follow_up_open on visit
CREATE INDEX visit_follow_up_open ON visit(follow_up_on)
  WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL AND deleted_at IS NULL;

-- table visit_household on visit_household
CREATE TABLE visit_household (
  visit_id TEXT NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
  household_id TEXT NOT NULL REFERENCES household(id),
  visited_on TEXT NOT NULL,
  PRIMARY KEY (visit_id, household_id)
) WITHOUT ROWID;

-- index visit_household_by_household on visit_household
CREATE INDEX visit_household_by_household ON visit_household(household_id, visited_on);

-- index visit_listing_date on visit
CREATE INDEX visit_listing_date ON visit(visited_on, id) WHERE deleted_at IS NULL;

-- index visit_listing_kind on visit
CREATE INDEX visit_listing_kind ON visit(kind, id) WHERE deleted_at IS NULL;

-- table visit_reach on visit_reach
CREATE TABLE visit_reach (
  visit_id TEXT NOT NULL,
  cadre_id TEXT NOT NULL,
  household_id TEXT NOT NULL,
  group_id TEXT,
  visited_on TEXT NOT NULL,
  PRIMARY KEY (visit_id, cadre_id, household_id)
) WITHOUT ROWID;

-- index visit_reach_by_household on visit_reach
CREATE INDEX visit_reach_by_household ON visit_reach(household_id) WHERE household_id <> '';

-- trigger visit_reach_cadre_delete on visit_cadre
CREATE TRIGGER visit_reach_cadre_delete AFTER DELETE ON visit_cadre WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM visit_reach WHERE visit_id = OLD.visit_id AND cadre_id = OLD.cadre_id;
  END;

-- trigger visit_reach_cadre_insert on visit_cadre
CREATE TRIGGER visit_reach_cadre_insert AFTER INSERT ON visit_cadre WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM visit_reach WHERE visit_id IN (NEW.visit_id);
    INSERT INTO visit_reach
      SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
      coalesce(
        (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
          WHERE h.id = vh.household_id),
        (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
      vc.visited_on
      FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
      WHERE vc.visit_id IN (NEW.visit_id) AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL);
  END;

-- trigger visit_reach_cadre_update on visit_cadre
CREATE TRIGGER visit_reach_cadre_update AFTER UPDATE ON visit_cadre WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM visit_reach WHERE visit_id IN (OLD.visit_id, NEW.visit_id);
    INSERT INTO visit_reach
      SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
      coalesce(
        (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
          WHERE h.id = vh.household_id),
        (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
      vc.visited_on
      FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
      WHERE vc.visit_id IN (OLD.visit_id, NEW.visit_id) AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL);
  END;

-- index visit_reach_groups on visit_reach
CREATE INDEX visit_reach_groups ON visit_reach(cadre_id, group_id, visit_id, visited_on)
  WHERE group_id IS NOT NULL;

-- trigger visit_reach_household_delete on visit_household
CREATE TRIGGER visit_reach_household_delete AFTER DELETE ON visit_household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM visit_reach WHERE visit_id IN (OLD.visit_id);
    INSERT INTO visit_reach
      SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
      coalesce(
        (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
          WHERE h.id = vh.household_id),
        (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
      vc.visited_on
      FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
      WHERE vc.visit_id IN (OLD.visit_id) AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL);
  END;

-- trigger visit_reach_household_insert on visit_household
CREATE TRIGGER visit_reach_household_insert AFTER INSERT ON visit_household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM visit_reach WHERE visit_id IN (NEW.visit_id);
    INSERT INTO visit_reach
      SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
      coalesce(
        (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
          WHERE h.id = vh.household_id),
        (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
      vc.visited_on
      FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
      WHERE vc.visit_id IN (NEW.visit_id) AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL);
  END;

-- trigger visit_reach_household_moves on household
CREATE TRIGGER visit_reach_household_moves AFTER UPDATE OF area_id ON household
  WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    UPDATE visit_reach SET group_id = coalesce(
        (SELECT g.id FROM area g WHERE g.id = NEW.area_id AND g.level = 'group'),
        (SELECT g.id FROM visit_cadre vc JOIN area g ON g.id = vc.area_id AND g.level = 'group'
          WHERE vc.visit_id = visit_reach.visit_id AND vc.cadre_id = visit_reach.cadre_id))
    WHERE household_id = NEW.id;
  END;

-- index visit_reach_households on visit_reach
CREATE INDEX visit_reach_households ON visit_reach(cadre_id, household_id, visited_on)
  WHERE household_id <> '';

-- trigger visit_tallies_tombstone on visit
CREATE TRIGGER visit_tallies_tombstone AFTER UPDATE OF deleted_at ON visit
  WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')
  BEGIN
    DELETE FROM visit_reach WHERE visit_id IN (NEW.id);
    INSERT INTO visit_reach
      SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
      coalesce(
        (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
          WHERE h.id = vh.household_id),
        (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
      vc.visited_on
      FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
      WHERE vc.visit_id IN (NEW.id) AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL);
    DELETE FROM cadre_month WHERE (cadre_id, month) IN (SELECT cadre, month FROM (SELECT DISTINCT cadre_id AS cadre, substr(visited_on, 1, 7) AS month
FROM visit_cadre WHERE visit_id = NEW.id));
    INSERT INTO cadre_month
      SELECT vc.cadre_id, substr(vc.visited_on, 1, 7), count(*),
      count(DISTINCT CASE WHEN vc.kind NOT IN ('diary', 'situation_report', 'suggestion', 'survey_report') THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
      count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
      count(*) FILTER (WHERE vc.kind = 'diary'),
      count(*) FILTER (WHERE vc.kind = 'situation_report'),
      count(*) FILTER (WHERE vc.kind = 'survey_report'),
      count(*) FILTER (WHERE vc.kind = 'suggestion')
      FROM (SELECT DISTINCT cadre_id AS cadre, substr(visited_on, 1, 7) AS month
FROM visit_cadre WHERE visit_id = NEW.id) m JOIN visit_cadre vc ON vc.cadre_id = m.cadre
        AND vc.visited_on >= m.month || '-01' AND vc.visited_on <= m.month || '-31'
      WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL)
      GROUP BY 1, 2;
  END;
