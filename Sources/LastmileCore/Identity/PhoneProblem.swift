/// Why a text is not a phone number.
public enum PhoneProblem: Error, Sendable, Equatable, Localizable {
  case empty
  case invalidCharacter(Character)
  case mobileLength(Int)
  case mobilePrefix(String)
  case missingAreaCode
  case badAreaCode(String)
  case landlineLength(Int)
  case badExtension
  case unrecognized

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .empty: return l(.phoneEmpty)
    case .invalidCharacter(let character): return l(.phoneInvalidCharacter(character))
    case .mobileLength(let count): return l(.phoneMobileLength(count))
    case .mobilePrefix(let prefix): return l(.phoneMobilePrefix(prefix))
    case .missingAreaCode: return l(.phoneMissingAreaCode)
    case .badAreaCode(let code): return l(.phoneBadAreaCode(code))
    case .landlineLength(let count): return l(.phoneLandlineLength(count))
    case .badExtension: return l(.phoneBadExtension)
    case .unrecognized: return l(.phoneUnrecognized)
    }
  }
}
