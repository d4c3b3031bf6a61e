import LastmileCore

/// A problem of a rules file, at its line.
public struct RulesProblem: Sendable, Equatable, Localizable {
  public enum Reason: Sendable, Equatable {
    /// Not TOML: what the parser said.
    case syntax(String)
    /// A table header without a name the parser can read (`[`, `[.]`).
    case badTableHeader
    case unknownKey(String)
    /// A count that is not a whole number.
    case notANumber(String)
    case negative(String)
    /// A text key that is not text.
    case notText(String)
    case missingKey(String)
    case duplicateRole(String)
    /// `roles` or `deadlines` of the wrong shape.
    case notATable(String)
  }

  public let file: String
  public let line: Int
  public let reason: Reason

  public init(file: String, line: Int, reason: Reason) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `FILE:LINE: reason`.
  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    let reason: String =
      switch self.reason {
      case .syntax(let what): l(.rulesSyntax(what))
      case .badTableHeader: l(.rulesBadTableHeader)
      case .unknownKey(let key): l(.rulesUnknownKey(key))
      case .notANumber(let key): l(.rulesNotANumber(key))
      case .negative(let key): l(.rulesNegative(key))
      case .notText(let key): l(.rulesNotText(key))
      case .missingKey(let key): l(.rulesMissingKey(key))
      case .duplicateRole(let id): l(.rulesDuplicateRole(id))
      case .notATable(let key): l(.rulesNotATable(key))
      }
    return "\(file):\(line): \(reason)"
  }
}
