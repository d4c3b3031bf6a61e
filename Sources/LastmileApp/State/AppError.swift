import LastmileCore

/// An error of the application, told as a sentence.
public enum AppError: Error, Sendable, Equatable, Localizable {
  case keymapNotFound(String)
  case noTerminal
  /// Something failed that the user cannot act on; its detail went to the support log at
  /// `log` (nil: the log could not be written).
  case unexpected(log: String?)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .keymapNotFound(let name): return l(.keymapNotFound(name))
    case .noTerminal: return l(.noTerminal)
    case .unexpected(let log?): return l(.unexpectedFailure(log))
    case .unexpected(nil): return l(.unexpectedFailureUnlogged)
    }
  }
}

/// An error as an action carries it to `update`, which says it in the state's language.
public struct Failure: Error, Sendable {
  public let error: any Error & Localizable & Sendable
  /// The support log that holds what the sentence leaves out, if it does.
  public let detailLog: String?

  public init(_ error: any Error & Localizable & Sendable, detailLog: String? = nil) {
    self.error = error
    self.detailLog = detailLog
  }

  /// The sentence in `language`, saying where the detail is when the log has it.
  public func text(_ language: Language) -> String {
    error.text(language) + (detailLog.map { Localizer(language)(.detailLogged($0)) } ?? "")
  }
}
