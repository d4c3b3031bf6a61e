/// Migration 007, frozen.
///
/// The visit diary as a cadre writes it: whether the cadre stayed the night (入住), when a
/// follow-up was marked done, the follow-ups still open found by their date, and the requests a
/// visit raised found by the visit. And which session wrote a draft, so that a draft another
/// running session is still typing is not offered as left behind. And a day's record book may
/// be handed over again once late entries were written after its handover.
///
/// Literal SQL that no runtime code shares: editing a query never changes the schema a new
/// database gets. A change to the schema is a new migration.
enum Migration007VisitDiary: FrozenMigration {
  static let identifier = "007 visit diary"

  static let sql = """
    ALTER TABLE visit ADD COLUMN overnight INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE visit ADD COLUMN follow_up_done_on TEXT;
    CREATE INDEX visit_follow_up_open ON visit(follow_up_on)
      WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL AND deleted_at IS NULL;
    CREATE INDEX help_request_visit ON help_request(visit_id) WHERE visit_id IS NOT NULL;
    ALTER TABLE draft ADD COLUMN session TEXT NOT NULL DEFAULT '';
    DROP INDEX reception_handover_day;
    CREATE INDEX reception_handover_day ON reception_handover(day, created_at) WHERE deleted_at IS NULL;
    """
}
