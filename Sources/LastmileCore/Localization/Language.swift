/// The language of everything the user reads: Chinese or English.
public enum Language: String, Sendable, CaseIterable {
  case zh
  case en

  /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`;
  /// a value starting with `zh` gives Chinese, anything else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("zh") ? .zh : .en
      }
    }
    return .en
  }

  /// Parses `zh` or `en` (also `zh_CN`, `chinese`, `中文`, `english`).
  public init?(code: String) {
    let lowered = code.lowercased()
    if lowered.hasPrefix("zh") || lowered == "chinese" || lowered == "中文" {
      self = .zh
    } else if lowered.hasPrefix("en") || lowered == "english" {
      self = .en
    } else {
      return nil
    }
  }
}
