import Foundation
import GRDB
import LastmileCore

/// Every cadre's quotas over a period, the cadres short first.
public struct QuotaReport: Sendable, Equatable {
  /// A cadre's quotas over the period, or over the part of it they held one role.
  public struct Cadre: Sendable, Equatable {
    public let cadre: CadreRef
    public let role: RoleRules
    /// The months judged by this role (the period, unless the role changed in it).
    public let period: Period
    public let results: [QuotaResult]

    /// How much is missing over every quota.
    public var short: Int { results.reduce(0) { $0 + $1.short } }
  }

  public let period: Period
  public let cadres: [Cadre]
}

extension LastmileStore {
  /// Every live cadre whose role has quotas under the rules in force, over `period`; only
  /// `role` when given, only the cadres who contact `area` (or an area in it) when given. The
  /// cadres short first, by how much.
  public func quotaReport(period: Period, role: String? = nil, area: UUID? = nil) throws
    -> QuotaReport
  {
    let names = try read { db in
      // A cadre retired in or after the period is judged for the months they served in it.
      var sql = "SELECT id, name FROM cadre WHERE (deleted_at IS NULL OR deleted_at >= ?1)"
      var arguments: StatementArguments = [period.first]
      if let area {
        sql += """
           AND id IN (SELECT ca.cadre_id FROM contact_assignment ca
            LEFT JOIN household h ON h.id = ca.household_id
            LEFT JOIN area a ON a.id = coalesce(ca.area_id, h.area_id)
            LEFT JOIN area p ON p.id = a.parent_id
            WHERE ca.deleted_at IS NULL AND ?2 IN (a.id, a.parent_id, p.parent_id))
          """
        arguments = [period.first, area.databaseText]
      }
      return try Row.fetchAll(db, sql: sql + " ORDER BY name_pinyin, name", arguments: arguments)
        .map { CadreRef(id: try $0.id("id", in: "cadre"), name: $0["name"]) }
    }
    let compliance = try compliance(of: names.map(\.id), period: period)
    var rows: [QuotaReport.Cadre] = []
    for cadre in names {
      for part in compliance[cadre.id] ?? []
      where !part.role.quotas.isEmpty && (role == nil || part.role.id == role) {
        rows.append(
          QuotaReport.Cadre(
            cadre: cadre, role: part.role, period: part.period, results: part.results))
      }
    }
    let ordered = rows.enumerated().sorted {
      ($0.element.short, -$0.offset) > ($1.element.short, -$1.offset)
    }.map(\.element)
    return QuotaReport(period: period, cadres: ordered)
  }
}
