import LastmileCore

/// An error of the command line itself.
enum CommandError: Error, Localizable {
  case operatorMissing

  func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .operatorMissing: return l(.operatorMissing)
    }
  }
}
