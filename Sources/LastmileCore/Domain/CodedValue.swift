import Foundation

/// An enumeration of the domain with a stable English code, a Chinese word and an English label.
///
/// The code (`solved_on_spot`) is what JSON and the database carry; the Chinese word (`立即解决`)
/// is what the ledgers write; either is accepted on import.
public protocol CodedValue: RawRepresentable, CaseIterable, Sendable, Hashable
where RawValue == String {
  /// The Chinese word, as the source documents write it.
  var chinese: String { get }
  /// The English label shown under `--lang en`.
  var english: String { get }
  /// Further words accepted on import for a value (`子` for son), by value.
  static var aliases: [String: Self] { get }
  /// The English word where a narrow column has no room for the label.
  var shortEnglish: String { get }
}

extension CodedValue {
  public static var aliases: [String: Self] { [:] }

  public var shortEnglish: String { english }

  /// The label in `language`, short enough for a narrow column.
  public func shortLabel(_ language: Language) -> String {
    language == .zh ? chinese : shortEnglish
  }

  /// The stable English code.
  public var code: String { rawValue }

  /// The label in `language`.
  public func label(_ language: Language) -> String {
    language == .zh ? chinese : english
  }

  /// The value named by a Chinese word, an English code or label, or an alias; nil otherwise.
  ///
  /// Case, surrounding spaces and the choice of `_`, `-` or space in a code do not matter.
  public init?(word: String) {
    let trimmed = word.trimmed
    guard !trimmed.isEmpty else { return nil }
    // The code or the Chinese word as written, which is what exported files hold.
    if let value = Self(rawValue: trimmed) ?? Self.allCases.first(where: { $0.chinese == trimmed })
    {
      self = value
      return
    }
    let folded = CodedValueMatching.fold(trimmed)
    for value in Self.allCases {
      if value.chinese == trimmed || value.rawValue == folded
        || CodedValueMatching.fold(value.english) == folded
      {
        self = value
        return
      }
    }
    if let alias = Self.aliases[trimmed] ?? Self.aliases[folded] {
      self = alias
      return
    }
    return nil
  }

  /// Every accepted word for the values, for a message that lists them.
  public static var acceptedWords: String {
    allCases.map { "\($0.chinese) \($0.rawValue)" }.joined(separator: ", ")
  }
}

enum CodedValueMatching {
  /// Lower case, with `-` and spaces turned into `_`.
  static func fold(_ text: String) -> String {
    String(text.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
  }
}
