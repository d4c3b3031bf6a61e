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
);

-- trigger audit_log_no_delete on audit_log
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- trigger audit_log_no_update on audit_log
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- index audit_log_row on audit_log
CREATE INDEX audit_log_row ON audit_log(table_name, row_id, seq);

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

-- index help_request_number on help_request
CREATE UNIQUE INDEX help_request_number ON help_request(number) WHERE number IS NOT NULL;

-- index help_request_open on help_request
CREATE INDEX help_request_open ON help_request(received_at)
  WHERE status IN ('registered', 'in_progress', 'replied') AND deleted_at IS NULL
    AND merged_into_id IS NULL;

-- index help_request_received on help_request
CREATE INDEX help_request_received ON help_request(received_at);

-- index help_request_replied on help_request
CREATE INDEX help_request_replied ON help_request(replied_at, reply_kind, category)
  WHERE reply_kind IS NOT NULL AND deleted_at IS NULL;

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
      OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
        AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
        WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
    WHERE id = NEW.id OR (village_id IS NEW.village_id AND head_name = NEW.head_name);
  END;

-- trigger household_duplicate_update on household
CREATE TRIGGER household_duplicate_update AFTER UPDATE OF head_name, village_id, deleted_at
  ON household WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
  BEGIN
    UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
      EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
        AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
      OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
        AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
        WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
    WHERE id = NEW.id OR (village_id IS NEW.village_id AND head_name = NEW.head_name)
      OR (village_id IS OLD.village_id AND head_name = OLD.head_name);
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
CREATE UNIQUE INDEX household_number ON household(household_no) WHERE deleted_at IS NULL;

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
      OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
        AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
        WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
    WHERE id = OLD.household_id OR id IN (SELECT household_id FROM member
      WHERE id_number = OLD.id_number AND OLD.id_number <> '');
  END;

-- trigger member_flags_insert on member
CREATE TRIGGER member_flags_insert AFTER INSERT ON member WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')
  BEGIN
    UPDATE household SET members_without_id = (SELECT count(*) FROM member m WHERE m.household_id = household.id
      AND m.deleted_at IS NULL AND m.id_number = '') WHERE id = NEW.household_id;
    UPDATE household SET possible_duplicate = (household.deleted_at IS NULL AND (
      EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
        AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
      OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
        AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
        WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
    WHERE id = NEW.household_id OR id IN (SELECT household_id FROM member
      WHERE id_number = NEW.id_number AND NEW.id_number <> '');
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
