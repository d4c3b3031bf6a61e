import Foundation
import GRDB
import LastmileCore

/// The counts of a 工作总结 as the source documents write them, per cadre over a period.
public struct WorkSummary: Sendable, Equatable {
  /// One cadre's counts.
  public struct Cadre: Sendable, Equatable {
    public let name: String
    public let role: RoleRules
    public let unit: String
    /// Days with a visit that is not written work (下基层).
    public var grassrootsDays = 0
    public var stationedDays = 0
    /// Nights stayed in the village (住村).
    public var nights = 0
    /// Village groups (or grids) visited, and how many times.
    public var groups = 0
    public var groupVisits = 0
    /// Households visited.
    public var households = 0
    /// Contact cards issued to the households they contact.
    public var cards = 0
    public var diaries = 0
    public var situationReports = 0
    public var surveyReports = 0
    public var suggestions = 0
    /// Problems their visits raised as requests, and how many of those are closed.
    public var problemsRaised = 0
    public var problemsSolved = 0
  }

  public let from: LocalDate
  public let through: LocalDate
  public let cadres: [Cadre]
}

extension LastmileStore {
  /// Each live cadre's counts from `from` through `through` (only `cadre` when a name is
  /// given), by name.
  public func workSummary(from: LocalDate, through: LocalDate, cadre name: String? = nil) throws
    -> WorkSummary
  {
    try read { db in
      let visits = """
        FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
        WHERE vc.cadre_id = c.id AND vc.visited_on BETWEEN ?1 AND ?2
        """
      let written = "('diary', 'situation_report', 'suggestion', 'survey_report')"
      func kind(_ code: String) -> String { "(SELECT count(*) \(visits) AND v.kind = '\(code)')" }
      var sql = """
        SELECT c.name, c.role, c.unit,
          (SELECT count(DISTINCT vc.visited_on) \(visits) AND v.kind NOT IN \(written)) AS grassroots,
          (SELECT count(DISTINCT vc.visited_on) \(visits) AND v.kind = 'stationed') AS stationed,
          (SELECT count(DISTINCT vc.visited_on) \(visits) AND v.overnight = 1) AS nights,
          (SELECT count(DISTINCT g) FROM (SELECT coalesce(
              CASE WHEN ha.level = 'group' THEN ha.id END,
              CASE WHEN va.level = 'group' THEN va.id END) AS g
            FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
            LEFT JOIN visit_household vh ON vh.visit_id = v.id
            LEFT JOIN household h ON h.id = vh.household_id LEFT JOIN area ha ON ha.id = h.area_id
            LEFT JOIN area va ON va.id = v.area_id
            WHERE vc.cadre_id = c.id AND vc.visited_on BETWEEN ?1 AND ?2)) AS groups,
          (SELECT count(*) FROM (SELECT DISTINCT v.id, coalesce(
              CASE WHEN ha.level = 'group' THEN ha.id END,
              CASE WHEN va.level = 'group' THEN va.id END) AS g
            FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
            LEFT JOIN visit_household vh ON vh.visit_id = v.id
            LEFT JOIN household h ON h.id = vh.household_id LEFT JOIN area ha ON ha.id = h.area_id
            LEFT JOIN area va ON va.id = v.area_id
            WHERE vc.cadre_id = c.id AND vc.visited_on BETWEEN ?1 AND ?2) WHERE g IS NOT NULL)
            AS group_visits,
          (SELECT count(DISTINCT vh.household_id) FROM visit_cadre vc
            JOIN visit v ON v.id = vc.visit_id AND v.deleted_at IS NULL
            JOIN visit_household vh ON vh.visit_id = v.id
            WHERE vc.cadre_id = c.id AND vc.visited_on BETWEEN ?1 AND ?2) AS households,
          (SELECT count(DISTINCT h.id) FROM contact_assignment ca JOIN household h
            ON h.id = ca.household_id AND h.deleted_at IS NULL
            WHERE ca.cadre_id = c.id AND ca.deleted_at IS NULL
              AND h.card_issued_on BETWEEN ?1 AND ?2) AS cards,
          \(kind("diary")) AS diaries, \(kind("situation_report")) AS situation_reports,
          \(kind("survey_report")) AS survey_reports, \(kind("suggestion")) AS suggestions,
          (SELECT count(*) FROM help_request r WHERE r.deleted_at IS NULL AND r.visit_id IN
            (SELECT vc.visit_id \(visits))) AS raised,
          (SELECT count(*) FROM help_request r WHERE r.deleted_at IS NULL AND r.status = 'closed'
            AND r.visit_id IN (SELECT vc.visit_id \(visits))) AS solved
        FROM cadre c WHERE c.deleted_at IS NULL
        """
      var arguments: StatementArguments = [from, through]
      if let name {
        sql += " AND c.name = ?3"
        arguments += [name]
      }
      let cadres = try Row.fetchAll(
        db, sql: sql + " ORDER BY c.name_pinyin, c.name", arguments: arguments
      )
      .map { row -> WorkSummary.Cadre in
        var cadre = WorkSummary.Cadre(
          name: row["name"], role: rules.rules(of: CadreRole(rawValue: row["role"])),
          unit: row["unit"])
        cadre.grassrootsDays = row["grassroots"]
        cadre.stationedDays = row["stationed"]
        cadre.nights = row["nights"]
        cadre.groups = row["groups"]
        cadre.groupVisits = row["group_visits"]
        cadre.households = row["households"]
        cadre.cards = row["cards"]
        cadre.diaries = row["diaries"]
        cadre.situationReports = row["situation_reports"]
        cadre.surveyReports = row["survey_reports"]
        cadre.suggestions = row["suggestions"]
        cadre.problemsRaised = row["raised"]
        cadre.problemsSolved = row["solved"]
        return cadre
      }
      return WorkSummary(from: from, through: through, cadres: cadres)
    }
  }
}
