/// The readings of the work summary, each keyed by `cadre` and taking the period's first and
/// last days as `?1` and `?2` (and the first, its `MonthSplit` as `?3` to `?8`): what a cadre wrote and the
/// days they were out, the groups and households their visits reached, the contact cards
/// issued, the problems raised.
enum SummarySQL {
  static let readings = [
    // The whole months from their tally, the days at either end from the index of days (the
    // days of the two parts never meet, so their distinct days add up).
    """
    SELECT cadre, sum(grassroots) AS grassroots, sum(stationed) AS stationed, sum(nights) AS nights,
      sum(diaries) AS diaries, sum(situation_reports) AS situation_reports,
      sum(survey_reports) AS survey_reports, sum(suggestions) AS suggestions
    FROM (
      SELECT cadre_id AS cadre, outing_days AS grassroots, stationed_days AS stationed,
        night_days AS nights, diaries, situation_reports, survey_reports, suggestions
      FROM cadre_month WHERE month BETWEEN ?3 AND ?4
      UNION ALL
      SELECT vc.cadre_id, \(Tallies.cadreDayCounts)
      FROM visit_cadre vc INDEXED BY visit_cadre_by_day
      WHERE (vc.visited_on BETWEEN ?5 AND ?6 OR vc.visited_on BETWEEN ?7 AND ?8) AND \(VisitSQL.live)
      GROUP BY vc.cadre_id)
    GROUP BY cadre
    """,
    // A visit reaches the group of each household it visited, else the group it was held in:
    // each counted from the tally of what the visits reached, in the order of its index.
    """
    SELECT cadre, count(*) AS groups, sum(visits) AS group_visits FROM (
      SELECT cadre_id AS cadre, count(DISTINCT visit_id) AS visits
      FROM visit_reach INDEXED BY visit_reach_groups
      WHERE group_id IS NOT NULL AND visited_on BETWEEN ?1 AND ?2
      GROUP BY cadre_id, group_id)
    GROUP BY cadre
    """,
    """
    SELECT cadre, count(*) AS households FROM (
      SELECT cadre_id AS cadre FROM visit_reach INDEXED BY visit_reach_households
      WHERE household_id <> '' AND visited_on BETWEEN ?1 AND ?2
      GROUP BY cadre_id, household_id)
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
