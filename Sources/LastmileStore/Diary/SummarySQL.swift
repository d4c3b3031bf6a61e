/// The readings of the work summary, each keyed by `cadre` and taking the period's first and
/// last days as `?1` and `?2`: what a cadre wrote and the days they were out, the groups and
/// households their visits reached, the contact cards issued, the problems raised.
enum SummarySQL {
  /// Every live visit of the period with each of its cadres, from the index of a visit's cadres
  /// by day, which holds what the summary reads of a visit.
  private static let visits = """
    WITH vis AS MATERIALIZED (
      SELECT vc.cadre_id AS cadre, vc.visit_id AS visit, vc.visited_on AS day, vc.kind AS kind,
        vc.overnight AS overnight, vc.area_id AS area
      FROM visit_cadre vc INDEXED BY visit_cadre_by_day
      WHERE vc.visited_on BETWEEN ?1 AND ?2 AND \(VisitSQL.live))
    """

  /// The kinds that are written work, not a day out.
  private static let written = "('diary', 'situation_report', 'suggestion', 'survey_report')"

  static let readings = [
    """
    \(visits)
    SELECT cadre,
      count(DISTINCT CASE WHEN kind NOT IN \(written) THEN day END) AS grassroots,
      count(DISTINCT CASE WHEN kind = 'stationed' THEN day END) AS stationed,
      count(DISTINCT CASE WHEN overnight = 1 THEN day END) AS nights,
      count(*) FILTER (WHERE kind = 'diary') AS diaries,
      count(*) FILTER (WHERE kind = 'situation_report') AS situation_reports,
      count(*) FILTER (WHERE kind = 'survey_report') AS survey_reports,
      count(*) FILTER (WHERE kind = 'suggestion') AS suggestions
    FROM vis GROUP BY cadre
    """,
    // A visit reaches the group of each household it visited, else the group it was held in.
    """
    \(visits),
    groups(id) AS MATERIALIZED (SELECT id FROM area WHERE level = 'group')
    SELECT cadre, count(DISTINCT g) AS groups, count(DISTINCT visit || '/' || g) AS group_visits,
      count(DISTINCT household) AS households
    FROM (
      SELECT vis.cadre, vis.visit, vh.household_id AS household,
        coalesce(
          (SELECT h.area_id FROM household h WHERE h.id = vh.household_id
            AND h.area_id IN (SELECT id FROM groups)),
          CASE WHEN vis.area IN (SELECT id FROM groups) THEN vis.area END) AS g
      FROM vis LEFT JOIN visit_household vh ON vh.visit_id = vis.visit)
    GROUP BY cadre
    """,
    """
    SELECT ca.cadre_id AS cadre, count(DISTINCT h.id) AS cards
    FROM contact_assignment ca JOIN household h ON h.id = ca.household_id AND h.deleted_at IS NULL
    WHERE ca.deleted_at IS NULL AND h.card_issued_on BETWEEN ?1 AND ?2
    GROUP BY ca.cadre_id
    """,
    """
    SELECT vc.cadre_id AS cadre, count(*) AS raised, count(*) FILTER (WHERE r.status = 'closed') AS solved
    FROM help_request r INDEXED BY help_request_visit
    JOIN visit_cadre vc ON vc.visit_id = r.visit_id
    WHERE r.deleted_at IS NULL AND r.visit_id IS NOT NULL AND vc.visited_on BETWEEN ?1 AND ?2
      AND \(VisitSQL.live)
    GROUP BY vc.cadre_id
    """,
  ]
}
