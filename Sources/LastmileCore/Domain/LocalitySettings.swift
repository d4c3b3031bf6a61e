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
  /// The locality's request categories, in the order the desk offers them (at most twelve, one
  /// a key).
  public var categories: [RequestCategory]
  /// The phrase book: decisions, replies and explanations written often, offered in those
  /// fields by a key.
  public var phrases: [String]

  public init(
    officeName: String = "", policy: DeadlinePolicy = DeadlinePolicy(),
    transferTargets: [String] = LocalitySettings.defaultTransferTargets,
    schedule: ReceptionSchedule = ReceptionSchedule(), dutyLeaders: [String] = [],
    closeNeedsApproval: Bool = false,
    writtenCategories: Set<String> = LocalitySettings.defaultWrittenCategories,
    categories: [RequestCategory] = RequestCategory.defaults,
    phrases: [String] = LocalitySettings.defaultPhrases
  ) {
    self.categories = categories
    self.phrases = phrases
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

  /// The most categories the desk offers, one a key (1–9, 0, `-`, `=`).
  public static let mostCategories = 12

  /// Phrases the source documents' examples use most.
  public static let defaultPhrases = [
    "已当场解答，群众表示理解。",
    "已转相关部门办理，一周内答复。",
    "经核实，不符合政策规定，已向群众耐心解释。",
    "已联系村（社区）干部上门查看，限期处理。",
    "需统筹研究，提交会议研究。",
    "已电话告知办理结果，群众表示满意。",
    "已书面答复，送达本人。",
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
