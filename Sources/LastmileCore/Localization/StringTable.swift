/// The user-visible strings in Chinese and English, by key.
///
/// Each section lists a key with its two translations side by side; every key must appear
/// exactly once with both: a test walks `StringKey.allCases` and fails on a gap.
public enum StringTable {
  /// Every entry of every section.
  static let entries: [(key: StringKey, zh: String, en: String)] =
    coreEntries + storeEntries + commandEntries + appEntries

  private static let chinese: [StringKey: String] = Dictionary(
    entries.map { ($0.key, $0.zh) }, uniquingKeysWith: { first, _ in first })
  private static let english: [StringKey: String] = Dictionary(
    entries.map { ($0.key, $0.en) }, uniquingKeysWith: { first, _ in first })

  /// The string for `key` in `language`; the key's name when a translation is missing.
  public static func text(_ key: StringKey, _ language: Language) -> String {
    let table = language == .zh ? chinese : english
    return table[key] ?? key.rawValue
  }

  /// Whether `key` has a non-empty string in `language`.
  public static func hasTranslation(_ key: StringKey, _ language: Language) -> Bool {
    let table = language == .zh ? chinese : english
    return !(table[key] ?? "").isEmpty
  }

  /// Keys listed more than once across the sections.
  public static var duplicatedKeys: [StringKey] {
    var seen = Set<StringKey>()
    return entries.compactMap { seen.insert($0.key).inserted ? nil : $0.key }
  }
}
