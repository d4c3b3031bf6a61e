/// Migration 010, frozen.
///
/// Tallies the review and the work summary read instead of every row, kept by triggers as the
/// rows change (and built whole after a load that set the indexes aside, which marks itself
/// with a `bulk_tallies` row in `setting`):
/// - `request_tally`: the live requests of a month received, by category, channel and status,
///   with what each counts towards the rates that does not depend on the day they are read;
/// - `cadre_month`: a cadre's live visits of a month, the days out, stationed and stayed the
///   night, and the written work by kind;
/// - `visit_reach`: each live visit's cadres with the households it visited and the village
///   group it reached (the household's group, else the visit's own place when it is a group).
/// The requests not answered are found by the day received, for the part of the response rate
/// that does depend on the day read, and the open requests by the day received, for their ages.
/// A household's flags of the data's health are kept on its row: possibly a duplicate, and how
/// many of its members lack an ID number.
///
/// Literal SQL that no runtime code shares (the pieces below are this migration's own): editing
/// a query never changes the schema a new database gets. A change to the schema is a new
/// migration.
enum Migration010Tallies: FrozenMigration {
  static let identifier = "010 tallies"

  /// The tallies' triggers stand aside while a load holds them back.
  private static let tallying = "NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_tallies')"

  /// The household flags' triggers stand aside during a bulk load, as the roster's columns do.
  private static let rowByRow = "NOT EXISTS (SELECT 1 FROM setting WHERE key = 'bulk_load')"

  /// What the request `r` (`NEW` or `OLD`) counts in its group of `request_tally`, with `sign`
  /// (`-` to take it away).
  private static func requestCounts(_ r: String, _ sign: String) -> String {
    """
    substr(\(r).received_at, 1, 7), \(r).category, \(r).channel, \(r).status, \(sign)1,
          \(sign)(coalesce(\(r).replied_at, \(r).closed_at) IS NOT NULL),
          \(sign)(coalesce(\(r).replied_at, \(r).closed_at) IS NOT NULL
            AND (\(r).due_on IS NULL OR substr(coalesce(\(r).replied_at, \(r).closed_at), 1, 10) <= \(r).due_on)),
          \(sign)(\(r).status = 'closed'),
          \(sign)(\(r).satisfaction IS NOT NULL AND \(r).satisfaction <> 'dissatisfied'),
          \(sign)(\(r).satisfaction IS NOT NULL),
          \(sign)(\(r).status = 'closed' AND \(r).followed_up_on IS NOT NULL)
    """
  }

  /// Adds a row's counts to those of its group.
  private static let addToGroup = """
    ON CONFLICT DO UPDATE SET received = received + excluded.received,
          answered = answered + excluded.answered, in_time = in_time + excluded.in_time,
          closed = closed + excluded.closed, satisfied = satisfied + excluded.satisfied,
          rated = rated + excluded.rated, followed = followed + excluded.followed
    """

  /// The columns of `cadre_month`, counted over the visits' cadres `vc` grouped by cadre and
  /// month.
  private static let cadreMonthCounts = """
    vc.cadre_id, substr(vc.visited_on, 1, 7), count(*),
          count(DISTINCT CASE WHEN vc.kind NOT IN ('diary', 'situation_report', 'suggestion', 'survey_report') THEN vc.visited_on END),
          count(DISTINCT CASE WHEN vc.kind = 'stationed' THEN vc.visited_on END),
          count(DISTINCT CASE WHEN vc.overnight = 1 THEN vc.visited_on END),
          count(*) FILTER (WHERE vc.kind = 'diary'),
          count(*) FILTER (WHERE vc.kind = 'situation_report'),
          count(*) FILTER (WHERE vc.kind = 'survey_report'),
          count(*) FILTER (WHERE vc.kind = 'suggestion')
    """

  /// The visit of `vc` is not deleted.
  private static let live =
    "NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = vc.visit_id AND v.deleted_at IS NOT NULL)"

  /// Counts again the months of the cadres that `pairs` (a query of `cadre` and `month`) names.
  private static func recountCadreMonths(_ pairs: String) -> String {
    """
    DELETE FROM cadre_month WHERE (cadre_id, month) IN (SELECT cadre, month FROM (\(pairs)));
        INSERT INTO cadre_month
          SELECT \(cadreMonthCounts)
          FROM (\(pairs)) m JOIN visit_cadre vc ON vc.cadre_id = m.cadre
            AND vc.visited_on >= m.month || '-01' AND vc.visited_on <= m.month || '-31'
          WHERE \(live)
          GROUP BY 1, 2;
    """
  }

  /// The columns of `visit_reach` for the visits' cadres `vc` and households `vh`.
  private static let reach = """
    vc.visit_id, vc.cadre_id, ifnull(vh.household_id, ''),
          coalesce(
            (SELECT h.area_id FROM household h JOIN area g ON g.id = h.area_id AND g.level = 'group'
              WHERE h.id = vh.household_id),
            (SELECT g.id FROM area g WHERE g.id = vc.area_id AND g.level = 'group')),
          vc.visited_on
    """

