import LastmileCore

/// The rules file's messages, in Chinese and English.
public enum RulesText: LocalizedText {
  case rulesSyntax(String)
  case rulesBadTableHeader
  case rulesUnknownKey(String)
  case rulesNotANumber(String)
  case rulesNegative(String)
  case rulesNotText(String)
  case rulesMissingKey(String)
  case rulesDuplicateRole(String)
  case rulesNotATable(String)
  case rulesOk(String, Int)
  case rulesDeadlines(Int, Int, Int)
  case rulesNoQuota

  public var translations: Translations {
    switch self {
    case .rulesSyntax(let what): Translations("不是有效的 TOML：\(what)", "not valid TOML: \(what)")
    case .rulesBadTableHeader:
      Translations(
        "不是有效的 TOML：表头 [ ] 里的名字要以英文字母、数字、_ 或 - 开头（或加引号）",
        "not valid TOML: the name in a table header [ ] must start with a letter, a digit, _ or - (or be quoted)"
      )
    case .rulesUnknownKey(let key):
      Translations("不认识的键“\(key)”", "unknown key “\(key)”")
    case .rulesNotANumber(let key):
      Translations("“\(key)”应为整数", "“\(key)” must be a whole number")
    case .rulesNegative(let key):
      Translations("“\(key)”不能是负数", "“\(key)” cannot be negative")
    case .rulesNotText(let key): Translations("“\(key)”应为文字", "“\(key)” must be text")
    case .rulesMissingKey(let key): Translations("缺少“\(key)”", "“\(key)” is missing")
    case .rulesDuplicateRole(let id):
      Translations("角色“\(id)”写了两次", "the role “\(id)” is given twice")
    case .rulesNotATable(let key):
      Translations(
        "“\(key)”应为表（[\(key)] 或 [[\(key)]]）", "“\(key)” must be a table ([\(key)] or [[\(key)]])")
    case .rulesOk(let file, let roles):
      Translations("\(file)：没有问题（\(roles) 个角色）", "\(file): no problems (\(counted(roles, "role")))")
    case .rulesDeadlines(let reply, let transfer, let soon):
      Translations(
        "答复期限 \(reply) 个工作日；转办 \(transfer) 天内答复；剩 \(soon) 个工作日时提醒",
        "replies within \(reply) working days; transfers answered within \(transfer) days; due soon at \(soon) working days left"
      )
    case .rulesNoQuota: Translations("（无定额）", "(no quota)")
    }
  }
}

extension Localizer {
  /// The text in this localizer's language.
  func callAsFunction(_ text: RulesText) -> String { text.text(language) }
}
