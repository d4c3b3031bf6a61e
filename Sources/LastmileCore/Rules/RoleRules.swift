/// A role cadres hold (县级领导, 机关干部, …) and the quotas the rules set for it.
public struct RoleRules: Sendable, Equatable {
  /// The stable name the rules file and the database use (`township_leader`).
  public var id: String
  public var chinese: String
  public var english: String
  /// What the role must do, by what it counts; a quota not set does not apply.
  public var quotas: [QuotaKind: Int]

  public init(id: String, chinese: String, english: String, quotas: [QuotaKind: Int] = [:]) {
    self.id = id
    self.chinese = chinese
    self.english = english
    self.quotas = quotas
  }

  /// The role's name in `language`.
  public func label(_ language: Language) -> String { language == .zh ? chinese : english }
}
