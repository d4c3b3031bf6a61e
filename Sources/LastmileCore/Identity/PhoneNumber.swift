import Foundation

/// Validation and normal form of Chinese phone numbers.
///
/// A mobile number is `1[3-9]` and nine more digits (`13812345678`); a landline carries its
/// area code: `010`/`02X` before an eight-digit number, or a four-digit code before seven or
/// eight digits, written `0755-12345678`. An extension follows as `-123`.
public enum PhoneNumber {
  /// The normal form of `text`, or the reason it is not a phone number.
  ///
  /// Spaces, brackets and hyphens are ignored; a `+86` or `0086` before a mobile is dropped;
  /// an extension may be written `转123`, `ext 123` or `#123`.
  public static func normalize(_ text: String) -> Result<String, PhoneProblem> {
    // Most numbers are a mobile's eleven digits, already in normal form (an import's thousands).
    if isPlainMobile(text.utf8) { return .success(text) }
    var main = ""
    var ext = ""
    var inExtension = false
    var hyphenAt: Int?
    var rest = Substring(text.trimmingCharacters(in: .whitespaces))
    if rest.isEmpty { return .failure(.empty) }
    // Most numbers are digits only: no marker to look for (a search costs more than the rest).
    let digitsOnly = rest.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    for marker in ["转", "ext.", "ext", "EXT", "#", "x"] where !digitsOnly {
      if let range = rest.range(of: marker), main.isEmpty {
        ext = String(rest[range.upperBound...]).filter { !$0.isWhitespace }
        rest = rest[..<range.lowerBound]
        inExtension = true
        break
      }
    }
    for character in rest {
      if let digit = digitValue(character) {
        main.append(String(digit))
      } else if character == "-" || character == "－" || character == "—" {
        if hyphenAt == nil, !main.isEmpty { hyphenAt = main.count }
      } else if " ()（）+".contains(character) {
        continue
      } else {
        return .failure(.invalidCharacter(character))
      }
    }
    if inExtension {
      guard !ext.isEmpty, ext.allSatisfy({ digitValue($0) != nil }) else {
        return .failure(.badExtension)
      }
    }
    if main.hasPrefix("0086") {
      main.removeFirst(4)
    } else if main.hasPrefix("86") && main.count == 13 {
      main.removeFirst(2)
    }
    let suffix = ext.isEmpty ? "" : "-" + ext
    if main.hasPrefix("1") {
      guard main.count == 11 else { return .failure(.mobileLength(main.count)) }
      let second = main[main.index(after: main.startIndex)]
      guard "3456789".contains(second) else {
        return .failure(.mobilePrefix(String(main.prefix(2))))
      }
      return ext.isEmpty ? .success(main) : .failure(.badExtension)
    }
    guard main.hasPrefix("0") else {
      return main.count >= 7 && main.count <= 8
        ? .failure(.missingAreaCode) : .failure(.unrecognized)
    }
    let second = main[main.index(after: main.startIndex)]
    // 010 and 02X are the three-digit area codes; every other one has four digits.
    let areaLength = second == "1" || second == "2" ? 3 : 4
    guard second != "0", hyphenAt == nil || hyphenAt == areaLength else {
      return .failure(.badAreaCode(String(main.prefix(hyphenAt ?? areaLength))))
    }
    let area = main.prefix(areaLength)
    let local = main.dropFirst(areaLength)
    guard local.count == 7 || local.count == 8 else {
      return .failure(.landlineLength(local.count))
    }
    guard let first = local.first, first != "0", first != "1" else {
      return .failure(.landlineLength(local.count))
    }
    return .success("\(area)-\(local)\(suffix)")
  }

  /// Whether the text is a mobile number's eleven digits and nothing else: `1[3-9]` and nine.
  private static func isPlainMobile(_ bytes: String.UTF8View) -> Bool {
    guard bytes.count == 11 else { return false }
    var index = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      if index == 0, byte != UInt8(ascii: "1") { return false }
      if index == 1, byte < UInt8(ascii: "3") { return false }
      index += 1
    }
    return true
  }

  private static func digitValue(_ character: Character) -> Int? {
    if let value = character.asciiDigitValue { return value }
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
      (0xFF10...0xFF19).contains(scalar.value)
    else { return nil }
    return Int(scalar.value - 0xFF10)
  }
}