  /// Reads again what the visits `visits` (a list of ids) reached.
  private static func recountReach(_ visits: String) -> String {
    """
    DELETE FROM visit_reach WHERE visit_id IN (\(visits));
        INSERT INTO visit_reach
          SELECT \(reach)
          FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
          WHERE vc.visit_id IN (\(visits)) AND \(live);
    """
  }

  /// Whether `household` may be a duplicate.
  private static let duplicate = """
    (household.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM household o WHERE o.village_id IS household.village_id
            AND o.head_name = household.head_name AND o.id <> household.id AND o.deleted_at IS NULL)
          OR EXISTS (SELECT 1 FROM member m JOIN member o ON o.id_number = m.id_number
            AND o.household_id <> m.household_id AND o.id_number <> '' AND o.deleted_at IS NULL
            WHERE m.household_id = household.id AND m.id_number <> '' AND m.deleted_at IS NULL)))
    """

  /// How many of `household`'s members lack an ID number.
  private static let withoutID = """
    (SELECT count(*) FROM member m WHERE m.household_id = household.id
          AND m.deleted_at IS NULL AND m.id_number = '')
    """

  static let sql = """
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
    CREATE TRIGGER request_tally_insert AFTER INSERT ON help_request
      WHEN NEW.deleted_at IS NULL AND NEW.merged_into_id IS NULL AND \(tallying)
      BEGIN
        INSERT INTO request_tally VALUES (\(requestCounts("NEW", "")))
        \(addToGroup);
      END;
    CREATE TRIGGER request_tally_delete AFTER DELETE ON help_request
      WHEN OLD.deleted_at IS NULL AND OLD.merged_into_id IS NULL AND \(tallying)
      BEGIN
        INSERT INTO request_tally VALUES (\(requestCounts("OLD", "-")))
        \(addToGroup);
      END;
    CREATE TRIGGER request_tally_update AFTER UPDATE OF received_at, category, channel, status,
      due_on, replied_at, closed_at, satisfaction, followed_up_on, deleted_at, merged_into_id
      ON help_request
      WHEN \(tallying)
      BEGIN
        INSERT INTO request_tally SELECT \(requestCounts("OLD", "-"))
          WHERE OLD.deleted_at IS NULL AND OLD.merged_into_id IS NULL
        \(addToGroup);
        INSERT INTO request_tally SELECT \(requestCounts("NEW", ""))
          WHERE NEW.deleted_at IS NULL AND NEW.merged_into_id IS NULL
        \(addToGroup);
      END;
    CREATE INDEX help_request_unanswered ON help_request(received_at, due_on)
      WHERE replied_at IS NULL AND closed_at IS NULL AND deleted_at IS NULL
        AND merged_into_id IS NULL;
    CREATE INDEX help_request_open ON help_request(received_at)
      WHERE status IN ('registered', 'in_progress', 'replied') AND deleted_at IS NULL
        AND merged_into_id IS NULL;

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
    INSERT INTO cadre_month
      SELECT \(cadreMonthCounts)
      FROM visit_cadre vc WHERE \(live)
      GROUP BY 1, 2;
    CREATE TRIGGER cadre_month_insert AFTER INSERT ON visit_cadre WHEN \(tallying)
      BEGIN
        \(recountCadreMonths("SELECT NEW.cadre_id AS cadre, substr(NEW.visited_on, 1, 7) AS month"))
      END;
    CREATE TRIGGER cadre_month_delete AFTER DELETE ON visit_cadre WHEN \(tallying)
      BEGIN
        \(recountCadreMonths("SELECT OLD.cadre_id AS cadre, substr(OLD.visited_on, 1, 7) AS month"))
      END;
    CREATE TRIGGER cadre_month_update AFTER UPDATE ON visit_cadre WHEN \(tallying)
      BEGIN
        \(recountCadreMonths("""
          SELECT OLD.cadre_id AS cadre, substr(OLD.visited_on, 1, 7) AS month
          UNION SELECT NEW.cadre_id, substr(NEW.visited_on, 1, 7)
          """))
      END;

    CREATE TABLE visit_reach (
      visit_id TEXT NOT NULL,
      cadre_id TEXT NOT NULL,
      household_id TEXT NOT NULL,
      group_id TEXT,
      visited_on TEXT NOT NULL,
      PRIMARY KEY (visit_id, cadre_id, household_id)
    ) WITHOUT ROWID;
    INSERT INTO visit_reach
      SELECT \(reach)
      FROM visit_cadre vc LEFT JOIN visit_household vh ON vh.visit_id = vc.visit_id
      WHERE \(live);
    CREATE INDEX visit_reach_households ON visit_reach(cadre_id, household_id, visited_on)
      WHERE household_id <> '';
    CREATE INDEX visit_reach_groups ON visit_reach(cadre_id, group_id, visit_id, visited_on)
      WHERE group_id IS NOT NULL;
    CREATE INDEX visit_reach_by_household ON visit_reach(household_id) WHERE household_id <> '';
    CREATE TRIGGER visit_reach_cadre_insert AFTER INSERT ON visit_cadre WHEN \(tallying)
      BEGIN
        \(recountReach("NEW.visit_id"))
      END;
    CREATE TRIGGER visit_reach_cadre_delete AFTER DELETE ON visit_cadre WHEN \(tallying)
      BEGIN
        DELETE FROM visit_reach WHERE visit_id = OLD.visit_id AND cadre_id = OLD.cadre_id;
      END;
    CREATE TRIGGER visit_reach_cadre_update AFTER UPDATE ON visit_cadre WHEN \(tallying)
      BEGIN
        \(recountReach("OLD.visit_id, NEW.visit_id"))
      END;
    CREATE TRIGGER visit_reach_household_insert AFTER INSERT ON visit_household WHEN \(tallying)
      BEGIN
        \(recountReach("NEW.visit_id"))
      END;
    CREATE TRIGGER visit_reach_household_delete AFTER DELETE ON visit_household WHEN \(tallying)
      BEGIN
        \(recountReach("OLD.visit_id"))
      END;
    CREATE TRIGGER visit_tallies_tombstone AFTER UPDATE OF deleted_at ON visit
      WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) AND \(tallying)
      BEGIN
        \(recountReach("NEW.id"))
        \(recountCadreMonths("""
          SELECT DISTINCT cadre_id AS cadre, substr(visited_on, 1, 7) AS month
          FROM visit_cadre WHERE visit_id = NEW.id
          """))
      END;
    CREATE TRIGGER visit_reach_household_moves AFTER UPDATE OF area_id ON household
      WHEN \(tallying)
      BEGIN
        UPDATE visit_reach SET group_id = coalesce(
            (SELECT g.id FROM area g WHERE g.id = NEW.area_id AND g.level = 'group'),
            (SELECT g.id FROM visit_cadre vc JOIN area g ON g.id = vc.area_id AND g.level = 'group'
              WHERE vc.visit_id = visit_reach.visit_id AND vc.cadre_id = visit_reach.cadre_id))
        WHERE household_id = NEW.id;
      END;

    ALTER TABLE household ADD COLUMN possible_duplicate INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE household ADD COLUMN members_without_id INTEGER NOT NULL DEFAULT 0;
    UPDATE household SET possible_duplicate = \(duplicate), members_without_id = \(withoutID);
    CREATE INDEX household_flag_duplicate ON household(area_sort, id)
      WHERE possible_duplicate = 1 AND deleted_at IS NULL;
    CREATE INDEX household_flag_without_id ON household(area_sort, id)
      WHERE members_without_id > 0 AND deleted_at IS NULL;
    CREATE INDEX household_flag_without_contact ON household(area_sort, id)
      WHERE cadre_names = '' AND deleted_at IS NULL;
    CREATE TRIGGER household_duplicate_insert AFTER INSERT ON household WHEN \(rowByRow)
      BEGIN
        UPDATE household SET possible_duplicate = \(duplicate)
        WHERE id = NEW.id OR (village_id IS NEW.village_id AND head_name = NEW.head_name);
      END;
    CREATE TRIGGER household_duplicate_update AFTER UPDATE OF head_name, village_id, deleted_at
      ON household WHEN \(rowByRow)
      BEGIN
        UPDATE household SET possible_duplicate = \(duplicate)
        WHERE id = NEW.id OR (village_id IS NEW.village_id AND head_name = NEW.head_name)
          OR (village_id IS OLD.village_id AND head_name = OLD.head_name);
      END;
    CREATE TRIGGER member_flags_insert AFTER INSERT ON member WHEN \(rowByRow)
      BEGIN
        UPDATE household SET members_without_id = \(withoutID) WHERE id = NEW.household_id;
        UPDATE household SET possible_duplicate = \(duplicate)
        WHERE id = NEW.household_id OR id IN (SELECT household_id FROM member
          WHERE id_number = NEW.id_number AND NEW.id_number <> '');
      END;
    CREATE TRIGGER member_flags_update AFTER UPDATE OF id_number, household_id, deleted_at ON member
      WHEN \(rowByRow)
      BEGIN
        UPDATE household SET members_without_id = \(withoutID)
        WHERE id IN (OLD.household_id, NEW.household_id);
        UPDATE household SET possible_duplicate = \(duplicate)
        WHERE id IN (OLD.household_id, NEW.household_id) OR id IN (SELECT household_id FROM member
          WHERE id_number IN (OLD.id_number, NEW.id_number) AND id_number <> '');
      END;
    CREATE TRIGGER member_flags_delete AFTER DELETE ON member WHEN \(rowByRow)
      BEGIN
        UPDATE household SET members_without_id = \(withoutID) WHERE id = OLD.household_id;
        UPDATE household SET possible_duplicate = \(duplicate)
        WHERE id = OLD.household_id OR id IN (SELECT household_id FROM member
          WHERE id_number = OLD.id_number AND OLD.id_number <> '');
      END;
    """
}
