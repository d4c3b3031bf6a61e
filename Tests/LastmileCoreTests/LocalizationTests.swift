import Foundation
import Testing

@testable import LastmileCore

/// Every module's texts (`enum …: LocalizedText`), read from the sources: the compiler makes
/// each case give both languages; these tests check what it cannot.
@Suite("Texts in two languages")
struct LocalizationTests {
  /// One case of a texts enumeration, with its two translations as written.
  struct Entry {
    let file: String
    let name: String
    let chinese: String
    let english: String
  }

  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  static func swiftFiles() -> [URL] {
    let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
  }

  /// The files that declare texts, and every entry in them.
  static func entries() throws -> (files: [URL], entries: [Entry]) {
    var files: [URL] = []
    var entries: [Entry] = []
    for url in swiftFiles() {
      let text = try String(contentsOf: url, encoding: .utf8)
      guard text.contains(": LocalizedText {") else { continue }
      files.append(url)
      // `case .name…: Translations("…", "…")`, over one line or several.
      let pattern =
        #/case \.(\w+)[^\n]*:\s*Translations\(\s*"((?:[^"\\]|\\.|\\\([^)]*\))*)",\s*"((?:[^"\\]|\\.)*)"\s*\)/#
      for match in text.matches(of: pattern) {
        entries.append(
          Entry(
            file: url.lastPathComponent, name: String(match.1), chinese: String(match.2),
            english: String(match.3)))
      }
    }
    return (files, entries)
  }

  @Test("every module keeps its texts, and each text has a Chinese and an English translation")
  func everyTextTranslated() throws {
    let (files, entries) = try Self.entries()
    #expect(
      Set(files.map(\.lastPathComponent)).isSuperset(of: [
        "CoreText.swift", "StoreText.swift", "AppText.swift", "CommandText.swift",
      ]))
    #expect(entries.count > 400)
    for entry in entries {
      #expect(!entry.chinese.isEmpty && !entry.english.isEmpty, "\(entry.file): \(entry.name)")
      #expect(
        !entry.english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
        "\(entry.file): \(entry.name) has Chinese in its English")
    }
  }

  @Test("both translations of a text use every one of its arguments")
  func argumentsAgree() throws {
    for entry in try Self.entries().entries {
      func arguments(_ text: String) -> Set<String> {
        Set(text.matches(of: #/p\d/#).map { String($0.0) })
      }
      #expect(
        arguments(entry.chinese) == arguments(entry.english),
        "\(entry.file): \(entry.name): \(entry.chinese) / \(entry.english)")
    }
  }

  @Test("no text is left unused, and no name is declared twice")
  func everyTextUsed() throws {
    let (files, entries) = try Self.entries()
    let declaring = Set(files.map(\.path))
    let others = try Self.swiftFiles().filter { !declaring.contains($0.path) }.map {
      try String(contentsOf: $0, encoding: .utf8)
    }.joined(separator: "\n")
    let names = entries.map(\.name)
    #expect(Set(names).count == names.count)
    for entry in entries {
      #expect(
        others.contains("." + entry.name + "(") || others.contains("." + entry.name + ")")
          || others.contains("." + entry.name + ",") || others.contains("." + entry.name + "\n")
          || others.contains("." + entry.name + " ") || others.contains("." + entry.name + "]")
          || others.contains("." + entry.name + ":"),
        "\(entry.file): \(entry.name) is never used")
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

  @Test("a text's arguments are typed and placed by each translation; English counts agree")
  func typedArguments() {
    #expect(Localizer(.zh)(.fieldInvalidDate("2026-02-30")).contains("2026-02-30"))
    #expect(counted(1, "walk-in") == "1 walk-in")
    #expect(counted(2, "walk-in") == "2 walk-ins")
    #expect(counted(3, "entry", "entries") == "3 entries")
  }
}
