/// The domain's words and the core's messages, in Chinese and English: shared by every module.
public enum CoreText: LocalizedText {
  case demoLoading
  case warningPrefix
  case importSummary(String, Int, Int, Int, Int, Int, String)
  case importRejectedWritten(String)
  case holidayUnknownDirective(String)
  case holidayBadYear(String)
  case holidayDuplicateYear(Int)
  case holidayDateBeforeYear
  case holidayMissingDate
  case holidayBadDate(String)
  case holidayReversedRange(String)
  case holidayDateOutsideYear(String, Int)
  case holidayWorkdayNotWeekend(LocalDate)
  case holidayBothOffAndWork(LocalDate)
  case fileUnreadable(String, String)
  case idEmpty
  case idScientificNotation
  case idWrongLength(Int)
  case idNotDigit(Int, Character)
  case idUnknownProvince(String)
  case idInvalidBirthDate(String)
  case idBirthDateInFuture(LocalDate)
  case idCheckDigit(Character, Character)
  case phoneEmpty
  case phoneInvalidCharacter(Character)
  case phoneMobileLength(Int)
  case phoneMobilePrefix(String)
  case phoneMissingAreaCode
  case phoneBadAreaCode(String)
  case phoneLandlineLength(Int)
  case phoneBadExtension
  case phoneUnrecognized
  case fieldRequired
  case fieldSexDisagrees(String)
  case fieldBirthDateDisagrees(LocalDate)
  case fieldUnknownValue(String, String)
  case fieldInvalidDate(String)
  case fieldInvalidDateTime(String)
  case fieldInFuture(String)
  case deadlineMovedToWorkingDay(LocalDate, LocalDate)
  case deadlineKeptExtension(LocalDate, LocalDate)
  case fieldInvalidNumber(String)
  case fieldDuplicate(String)
  case fieldMissingReference(String)
  case fieldAmbiguous(String, String)
  case fieldNotBefore(String)
  case fieldHours
  case fieldPlaceNeeded
  case fieldInUse(String, Int)
  case fieldCount(Int)
  case fieldTooLong(Int)
  case fieldControlCharacter
  case fieldImplausibleDate(String, String, String)
  case refusedFromStatus(String, String)
  case refusedCloseWithoutReply
  case refusedReplyToClosed
  case refusedTextRequired(String)
  case refusedAssigneeRequired
  case refusedExtensionNotLater(LocalDate, LocalDate)
  case refusedMergeIntoItself
  case refusedNotTransferred
  case refusedNotAtMeeting
  case refusedAwaitingApproval(String)
  case refusedNoCloseAsked
  case refusedApprovalBySamePerson(String)
  case meetingDecided(String)
  case refusedDayInFuture(LocalDate)
  case refusedMergeIntoMerged
  case refusedAlreadyMerged
  case listSeparator
  case filePermissionDenied
  case fileNotFound
  case fileNotAFolder
  case fileAlreadyExists
  case fileDiskFull
  case fileReadOnlyFileSystem
  case fileOtherProblem
  case fileNotUTF8
  case detailLogged(String)

