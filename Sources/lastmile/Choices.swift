import ArgumentParser
import LastmileApp
import LastmileCore
import LastmileStore

/// A value the command line takes from a fixed list (a table, a format): parsed into its type
/// once, or refused with a sentence in the user's language that lists what is accepted.
protocol CommandChoice: CaseIterable, RawRepresentable, SendableMetatype
where RawValue == String {}

extension CommandChoice {
  /// The accepted values, as the help and the refusal list them.
  static var accepted: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// A transform for `@Option` and `@Argument`; the parser's message names the value and the
  /// option, this one what is accepted.
  static func parser() -> @Sendable (String) throws -> Self {
    { written in
      guard let value = Self(rawValue: written) else {
        throw ValidationError(text(.expectedOneOf(accepted)))
      }
      return value
    }
  }
}

extension ImportTable: CommandChoice {}
extension ExportTable: CommandChoice {}
extension ExportFormat: CommandChoice {}
extension ReportFormat: CommandChoice {}
extension RatesReport.Grouping: CommandChoice {}
extension MeetingKind: CommandChoice {}

extension Language {
  /// A transform for `--lang`: `zh` or `en` (also `zh_CN`, `english`, …).
  static func parser(_ written: String) throws -> Language {
    guard let language = Language(code: written) else {
      throw ValidationError(text(.expectedLanguage))
    }
    return language
  }
}

extension LocalDate {
  /// A transform for a date option (`--today`, `--date`): `YYYY-MM-DD`.
  static func parser() -> @Sendable (String) throws -> LocalDate {
    { written in
      guard let date = LocalDate(parsing: written) else {
        throw ValidationError(text(.expectedDate))
      }
      return date
    }
  }
}
