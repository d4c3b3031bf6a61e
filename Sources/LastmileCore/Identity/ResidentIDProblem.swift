/// Which rule of GB 11643 a resident ID number breaks.
public enum ResidentIDProblem: Error, Sendable, Equatable, Localizable {
  case empty
  /// Excel turned the number into `4.30521E+17`: the column must be formatted as text.
  case scientificNotation
  case wrongLength(Int)
  /// A character that must be a digit is not (positions count from 1).
  case notDigit(position: Int, character: Character)
  case unknownProvince(String)
  case invalidBirthDate(String)
  case birthDateInFuture(LocalDate)
  case checkDigit(expected: Character, found: Character)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .empty: return l(.idEmpty)
    case .scientificNotation: return l(.idScientificNotation)
    case .wrongLength(let count): return l(.idWrongLength(count))
    case .notDigit(let position, let character): return l(.idNotDigit(position, character))
    case .unknownProvince(let code): return l(.idUnknownProvince(code))
    case .invalidBirthDate(let text): return l(.idInvalidBirthDate(text))
    case .birthDateInFuture(let date): return l(.idBirthDateInFuture(date))
    case .checkDigit(let expected, let found): return l(.idCheckDigit(found, expected))
    }
  }
}