  public var translations: Translations {
    switch self {
    case .demoLoading: Translations("正在生成演示数据……", "Making demo data…")
    case .warningPrefix: Translations("注意", "warning")
    case .importSummary(let p1, let p2, let p3, let p4, let p5, let p6, let p7):
      Translations(
        "\(p1)：新增 \(p2)，更新 \(p3)，未变 \(p4)，拒绝 \(p5)（共 \(p6) 行，\(p7)）",
        "\(p1): \(p2) added, \(p3) updated, \(p4) unchanged, \(p5) refused (\(counted(p6, "row")), \(p7))"
      )
    case .importRejectedWritten(let p1):
      Translations("有问题的行已写到 \(p1)", "the refused rows were written to \(p1)")
    case .holidayUnknownDirective(let p1):
      Translations(
        "不认识的指令“\(p1)”（应为 year、off 或 work）",
        "unknown directive '\(p1)' (expected year, off or work)")
    case .holidayBadYear(let p1):
      Translations("“\(p1)”不是年份（应为 year YYYY）", "'\(p1)' is not a year (expected: year YYYY)")
    case .holidayDuplicateYear(let p1):
      Translations("\(p1) 年已经出现过", "the year \(p1) is listed twice")
    case .holidayDateBeforeYear:
      Translations("日期之前缺少 year 行", "a date comes before any 'year' line")
    case .holidayMissingDate: Translations("缺少日期", "the date is missing")
    case .holidayBadDate(let p1):
      Translations("“\(p1)”不是日期（应为 YYYY-MM-DD）", "'\(p1)' is not a date (expected YYYY-MM-DD)")
    case .holidayReversedRange(let p1):
      Translations("日期范围“\(p1)”起止颠倒", "the range '\(p1)' ends before it starts")
    case .holidayDateOutsideYear(let p1, let p2):
      Translations("“\(p1)”不在 \(p2) 年内", "'\(p1)' is not in the year \(p2)")
    case .holidayWorkdayNotWeekend(let p1):
      Translations(
        "\(p1) 不是周末，不能作为调休上班日",
        "\(p1) is not a Saturday or Sunday, so it cannot be a make-up working day")
    case .holidayBothOffAndWork(let p1):
      Translations("\(p1) 既是放假日又是上班日", "\(p1) is listed both as a day off and as a working day")
    case .fileUnreadable(let p1, let p2):
      Translations("无法读取 \(p1)：\(p2)", "cannot read \(p1): \(p2)")
    case .idEmpty: Translations("身份证号为空", "the ID number is empty")
    case .idScientificNotation:
      Translations(
        "身份证号被 Excel 改成了科学计数法，请把该列设为文本后重新导出",
        "the ID number was turned into scientific notation by Excel: format the column as text and export again"
      )
    case .idWrongLength(let p1):
      Translations(
        "身份证号应为 18 位（或旧版 15 位），这里是 \(p1) 位",
        "an ID number has 18 characters (or 15 in the old form), this one has \(p1)")
    case .idNotDigit(let p1, let p2):
      Translations(
        "身份证号第 \(p1) 位“\(p2)”应为数字", "character \(p1) of the ID number ('\(p2)') must be a digit")
    case .idUnknownProvince(let p1):
      Translations(
        "身份证号开头的省份代码 \(p1) 不存在",
        "the province code \(p1) at the start of the ID number does not exist")
    case .idInvalidBirthDate(let p1):
      Translations(
        "身份证号中的出生日期 \(p1) 不是真实日期", "the birth date \(p1) in the ID number is not a real date")
    case .idBirthDateInFuture(let p1):
      Translations(
        "身份证号中的出生日期 \(p1) 在今天之后", "the birth date \(p1) in the ID number is in the future")
    case .idCheckDigit(let p1, let p2):
      Translations(
        "校验位错误：末位是 \(p1)，应为 \(p2)", "wrong check digit: it ends in \(p1), it should be \(p2)")
    case .phoneEmpty: Translations("电话为空", "the phone number is empty")
    case .phoneInvalidCharacter(let p1):
      Translations("电话中有不该出现的字符“\(p1)”", "the phone number holds the character '\(p1)'")
    case .phoneMobileLength(let p1):
      Translations("手机号应为 11 位，这里是 \(p1) 位", "a mobile number has 11 digits, this one has \(p1)")
    case .phoneMobilePrefix(let p1):
      Translations(
        "手机号不会以 \(p1) 开头（应为 13–19）", "a mobile number does not start with \(p1) (13 to 19)")
    case .phoneMissingAreaCode:
      Translations(
        "固定电话缺少区号（如 0731-1234567）", "the landline lacks its area code (as in 0731-1234567)")
    case .phoneBadAreaCode(let p1):
      Translations(
        "区号 \(p1) 不对（010、02X 或 0 开头的四位）",
        "the area code \(p1) is wrong (010, 02X, or four digits starting with 0)")
    case .phoneLandlineLength(let p1):
      Translations(
        "区号后的号码应为 7 或 8 位，且不以 0 或 1 开头（这里是 \(p1) 位）",
        "the number after the area code has 7 or 8 digits and does not start with 0 or 1 (this one has \(p1))"
      )
    case .phoneBadExtension:
      Translations("分机号只能是数字，且只用于固定电话", "an extension is digits only, and only for a landline")
    case .phoneUnrecognized:
      Translations("不是手机号也不是带区号的固定电话", "neither a mobile number nor a landline with its area code")
    case .fieldRequired: Translations("必填", "required")
    case .fieldSexDisagrees(let p1):
      Translations("与身份证号不符（身份证号为\(p1)）", "does not agree with the ID number (which says \(p1))")
    case .fieldBirthDateDisagrees(let p1):
      Translations("与身份证号不符（身份证号为 \(p1)）", "does not agree with the ID number (which says \(p1))")
    case .fieldUnknownValue(let p1, let p2):
      Translations("不认识“\(p1)”（可填：\(p2)）", "'\(p1)' is not known (accepted: \(p2))")
    case .fieldInvalidDate(let p1):
      Translations("“\(p1)”不是日期（应为 YYYY-MM-DD）", "'\(p1)' is not a date (expected YYYY-MM-DD)")
    case .fieldInvalidDateTime(let value):
      Translations(
        "“\(value)”不是时间（应为 YYYY-MM-DD HH:MM）",
        "'\(value)' is not a date and time (expected YYYY-MM-DD HH:MM)")
    case .fieldInFuture(let value):
      Translations(
        "\(value) 还没有到：只能登记已经发生的", "\(value) is in the future: only what happened can be recorded")
    case .deadlineMovedToWorkingDay(let asked, let moved):
      Translations(
        "期限 \(asked) 是休息日，顺延至 \(moved)", "the deadline \(asked) is a rest day: moved to \(moved)")
    case .deadlineKeptExtension(let extended, let transfer):
      Translations(
        "已延期至 \(extended)，晚于转办期限 \(transfer)，保持不变",
        "extended to \(extended), later than the transfer's \(transfer): kept")
    case .fieldInvalidNumber(let p1): Translations("“\(p1)”不是数字", "'\(p1)' is not a number")
    case .fieldDuplicate(let p1): Translations("已存在：\(p1)", "already exists: \(p1)")
    case .fieldMissingReference(let p1): Translations("找不到：\(p1)", "not found: \(p1)")
    case .fieldAmbiguous(let p1, let p2):
      Translations(
        "“\(p1)”不止一个：\(p2)；请写户号或写全", "more than one “\(p1)”: \(p2); write the number or more")
    case .fieldNotBefore(let p1): Translations("不能早于 \(p1)", "cannot be before \(p1)")
    case .fieldHours: Translations("时长是 0 到 24 之间的小时数", "hours are a number from 0 to 24")
    case .fieldPlaceNeeded:
      Translations(
        "蹲点、调研、座谈须写走访户或地点", "a stationed day, a survey or a forum names households or a place")
    case .fieldInUse(let p1, let p2):
      Translations(
        "“\(p1)”还有 \(p2) 件诉求在用，不能删去", "“\(p1)” is still used by \(p2) requests and cannot go")
    case .fieldCount(let p1): Translations("一到 \(p1) 个", "from one to \(p1)")
    case .fieldTooLong(let p1):
      Translations("太长：最多 \(p1) 个字", "too long: at most \(p1) characters")
    case .fieldImplausibleDate(let date, let from, let to):
      Translations("\(date) 不在 \(from) 至 \(to) 之间", "\(date) is not between \(from) and \(to)")
    case .fieldControlCharacter:
      Translations(
        "含有控制字符（如换行、ESC、NUL），不能保存", "holds a control character (a line break, ESC, NUL): not stored"
      )
    case .refusedFromStatus(let p1, let p2):
      Translations("“\(p2)”的诉求不能“\(p1)”", "a request that is \(p2) cannot be \(p1)")
    case .refusedCloseWithoutReply:
      Translations(
        "诉求还没有答复，不能办结：先答复", "the request was never replied to, so it cannot be closed: reply first")
    case .refusedReplyToClosed:
      Translations(
        "诉求已办结，不能再答复：先重新办理", "the request is closed, so it cannot be replied to: reopen it first")
    case .refusedTextRequired(let p1):
      Translations("“\(p1)”要写明内容（原因、办法或答复）", "'\(p1)' needs a text (the reason, how, or the reply)")
    case .refusedAssigneeRequired: Translations("要写明转给谁办理", "say whom the request goes to")
    case .refusedExtensionNotLater(let p1, let p2):
      Translations(
        "延期后的期限 \(p1) 要晚于现在的期限 \(p2)",
        "the new deadline \(p1) must be later than the current one, \(p2)")
    case .refusedMergeIntoItself:
      Translations("诉求不能并入它自己", "a request cannot be merged into itself")
    case .refusedDayInFuture(let p1):
      Translations("日期 \(p1) 在今天之后", "the day \(p1) is after today")
    case .refusedAwaitingApproval(let p1):
      Translations(
        "\(p1) 已申请办结，等另一位审核", "\(p1) asked to close it: it waits for a second person's approval")
    case .refusedNoCloseAsked: Translations("这件诉求没有申请办结", "no close was asked for")
    case .refusedApprovalBySamePerson(let p1):
      Translations(
        "办结由 \(p1) 申请，须由另一位审核（F2 换操作人）",
        "\(p1) asked to close it: a second person approves it (F2 changes the operator)")
    case .refusedNotAtMeeting:
      Translations("这件诉求没有提交会议研究", "this request was not referred to a meeting")
    case .meetingDecided(let p1): Translations("\(p1)决定", "decided by the \(p1)")
    case .refusedNotTransferred:
      Translations(
        "这件诉求没有转办：交办单、签收、回复和退单只属于转办中的诉求",
        "this request was not transferred: slips, receipts, replies and send-backs belong to transferred requests"
      )
    case .refusedMergeIntoMerged:
      Translations(
        "那条诉求已经并入别的诉求，请并入它所并入的那条",
        "that request was itself merged into another: merge into that one")
    case .refusedAlreadyMerged:
      Translations(
        "这条诉求已并入另一条，由那一条办理", "this request was merged into another, which is the one worked")
    case .listSeparator: Translations("；", "; ")
    case .filePermissionDenied: Translations("没有权限", "permission denied")
    case .fileNotFound: Translations("不存在", "it does not exist")
    case .fileNotAFolder: Translations("路径中有一段不是文件夹", "a part of the path is not a folder")
    case .fileAlreadyExists: Translations("已经存在", "it already exists")
    case .fileDiskFull: Translations("磁盘已满", "the disk is full")
    case .fileReadOnlyFileSystem: Translations("磁盘只读", "the disk is read-only")
    case .fileOtherProblem: Translations("系统拒绝了操作", "the system refused")
    case .fileNotUTF8:
      Translations("不是 UTF-8 文本（请用记事本等另存为 UTF-8）", "it is not UTF-8 text (save it as UTF-8)")
    case .detailLogged(let p1): Translations("（详情已记入 \(p1)）", " (the detail is in \(p1))")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  public func callAsFunction(_ text: CoreText) -> String { text.text(language) }
}
