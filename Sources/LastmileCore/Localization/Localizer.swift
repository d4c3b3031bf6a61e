/// Gives user-visible texts in one language.
///
/// Each module keeps its own texts (`CoreText`, the store's, the application's, the command
/// line's) as enumerations whose cases carry their arguments, typed: a wrong argument does not
/// compile. Each module extends `Localizer` with a `callAsFunction` for its own texts.
public struct Localizer: Sendable {
  /// The language texts are given in.
  public let language: Language

  /// A localizer for `language`.
  public init(_ language: Language) {
    self.language = language
  }
}
