import LastmileCore

/// An error of the command line itself.
enum CommandError: Error, Localizable {
  case operatorMissing
  /// Refused, with the reason already in the command line's language.
  case refused(String)

  func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .operatorMissing: return l(.operatorMissing)
    case .refused(let reason): return reason
    }
  }
}
