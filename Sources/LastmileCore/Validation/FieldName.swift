/// The name of a field as files and messages give it: a Chinese header and an English column.
public enum FieldName: String, CodedValue {
  case id
  case householdNo = "household_no"
  case headName = "head_name"
  case village
  case group
  case address
  case phone
  case categories
  case povertyCause = "poverty_cause"
  case cadre
  case cardIssuedOn = "card_issued_on"
  case helpMeasures = "help_measures"
  case notes
  case memberCount = "member_count"
  case name
  case relation
  case sex
  case birthDate = "birth_date"
  case idNumber = "id_number"
  case date
  case kind
  case hours
  case content
  case followUpOn = "follow_up_on"
  case receivedAt = "received_at"
  case channel
  case requesterName = "requester_name"
  case category
  case urgency
  case decision
  case assignee
  case status
  case reply
  case satisfaction
  case dueOn = "due_on"
  case overdue
  case requestNumber = "number"
  case operatorName = "operator"
  case role
  case unit
  case health
  case disability
  case schooling
  case tags
  case receivedBy = "received_by"
  case dutyLeader = "duty_leader"
  case cadres
  case households
  case place
  case overnight
  case problem
  case roleSince = "role_since"
  case contactAreas = "contact_areas"
  case contactHouseholds = "contact_households"

  public var chinese: String {
    switch self {
    case .id: "编号"
    case .householdNo: "户号"
    case .headName: "户主"
    case .village: "村"
    case .group: "组"
    case .address: "地址"
    case .phone: "电话"
    case .categories: "类别"
    case .povertyCause: "致贫原因"
    case .cadre: "联系干部"
    case .cardIssuedOn: "联系卡发放日期"
    case .helpMeasures: "帮扶措施"
    case .notes: "备注"
    case .memberCount: "人口"
    case .name: "姓名"
    case .relation: "与户主关系"
    case .sex: "性别"
    case .birthDate: "出生日期"
    case .idNumber: "身份证号"
    case .date: "日期"
    case .kind: "类型"
    case .hours: "时长"
    case .content: "内容"
    case .followUpOn: "跟进日期"
    case .receivedAt: "登记时间"
    case .channel: "渠道"
    case .requesterName: "来访人"
    case .category: "类别"
    case .urgency: "紧急程度"
    case .decision: "处理意见"
    case .assignee: "承办人"
    case .status: "状态"
    case .reply: "答复"
    case .satisfaction: "满意度"
    case .dueOn: "答复期限"
    case .overdue: "逾期"
    case .requestNumber: "编号"
    case .operatorName: "操作人"
    case .role: "角色"
    case .unit: "单位"
    case .health: "健康状况"
    case .disability: "残疾情况"
    case .schooling: "就学情况"
    case .tags: "标签"
    case .receivedBy: "接收人"
    case .dutyLeader: "值班领导"
    case .cadres: "干部"
    case .households: "走访户"
    case .place: "地点"
    case .overnight: "入住"
    case .problem: "问题"
    case .roleSince: "任职日期"
    case .contactAreas: "联系点"
    case .contactHouseholds: "联系户"
    }
  }

  /// The English column name.
  public var english: String { rawValue }

  /// The field's name for a person: the Chinese header, or an English label.
  public func title(_ language: Language) -> String {
    guard language == .en else { return chinese }
    switch self {
    case .id: return "ID"
    case .householdNo: return "Household No."
    case .headName: return "Head"
    case .idNumber: return "ID number"
    case .povertyCause: return "Poverty cause"
    case .cardIssuedOn: return "Card issued on"
    case .helpMeasures: return "Help measures"
    case .memberCount: return "Members"
    case .birthDate: return "Birth date"
    case .followUpOn: return "Follow up on"
    case .receivedAt: return "Received"
    case .requesterName: return "Requester"
    case .dueOn: return "Due"
    case .operatorName: return "Operator"
    case .cadre: return "Contact cadre"
    case .receivedBy: return "Received by"
    case .dutyLeader: return "Duty leader"
    case .overnight: return "Stayed overnight"
    case .roleSince: return "Since"
    case .contactAreas: return "Contact points"
    case .contactHouseholds: return "Contact households"
    default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
    }
  }
}

extension FieldName {
  /// Whether a cell of this field may hold several lines (notes, what was heard, a reply); the
  /// others hold one.
  public var allowsLineBreaks: Bool {
    switch self {
    case .notes, .helpMeasures, .content, .reply: true
    default: false
    }
  }
}
