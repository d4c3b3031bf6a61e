import Testing

@testable import LastmileCore

@Suite("Strings in two languages")
struct LocalizationTests {
  @Test("every string key has a Chinese and an English text")
  func everyKeyTranslated() {
    for key in StringKey.allCases {
      #expect(StringTable.hasTranslation(key, .zh), "\(key) lacks Chinese")
      #expect(StringTable.hasTranslation(key, .en), "\(key) lacks English")
    }
  }

  @Test("no key is listed twice")
  func noDuplicates() {
    #expect(StringTable.duplicatedKeys.isEmpty)
  }

  @Test("both texts of a key have the same placeholders")
  func placeholdersAgree() {
    for entry in StringTable.entries {
      let zh = placeholders(entry.zh)
      let en = placeholders(entry.en)
      #expect(zh == en, "\(entry.key): \(zh) vs \(en)")
    }
  }

  @Test("every coded value has a Chinese word and an English label")
  func codedValuesLabelled() {
    func check<T: CodedValue>(_ type: T.Type) {
      for value in T.allCases {
        #expect(!value.chinese.isEmpty && !value.english.isEmpty, "\(value)")
        #expect(T(word: value.chinese) == value)
        #expect(T(word: value.rawValue) == value)
        #expect(T(word: value.english) == value)
      }
    }
    check(AreaLevel.self)
    check(Sex.self)
    check(Urgency.self)
    check(HouseholdCategory.self)
    check(PovertyCause.self)
    check(Relation.self)
    check(CadreRole.self)
    check(VisitKind.self)
    check(RequestChannel.self)
    check(HandlingDecision.self)
    check(RequestStatus.self)
    check(Satisfaction.self)
    check(RequestAction.self)
  }

  @Test("the environment's locale picks the language")
  func languageFromEnvironment() {
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
    #expect(Language.fromEnvironment([:]) == .en)
  }

  @Test("placeholders are filled in the translation's own order")
  func placeholderOrder() {
    #expect(Localizer.fill("{2} then {1}", ["a", "b"]) == "b then a")
    #expect(Localizer(.zh)(.fieldInvalidDate, "2026-02-30").contains("2026-02-30"))
  }

  private func placeholders(_ text: String) -> Set<String> {
    var found = Set<String>()
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      found.insert(String(rest[open...close]))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }
}
