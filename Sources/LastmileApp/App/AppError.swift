import LastmileCore

/// An error of the application, told as a sentence.
public enum AppError: Error, Sendable, Equatable, Localizable {
  case keymapNotFound(String)
  case noTerminal

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .keymapNotFound(let name): return l(.keymapNotFound(name))
    case .noTerminal: return l(.noTerminal)
    }
  }
}
