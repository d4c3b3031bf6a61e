/// A cadre's quotas over a part of a period, judged by the role they held in it.
public struct RoleCompliance: Sendable, Equatable {
  public let role: RoleRules
  public let period: Period
  public let results: [QuotaResult]

  public init(role: RoleRules, period: Period, results: [QuotaResult]) {
    self.role = role
    self.period = period
    self.results = results
  }

  /// How much is missing over every quota.
  public var short: Int { results.reduce(0) { $0 + $1.short } }
}
