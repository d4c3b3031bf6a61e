/// Migration 009, frozen.
///
/// The review reads a period's requests without visiting each row: the day a request was
/// followed up (回访) is kept on the request (filled from the audit log, and by a trigger as the
/// log grows), an index holds every column the rates and the panels count by, the requests
/// closed are found by the day they closed, and the visits of a period by their day and cadre.
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
    CREATE INDEX visit_cadre_by_day ON visit_cadre(visited_on, cadre_id);
    """
}
