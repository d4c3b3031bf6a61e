/// Migration 009, frozen.
///
/// The review reads a period's requests without visiting each row: the day a request was
/// followed up (回访) is kept on the request (filled from the audit log, and by a trigger as the
/// log grows), an index holds every column the rates and the panels count by, the requests
/// closed are found by the day they closed, the ID numbers that two households share, and the
/// households of a village by the day of their last visit. A visit's
/// cadres carry its kind, whether the night was stayed and its area, so that a period's visits
/// of every cadre are read from one index (the few deleted visits found apart).
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration009Review: FrozenMigration {
  static let identifier = "009 review"

  static let sql = """
    ALTER TABLE help_request ADD COLUMN followed_up_on TEXT;
    UPDATE help_request SET followed_up_on = (SELECT substr(min(l.at), 1, 10) FROM audit_log l
      WHERE l.table_name = 'help_request' AND l.row_id = help_request.id
        AND l.action = 'followed_up');
    CREATE TRIGGER help_request_followed_up AFTER INSERT ON audit_log
      WHEN NEW.table_name = 'help_request' AND NEW.action = 'followed_up'
      BEGIN
        UPDATE help_request SET followed_up_on = coalesce(followed_up_on, substr(NEW.at, 1, 10))
        WHERE id = NEW.row_id;
      END;
    CREATE INDEX help_request_review ON help_request(
      received_at, category, channel, status, due_on, replied_at, closed_at, satisfaction,
      followed_up_on, area_id, assignee)
      WHERE deleted_at IS NULL AND merged_into_id IS NULL;
    CREATE INDEX help_request_closed ON help_request(closed_at, area_id)
      WHERE closed_at IS NOT NULL AND deleted_at IS NULL AND merged_into_id IS NULL;
    ALTER TABLE visit_cadre ADD COLUMN kind TEXT NOT NULL DEFAULT '';
    ALTER TABLE visit_cadre ADD COLUMN overnight INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE visit_cadre ADD COLUMN area_id TEXT;
    UPDATE visit_cadre SET kind = v.kind, overnight = v.overnight, area_id = v.area_id
      FROM visit v WHERE v.id = visit_cadre.visit_id;
    CREATE INDEX visit_cadre_by_day ON visit_cadre(visited_on, cadre_id, kind, overnight, area_id);
    CREATE INDEX visit_deleted ON visit(id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX household_village_visit ON household(village_id, last_visit_on)
      WHERE deleted_at IS NULL;
    CREATE INDEX member_id_household ON member(id_number, household_id)
      WHERE id_number <> '' AND deleted_at IS NULL;
    """
}
