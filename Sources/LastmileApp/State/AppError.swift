import LastmileCore

/// An error of the application, told as a sentence.
public enum AppError: Error, Sendable, Equatable, Localizable {
  case keymapNotFound(String)
  case noTerminal
  /// Something failed that the user cannot act on; its detail went to the support log.
  case unexpected(log: String)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .keymapNotFound(let name): return l(.keymapNotFound(name))
    case .noTerminal: return l(.noTerminal)
    case .unexpected(let log): return l(.unexpectedFailure(log))
    }
  }
}

/// An error as an action carries it to `update`, which says it in the state's language.
public struct Failure: Error, Sendable {
  public let error: any Error & Localizable & Sendable

  public init(_ error: any Error & Localizable & Sendable) {
    self.error = error
  }

  /// The sentence in `language`.
  public func text(_ language: Language) -> String { error.text(language) }
}
