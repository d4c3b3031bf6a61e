import LastmileCore

/// The words of the tables: columns, sorts, positions, marks in cells.
public enum TableText: LocalizedText {
  case position(Int, Int, Int)
  case positionTotal(Int)
  case sortedBy(String, String)
  case ascending
  case descending
  case nothingYet
  case loading
  case colHouseholdNo
  case colHead
  case colVillage
  case colMembers
  case colCategories
  case colCadre
  case colPhone
  case colDate
  case colKind
  case colCadres
  case colHouseholds
  case colContent
  case colRaised
  case colReceived
  case colRequester
  case colRequestNumber
  case colMatter
  case colCategory
  case colDecision
  case colStatus
  case colAssignee
  /// The assignee in a narrow column.
  case colOwner
  case colDue
  case colDaysLeft
  case sortWorkOrder
  case extendedMark
  case mergedMark
  case urgentMark
  case criticalMark
  case reviewCounts
  case reviewByStatus
  case countVillages
  case countHouseholds
  case countMembers
  case countCadres
  case countVisits
  case countOpen
  case countOverdue
  case colLastVisit
  case colOpen
  case colVillageGroup
  case neverVisited
  case daysAgo(Int)
  case colName
  case colRelation
  case colSex
  case colBirth
  case colIDNumber
  case colNotes
  case undecided
  case colWhen
  case colOperator
  case colAction
  case colStatusChange
  case colNote
  case countRequests

  public var translations: Translations {
    switch self {
    case .position(let p1, let p2, let p3):
      Translations("第 \(p1)–\(p2) 条，共 \(p3) 条", "\(p1)–\(p2) of \(p3)")
    case .positionTotal(let p1): Translations("共 \(p1) 条", "\(p1) in all")
    case .sortedBy(let p1, let p2): Translations("按\(p1)\(p2)", "by \(p1), \(p2)")
    case .ascending: Translations("升序", "ascending")
    case .descending: Translations("降序", "descending")
    case .nothingYet: Translations("（还没有记录）", "(nothing here yet)")
    case .loading: Translations("正在读取……", "Loading…")
    case .colHouseholdNo: Translations("户号", "No.")
    case .colHead: Translations("户主", "Head")
    case .colVillage: Translations("村/社区", "Village")
    case .colMembers: Translations("人口", "Size")
    case .colCategories: Translations("类别", "Type")
    case .colCadre: Translations("联系干部", "Contact")
    case .colPhone: Translations("电话", "Phone")
    case .colDate: Translations("日期", "Date")
    case .colKind: Translations("类型", "Kind")
    case .colCadres: Translations("干部", "Cadres")
    case .colHouseholds: Translations("农户", "Households")
    case .colContent: Translations("内容", "What was heard")
    case .colRaised: Translations("诉求", "Req.")
    case .colReceived: Translations("登记时间", "Received")
    case .colRequester: Translations("来访人", "From")
    case .colRequestNumber: Translations("编号", "Number")
    case .colMatter: Translations("诉求内容", "Matter")
    case .colCategory: Translations("类别", "Category")
    case .colDecision: Translations("处理意见", "Decision")
    case .colStatus: Translations("状态", "Status")
    case .colAssignee: Translations("承办人", "Assignee")
    case .colOwner: Translations("承办人", "Owner")
    case .colDue: Translations("答复期限", "Due")
    case .colDaysLeft: Translations("剩余", "Left")
    case .sortWorkOrder: Translations("办理顺序（逾期在前）", "due order")
    case .extendedMark: Translations("延", "ext")
    case .mergedMark: Translations("已并单", "merged")
    case .urgentMark: Translations("急", "!")
    case .criticalMark: Translations("特急", "!!")
    case .reviewCounts: Translations("台账数量", "What the ledger holds")
    case .reviewByStatus: Translations("诉求状态", "Requests by status")
    case .countVillages: Translations("村/社区", "villages")
    case .countHouseholds: Translations("户", "households")
    case .countMembers: Translations("人口", "people")
    case .countCadres: Translations("干部", "cadres")
    case .countVisits: Translations("走访记录", "visits")
    case .countOpen: Translations("待答复", "awaiting a reply")
    case .countOverdue: Translations("已逾期", "overdue")
    case .colLastVisit: Translations("最近走访", "Last visit")
    case .colOpen: Translations("待办", "Open")
    case .colVillageGroup: Translations("村/组", "Village/group")
    case .neverVisited: Translations("从未走访", "never")
    case .daysAgo(let p1): Translations("\(p1)天", "\(p1)d")
    case .colName: Translations("姓名", "Name")
    case .colRelation: Translations("关系", "Relation")
    case .colSex: Translations("性别", "Sex")
    case .colBirth: Translations("出生日期", "Born")
    case .colIDNumber: Translations("身份证号", "ID number")
    case .colNotes: Translations("备注", "Notes")
    case .undecided: Translations("待定", "undecided")
    case .colWhen: Translations("时间", "When")
    case .colOperator: Translations("经办人", "By")
    case .colAction: Translations("操作", "Action")
    case .colStatusChange: Translations("状态", "Status")
    case .colNote: Translations("内容", "Note")
    case .countRequests: Translations("诉求", "requests")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: TableText) -> String { text.text(language) }
}
