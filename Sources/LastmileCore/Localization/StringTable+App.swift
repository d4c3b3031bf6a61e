extension StringTable {
  static let appEntries: [(key: StringKey, zh: String, en: String)] = [
  ]
}
