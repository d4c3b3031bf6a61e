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

  /// Counts every tally again from the rows, and lets the triggers keep them from now on: 15 s
  /// for a county's million visits, with a big page cache for the while and the indexes of what
  /// the visits reached built after their rows (filled through them, 50 s).
  /// `cacheKiB` bounds the cache where the work must stay within a memory budget (a merge).
  static func rebuild(_ db: Database, cacheKiB: Int = 1_000_000) throws {
    let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    try db.execute(sql: "PRAGMA cache_size = \(min(cache, -cacheKiB))")
    defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
    try db.execute(sql: "DELETE FROM setting WHERE key = 'bulk_tallies'")
    let reachIndexes = try BulkLoad.suspendIndexes(db, tables: ["visit_reach"])
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
          SELECT vc.cadre_id, substr(vc.visited_on, 1, 7), count(*), \(cadreDayCounts)
          FROM visit_cadre vc INDEXED BY visit_cadre_by_cadre
          WHERE \(VisitSQL.live)
          GROUP BY 1, 2;
        DELETE FROM visit_reach;
        INSERT INTO visit_reach
          SELECT vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''), coalesce(hg.id, vg.id),
            vc.visited_on
          FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
          LEFT JOIN household h ON h.id = vh.household_id
          LEFT JOIN area hg ON hg.id = h.area_id AND hg.level = 'group'
          LEFT JOIN area vg ON vg.id = vc.area_id AND vg.level = 'group'
          WHERE \(VisitSQL.live);
        """)
    try BulkLoad.restoreIndexes(db, reachIndexes)
  }

  /// Whether an import of `rows` rows into `table` (holding `existing`) should hold the
  /// triggers back and count the tallies whole at its end: the triggers cost about 0.3 ms a
  /// visit written, counting whole about 15 µs a visit there (100,000 visits into a county:
  /// 30 s by the triggers, 15 s counted whole).
  static func holdsBack(rows: Int, existing: Int) -> Bool {
    rows >= max(5_000, existing / 20)
  }

  /// What `cadre_month` counts of the visits' cadres `vc` (after the cadre, the month and the
  /// visits): the days out, stationed and stayed the night, and the written work by kind.
  /// Days counted apart over two sets of days that never meet add up.
  static let cadreDayCounts = """
    count(DISTINCT CASE WHEN vc.kind NOT IN \(written) THEN vc.visited_on END),
    count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
    count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
    count(*) FILTER (WHERE vc.kind = 'diary'),
    count(*) FILTER (WHERE vc.kind = 'situation_report'),
    count(*) FILTER (WHERE vc.kind = 'survey_report'),
    count(*) FILTER (WHERE vc.kind = 'suggestion')
    """

  /// The kinds of visit that are written work, not a day out.
  static let written = "('diary', 'situation_report', 'suggestion', 'survey_report')"
}
