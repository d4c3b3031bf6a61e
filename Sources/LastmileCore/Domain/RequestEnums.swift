/// How a help request reached the office.
public enum RequestChannel: String, CodedValue {
  case walkIn = "walk_in"
  case visit
  case phone
  case letter
  case mailbox
  case other

  public var chinese: String {
    switch self {
    case .walkIn: "接待日来访"
    case .visit: "入户走访"
    case .phone: "电话"
    case .letter: "来信"
    case .mailbox: "信箱"
    case .other: "其他"
    }
  }

  public var english: String {
    switch self {
    case .walkIn: "walk-in"
    case .visit: "home visit"
    case .phone: "phone"
    case .letter: "letter"
    case .mailbox: "mailbox"
    case .other: "other"
    }
  }

  public static var aliases: [String: RequestChannel] {
    ["来访": .walkIn, "接待日": .walkIn, "走访": .visit, "意见箱": .mailbox]
  }
}

/// The handling decision (处理意见) the reception-day rules prescribe.
public enum HandlingDecision: String, CodedValue {
  /// Solved on the spot; the note says how.
  case solvedOnSpot = "solved_on_spot"
  /// Transferred to a named leader or department, who answers within a week.
  case transferred
  /// Referred to the next office meeting.
  case meeting
  /// Cannot be solved: explained to the requester, with the reason.
  case explained
  /// The meeting it was referred to decided who solves it, and by when.
  case assignedByMeeting = "assigned_by_meeting"

  /// The decisions the reception desk takes (a meeting's own comes after the meeting).
  public static let atTheDesk: [HandlingDecision] = [
    .solvedOnSpot, .transferred, .meeting, .explained,
  ]

  public var chinese: String {
    switch self {
    case .solvedOnSpot: "立即解决"
    case .transferred: "转办"
    case .meeting: "会议研究"
    case .explained: "解释说明"
    case .assignedByMeeting: "会议交办"
    }
  }

  public var english: String {
    switch self {
    case .solvedOnSpot: "solved on the spot"
    case .transferred: "transferred"
    case .meeting: "office meeting"
    case .explained: "explained"
    case .assignedByMeeting: "assigned by the meeting"
    }
  }

  public var shortEnglish: String {
    switch self {
    case .solvedOnSpot: "solved"
    case .transferred: "transfer"
    case .meeting: "meeting"
    case .explained: "explained"
    case .assignedByMeeting: "by meeting"
    }
  }

  public static var aliases: [String: HandlingDecision] {
    [
      "当场解决": .solvedOnSpot, "现场解决": .solvedOnSpot, "转交": .transferred, "交办": .transferred,
      "会议": .meeting, "研究": .meeting, "解释": .explained,
    ]
  }
}

/// Where a help request stands.
public enum RequestStatus: String, CodedValue {
  case registered
  case inProgress = "in_progress"
  case replied
  case closed

  public var chinese: String {
    switch self {
    case .registered: "登记"
    case .inProgress: "办理中"
    case .replied: "已答复"
    case .closed: "已办结"
    }
  }

  public var english: String {
    switch self {
    case .registered: "registered"
    case .inProgress: "in progress"
    case .replied: "replied"
    case .closed: "closed"
    }
  }

  public var shortEnglish: String {
    switch self {
    case .registered: "logged"
    case .inProgress: "active"
    case .replied: "answrd"
    case .closed: "closed"
    }
  }

  /// Whether the request still waits for a reply (and so can be overdue).
  public var awaitsReply: Bool { self == .registered || self == .inProgress }

  public static var aliases: [String: RequestStatus] {
    ["已登记": .registered, "办理": .inProgress, "答复": .replied, "办结": .closed, "已关闭": .closed]
  }
}

/// How satisfied the requester said they were when the request was closed.
public enum Satisfaction: String, CodedValue {
  case satisfied
  case mostlySatisfied = "mostly_satisfied"
  case dissatisfied

  public var chinese: String {
    switch self {
    case .satisfied: "满意"
    case .mostlySatisfied: "基本满意"
    case .dissatisfied: "不满意"
    }
  }

  public var english: String {
    switch self {
    case .satisfied: "satisfied"
    case .mostlySatisfied: "mostly satisfied"
    case .dissatisfied: "dissatisfied"
    }
  }
}
