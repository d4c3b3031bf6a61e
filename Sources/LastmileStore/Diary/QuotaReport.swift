import Foundation
import LastmileCore

/// Every cadre's quotas over a period, the cadres short first.
public struct QuotaReport: Sendable, Equatable {
  /// A cadre's quotas.
  public struct Cadre: Sendable, Equatable {
    public let cadre: CadreRef
    public let role: RoleRules
    public let results: [QuotaResult]

    /// How much is missing over every quota.
    public var short: Int { results.reduce(0) { $0 + $1.short } }
  }

  public let period: Period
  public let cadres: [Cadre]
}

extension LastmileStore {
  /// Every live cadre whose role has quotas under `rules`, over `period`; only `role` when
  /// given. The cadres short first, by how much.
  public func quotaReport(rules: Rules, period: Period, role: String? = nil) throws -> QuotaReport {
    let cadres = try read { db in
      try LastmileCore.Cadre.fetchAll(
        db, sql: "SELECT * FROM cadre WHERE deleted_at IS NULL ORDER BY name_pinyin, name")
    }
    var rows: [QuotaReport.Cadre] = []
    for cadre in cadres {
      guard let rules = rules.role(cadre.role.rawValue), !rules.quotas.isEmpty,
        role == nil || rules.id == role
      else { continue }
      rows.append(
        QuotaReport.Cadre(
          cadre: CadreRef(id: cadre.id, name: cadre.name), role: rules,
          results: try compliance(cadre: cadre.id, role: rules, period: period)))
    }
    let ordered = rows.enumerated().sorted {
      ($0.element.short, -$0.offset) > ($1.element.short, -$1.offset)
    }.map(\.element)
    return QuotaReport(period: period, cadres: ordered)
  }
}
