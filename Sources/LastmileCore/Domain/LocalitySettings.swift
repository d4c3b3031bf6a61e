/// The rules a locality sets for itself: its office's name, deadlines, and who requests can be
/// transferred to.
public struct LocalitySettings: Sendable, Equatable {
  /// The office's name, printed on reports (`青山镇人民政府`).
  public var officeName: String
  public var policy: DeadlinePolicy
  /// The leaders and departments a request can be transferred to.
  public var transferTargets: [String]
  /// When the reception day is held.
  public var schedule: ReceptionSchedule
  /// The leaders who take the reception days in turn (值班领导), in the rota's order.
  public var dutyLeaders: [String]
  /// Closing a request needs a second person's approval (审核).
  public var closeNeedsApproval: Bool
  /// The categories answered in writing (matters of principle); the others orally.
  public var writtenCategories: Set<String>

  public init(
    officeName: String = "", policy: DeadlinePolicy = DeadlinePolicy(),
    transferTargets: [String] = LocalitySettings.defaultTransferTargets,
    schedule: ReceptionSchedule = ReceptionSchedule(), dutyLeaders: [String] = [],
    closeNeedsApproval: Bool = false,
    writtenCategories: Set<String> = LocalitySettings.defaultWrittenCategories
  ) {
    self.closeNeedsApproval = closeNeedsApproval
    self.writtenCategories = writtenCategories
    self.dutyLeaders = dutyLeaders
    self.officeName = officeName
    self.policy = policy
    self.transferTargets = transferTargets
    self.schedule = schedule
  }

  /// The matters of principle, answered in writing unless the office says otherwise: disputes,
  /// housing, infrastructure and suggestions to the government.
  public static let defaultWrittenCategories: Set<String> = [
    "dispute_security", "housing", "infrastructure", "suggestion",
  ]

  /// The kind of reply a category calls for.
  public func replyKind(for category: String) -> ReplyKind {
    writtenCategories.contains(category) ? .written : .oral
  }

  /// The departments of a township government that requests are usually transferred to.
  public static let defaultTransferTargets = [
    "镇党政办", "镇民政办", "镇农业综合服务中心", "镇卫生院", "镇中心学校", "镇司法所", "派出所", "镇自然资源所",
    "镇社保中心", "镇住建环保站", "供电所", "镇水利站",
  ]
}
