import Foundation

/// Looks up user-visible strings in the string table, in one language.
///
/// Placeholders `{1}`, `{2}`, … in a string are replaced by the arguments in order, so that a
/// translation may put them in another order.
public struct Localizer: Sendable {
  /// The language strings are given in.
  public let language: Language

  /// A localizer for `language`.
  public init(_ language: Language) {
    self.language = language
  }

  /// The string for `key` with its placeholders filled.
  public func callAsFunction(_ key: StringKey, _ arguments: CustomStringConvertible...) -> String {
    Localizer.fill(StringTable.text(key, language), arguments.map(\.description))
  }

  /// `template` with `{1}`, `{2}`, … replaced by `arguments`.
  public static func fill(_ template: String, _ arguments: [String]) -> String {
    guard !arguments.isEmpty else { return template }
    var result = template
    for (index, argument) in arguments.enumerated().reversed() {
      result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return result
  }
}
