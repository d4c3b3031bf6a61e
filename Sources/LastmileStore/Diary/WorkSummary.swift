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
  /// given), by name. Counted set-wise: four readings side by side, each over the period's
  /// visits once for every cadre.
  public func workSummary(from: LocalDate, through: LocalDate, cadre name: String? = nil) throws
    -> WorkSummary
  {
    let people = try read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT id, name, role, unit FROM cadre WHERE deleted_at IS NULL"
          + (name == nil ? "" : " AND name = ?") + " ORDER BY name_pinyin, name",
        arguments: name.map { [$0] } ?? [])
    }
    let counts = try concurrently(SummarySQL.readings.count) { index in
      try read { db in
        // Each cadre's figures by column.
        var counts: [String: [String: Int]] = [:]
        let split = index == 0 ? MonthSplit(first: from, through: through).values : []
        for row in try Row.fetchAll(
          db, sql: SummarySQL.readings[index],
          arguments: StatementArguments([from.description, through.description] + split))
        {
          var figures: [String: Int] = [:]
          for (column, value) in row where column != "cadre" {
            figures[column] = Int.fromDatabaseValue(value) ?? 0
          }
          counts[row["cadre"]] = figures
        }
        return counts
      }
    }
    // Each cadre's figures by column, from whichever reading counts it.
    let figures = counts.reduce(into: [String: [String: Int]]()) { all, reading in
      all.merge(reading) { $0.merging($1) { $1 } }
    }
    let cadres = people.map { person -> WorkSummary.Cadre in
      let id: String = person["id"]
      var cadre = WorkSummary.Cadre(
        name: person["name"], role: rules.rules(of: CadreRole(rawValue: person["role"])),
        unit: person["unit"])
      func count(_ column: String) -> Int { figures[id]?[column] ?? 0 }
      cadre.grassrootsDays = count("grassroots")
      cadre.stationedDays = count("stationed")
      cadre.nights = count("nights")
      cadre.diaries = count("diaries")
      cadre.situationReports = count("situation_reports")
      cadre.surveyReports = count("survey_reports")
      cadre.suggestions = count("suggestions")
      cadre.groups = count("groups")
      cadre.groupVisits = count("group_visits")
      cadre.households = count("households")
      cadre.cards = count("cards")
      cadre.problemsRaised = count("raised")
      cadre.problemsSolved = count("solved")
      return cadre
    }
    return WorkSummary(from: from, through: through, cadres: cadres)
  }
}
