extension StringTable {
  static let coreEntries: [(key: StringKey, zh: String, en: String)] = [
    (
      .holidayUnknownDirective, "不认识的指令“{1}”（应为 year、off 或 work）",
      "unknown directive '{1}' (expected year, off or work)"
    ),
    (.holidayBadYear, "“{1}”不是年份（应为 year YYYY）", "'{1}' is not a year (expected: year YYYY)"),
    (.holidayDuplicateYear, "{1} 年已经出现过", "the year {1} is listed twice"),
    (.holidayDateBeforeYear, "日期之前缺少 year 行", "a date comes before any 'year' line"),
    (.holidayMissingDate, "缺少日期", "the date is missing"),
    (.holidayBadDate, "“{1}”不是日期（应为 YYYY-MM-DD）", "'{1}' is not a date (expected YYYY-MM-DD)"),
    (.holidayReversedRange, "日期范围“{1}”起止颠倒", "the range '{1}' ends before it starts"),
    (.holidayDateOutsideYear, "“{1}”不在 {2} 年内", "'{1}' is not in the year {2}"),
    (
      .holidayWorkdayNotWeekend, "{1} 不是周末，不能作为调休上班日",
      "{1} is not a Saturday or Sunday, so it cannot be a make-up working day"
    ),
    (
      .holidayBothOffAndWork, "{1} 既是放假日又是上班日",
      "{1} is listed both as a day off and as a working day"
    ),
    (.fileUnreadable, "无法读取 {1}：{2}", "cannot read {1}: {2}"),
    (
      .calendarEstimated, "节假日日历未收录 {1} 年，只按周末计算",
      "the holiday calendar does not cover {1}: counted on weekends alone"
    ),

    (.idEmpty, "身份证号为空", "the ID number is empty"),
    (
      .idScientificNotation, "身份证号被 Excel 改成了科学计数法，请把该列设为文本后重新导出",
      "the ID number was turned into scientific notation by Excel: format the column as text and export again"
    ),
    (
      .idWrongLength, "身份证号应为 18 位（或旧版 15 位），这里是 {1} 位",
      "an ID number has 18 characters (or 15 in the old form), this one has {1}"
    ),
    (.idNotDigit, "身份证号第 {1} 位“{2}”应为数字", "character {1} of the ID number ('{2}') must be a digit"),
    (
      .idUnknownProvince, "身份证号开头的省份代码 {1} 不存在",
      "the province code {1} at the start of the ID number does not exist"
    ),
    (
      .idInvalidBirthDate, "身份证号中的出生日期 {1} 不是真实日期",
      "the birth date {1} in the ID number is not a real date"
    ),
    (
      .idBirthDateInFuture, "身份证号中的出生日期 {1} 在今天之后",
      "the birth date {1} in the ID number is in the future"
    ),
    (.idCheckDigit, "校验位错误：末位是 {1}，应为 {2}", "wrong check digit: it ends in {1}, it should be {2}"),

    (.phoneEmpty, "电话为空", "the phone number is empty"),
    (.phoneInvalidCharacter, "电话中有不该出现的字符“{1}”", "the phone number holds the character '{1}'"),
    (.phoneMobileLength, "手机号应为 11 位，这里是 {1} 位", "a mobile number has 11 digits, this one has {1}"),
    (
      .phoneMobilePrefix, "手机号不会以 {1} 开头（应为 13–19）",
      "a mobile number does not start with {1} (13 to 19)"
    ),
    (
      .phoneMissingAreaCode, "固定电话缺少区号（如 0731-1234567）",
      "the landline lacks its area code (as in 0731-1234567)"
    ),
    (
      .phoneBadAreaCode, "区号 {1} 不对（010、02X 或 0 开头的四位）",
      "the area code {1} is wrong (010, 02X, or four digits starting with 0)"
    ),
    (
      .phoneLandlineLength, "区号后的号码应为 7 或 8 位，且不以 0 或 1 开头（这里是 {1} 位）",
      "the number after the area code has 7 or 8 digits and does not start with 0 or 1 (this one has {1})"
    ),
    (
      .phoneBadExtension, "分机号只能是数字，且只用于固定电话",
      "an extension is digits only, and only for a landline"
    ),
    (
      .phoneUnrecognized, "不是手机号也不是带区号的固定电话",
      "neither a mobile number nor a landline with its area code"
    ),

    (.fieldRequired, "必填", "required"),
    (.listComma, "、", ", "),
    (.fieldSexDisagrees, "与身份证号不符（身份证号为{1}）", "does not agree with the ID number (which says {1})"),
    (
      .fieldBirthDateDisagrees, "与身份证号不符（身份证号为 {1}）",
      "does not agree with the ID number (which says {1})"
    ),
    (.fieldUnknownValue, "不认识“{1}”（可填：{2}）", "'{1}' is not known (accepted: {2})"),
    (.fieldInvalidDate, "“{1}”不是日期（应为 YYYY-MM-DD）", "'{1}' is not a date (expected YYYY-MM-DD)"),
    (.fieldInvalidNumber, "“{1}”不是数字", "'{1}' is not a number"),
    (.fieldDuplicate, "已存在：{1}", "already exists: {1}"),
    (.fieldMissingReference, "找不到：{1}", "not found: {1}"),

    (.refusedFromStatus, "“{2}”的诉求不能“{1}”", "a request that is {2} cannot be {1}"),
    (
      .refusedCloseWithoutReply, "诉求还没有答复，不能办结：先答复",
      "the request was never replied to, so it cannot be closed: reply first"
    ),
    (
      .refusedReplyToClosed, "诉求已办结，不能再答复：先重新办理",
      "the request is closed, so it cannot be replied to: reopen it first"
    ),
    (
      .refusedTextRequired, "“{1}”要写明内容（原因、办法或答复）",
      "'{1}' needs a text (the reason, how, or the reply)"
    ),
    (.refusedAssigneeRequired, "要写明转给谁办理", "say whom the request goes to"),
    (
      .refusedExtensionNotLater, "延期后的期限 {1} 要晚于现在的期限 {2}",
      "the new deadline {1} must be later than the current one, {2}"
    ),
    (.refusedMergeIntoItself, "诉求不能并入它自己", "a request cannot be merged into itself"),
    (
      .refusedMergeIntoMerged, "那条诉求已经并入别的诉求，请并入它所并入的那条",
      "that request was itself merged into another: merge into that one"
    ),
    (
      .refusedAlreadyMerged, "这条诉求已并入另一条，由那一条办理",
      "this request was merged into another, which is the one worked"
    ),
  ]
}
