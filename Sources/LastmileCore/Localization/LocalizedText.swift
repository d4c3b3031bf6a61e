/// A user-visible text, with its Chinese and its English.
public protocol LocalizedText: Sendable {
  /// The text in both languages, its arguments filled in.
  var translations: Translations { get }
}

extension LocalizedText {
  /// The text in `language`.
  public func text(_ language: Language) -> String {
    language == .zh ? translations.chinese : translations.english
  }
}

/// A text in Chinese and in English: every text has both.
public struct Translations: Sendable, Equatable {
  public let chinese: String
  public let english: String

  public init(_ chinese: String, _ english: String) {
    self.chinese = chinese
    self.english = english
  }
}

/// `1 walk-in`, `2 walk-ins`: a count with an English noun in the number it takes.
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
