import GRDB

/// The tallies the review and the work summary read (`request_tally`, `cadre_month`,
/// `visit_reach`): kept by triggers row by row, and built whole here after a load that set the
/// indexes of their tables aside, while a `bulk_tallies` row in `setting` held the triggers back.
enum Tallies {
  /// The tables a tally is counted from: a load that suspends the indexes of one of them builds
  /// the tallies again at its end.
  static let sources: Set<String> = ["help_request", "visit", "visit_cadre", "visit_household"]

  /// Holds the triggers back until `rebuild`.
  static func suspend(_ db: Database) throws {
    try db.execute(
      sql:
        "INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES ('bulk_tallies', '1', '')")
  }

  /// Whether the triggers are held back.
  static func suspended(_ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT 1 FROM setting WHERE key = 'bulk_tallies'") ?? false
  }

  /// Counts every tally again from the rows, and lets the triggers keep them from now on.
  static func rebuild(_ db: Database) throws {
    try db.execute(
      sql: """
        DELETE FROM request_tally;
        INSERT INTO request_tally
          SELECT substr(received_at, 1, 7), category, channel, status, count(*),
            sum(coalesce(replied_at, closed_at) IS NOT NULL),
            sum(coalesce(replied_at, closed_at) IS NOT NULL
              AND (due_on IS NULL OR substr(coalesce(replied_at, closed_at), 1, 10) <= due_on)),
            sum(status = 'closed'),
            sum(satisfaction IS NOT NULL AND satisfaction <> 'dissatisfied'),
            sum(satisfaction IS NOT NULL),
            sum(status = 'closed' AND followed_up_on IS NOT NULL)
          FROM help_request WHERE deleted_at IS NULL AND merged_into_id IS NULL
          GROUP BY 1, 2, 3, 4;
        DELETE FROM cadre_month;
        INSERT INTO cadre_month
          SELECT vc.cadre_id, substr(vc.visited_on, 1, 7), count(*),
            count(DISTINCT CASE WHEN vc.kind NOT IN \(written) THEN vc.visited_on END),
            count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
            count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
            count(*) FILTER (WHERE vc.kind = 'diary'),
            count(*) FILTER (WHERE vc.kind = 'situation_report'),
            count(*) FILTER (WHERE vc.kind = 'survey_report'),
            count(*) FILTER (WHERE vc.kind = 'suggestion')
          FROM visit_cadre vc INDEXED BY visit_cadre_by_cadre
          WHERE \(VisitSQL.live)
          GROUP BY 1, 2;
        DELETE FROM visit_reach;
        INSERT INTO visit_reach
          SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
            coalesce(
              (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
                WHERE h.id = vh.household_id),
              (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
            vc.visited_on
          FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
          WHERE \(VisitSQL.live);
        DELETE FROM setting WHERE key = 'bulk_tallies';
        """)
  }

  /// The kinds of visit that are written work, not a day out.
  static let written = "('diary', 'situation_report', 'suggestion', 'survey_report')"
}
