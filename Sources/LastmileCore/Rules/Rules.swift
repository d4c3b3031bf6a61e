/// The locality's rules: the roles and their quotas, and the deadlines of the request queue.
public struct Rules: Sendable, Equatable {
  /// The roles, in the order the rules file gives them.
  public var roles: [RoleRules]
  /// The reply and transfer deadlines (one source for the queue and the desk).
  public var deadlines: DeadlinePolicy

  public init(roles: [RoleRules], deadlines: DeadlinePolicy = DeadlinePolicy()) {
    self.roles = roles
    self.deadlines = deadlines
  }

  /// The role with this id, if the rules have it.
  public func role(_ id: String) -> RoleRules? { roles.first { $0.id == id } }

  /// These rules with `other`'s over them: its deadlines where it sets them, its roles replacing
  /// the keys they set of a role of the same id, its new roles added at the end.
  public func overridden(by other: RulesOverride) -> Rules {
    var merged = self
    if let reply = other.replyWorkingDays { merged.deadlines.replyWorkingDays = reply }
    if let transfer = other.transferCalendarDays {
      merged.deadlines.transferCalendarDays = transfer
    }
    if let soon = other.dueSoonWorkingDays { merged.deadlines.dueSoonWorkingDays = soon }
    for role in other.roles {
      if let index = merged.roles.firstIndex(where: { $0.id == role.id }) {
        if let chinese = role.chinese { merged.roles[index].chinese = chinese }
        if let english = role.english { merged.roles[index].english = english }
        merged.roles[index].quotas.merge(role.quotas) { $1 }
      } else {
        merged.roles.append(
          RoleRules(
            id: role.id, chinese: role.chinese ?? role.id, english: role.english ?? role.id,
            quotas: role.quotas))
      }
    }
    return merged
  }
}

/// What a rules file sets: only the keys it has.
public struct RulesOverride: Sendable, Equatable {
  public struct Role: Sendable, Equatable {
    public var id: String
    public var chinese: String?
    public var english: String?
    public var quotas: [QuotaKind: Int]

    public init(
      id: String, chinese: String? = nil, english: String? = nil, quotas: [QuotaKind: Int] = [:]
    ) {
      self.id = id
      self.chinese = chinese
      self.english = english
      self.quotas = quotas
    }
  }

  public var roles: [Role] = []
  public var replyWorkingDays: Int?
  public var transferCalendarDays: Int?
  public var dueSoonWorkingDays: Int?

  public init() {}
}
