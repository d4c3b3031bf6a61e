/// A validated resident ID number (公民身份号码, GB 11643-1999).
///
/// Eighteen characters: a six-digit region code, the birth date `YYYYMMDD`, a three-digit
/// sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (`X` for 10).
/// Fifteen-digit numbers of the first generation are accepted and upgraded to eighteen.
public struct ResidentID: Sendable, Hashable {
  /// The eighteen-character number, with an upper-case `X`.
  public let number: String
  /// Whether the number was given in the fifteen-digit form and upgraded.
  public let wasUpgraded: Bool
  /// The birth date the number carries.
  public let birthDate: LocalDate
  /// The sex the sequence code carries.
  public let sex: Sex

  /// The six-digit administrative region code.
  public var regionCode: String { String(number.prefix(6)) }

  /// The province codes of GB/T 2260, with 71 Taiwan, 81 Hong Kong, 82 Macao, 83 Taiwan
  /// residence permits and 91 foreigners' permanent residence.
  public static let provinceCodes: Set<String> = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83", "91",
  ]

  private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  private static let checkCharacters: [Character] = Array("10X98765432")

  /// The check character for the first seventeen digits.
  public static func checkCharacter(for digits: [Int]) -> Character {
    precondition(digits.count == 17, "the check character needs 17 digits")
    let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
    return checkCharacters[sum % 11]
  }

  /// Validates `text` as it would be typed or imported; `today` bounds the birth date.
  ///
  /// Spaces are ignored, full-width digits and a lower-case `x` are accepted. A failure names
  /// the rule that failed.
  public static func validate(_ text: String, today: LocalDate) -> Result<
    ResidentID, ResidentIDProblem
  > {
    let normalized = normalize(text)
    if normalized.isEmpty { return .failure(.empty) }
    if normalized.contains("E+") || normalized.contains("e+") {
      return .failure(.scientificNotation)
    }
    var characters = Array(normalized)
    let upgraded: Bool
    switch characters.count {
    case 18:
      upgraded = false
    case 15:
      upgraded = true
    default:
      return .failure(.wrongLength(characters.count))
    }
    let digitCount = upgraded ? 15 : 17
    var digits: [Int] = []
    for (index, character) in characters.prefix(digitCount).enumerated() {
      guard let digit = character.asciiDigitValue else {
        return .failure(.notDigit(position: index + 1, character: character))
      }
      digits.append(digit)
    }
    if upgraded {
      // Region (6) + "19" + YYMMDD (6) + sequence (3).
      digits.insert(contentsOf: [1, 9], at: 6)
    } else if characters[17].asciiDigitValue == nil && characters[17] != "X" {
      return .failure(.notDigit(position: 18, character: characters[17]))
    }
    let province = String(digits[0]) + String(digits[1])
    guard provinceCodes.contains(province) else { return .failure(.unknownProvince(province)) }
    let birthText = digits[6..<14].map(String.init).joined()
    let year = digits[6..<10].reduce(0) { $0 * 10 + $1 }
    let month = digits[10] * 10 + digits[11]
    let day = digits[12] * 10 + digits[13]
    guard year >= 1800, let birthDate = LocalDate(year: year, month: month, day: day) else {
      return .failure(.invalidBirthDate(birthText))
    }
    guard birthDate <= today else { return .failure(.birthDateInFuture(birthDate)) }
    let expected = checkCharacter(for: Array(digits.prefix(17)))
    if upgraded {
      characters = digits.map { Character(String($0)) } + [expected]
    } else if characters[17] != expected {
      return .failure(.checkDigit(expected: expected, found: characters[17]))
    }
    let sex: Sex = digits[16] % 2 == 1 ? .male : .female
    return .success(
      ResidentID(number: String(characters), wasUpgraded: upgraded, birthDate: birthDate, sex: sex))
  }

  /// `text` without spaces, with full-width digits and `Ｘ` made ASCII and `x` upper-cased.
  static func normalize(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x20, 0x09, 0x3000, 0x2D: continue
      case 0xFF10...0xFF19:
        result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      case 0x78, 0xFF38, 0xFF58: result.append("X")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
