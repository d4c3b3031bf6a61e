import Foundation

extension LocalDate {
  /// Parses `YYYY-MM-DD`, and on import also `YYYY/M/D`, `YYYY-M-D`, `YYYY.M.D` and `YYYY年M月D日`.
  ///
  /// Returns nil when the text is not a date or names a day that does not exist.
  public init?(parsing text: String) {
    // The stored form, `YYYY-MM-DD`, read straight from its bytes: every row read holds dates.
    if let stored = LocalDate.stored(text) {
      self = stored
      return
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let parts = LocalDate.dateParts(trimmed), parts.rest.isEmpty else { return nil }
    self.init(year: parts.year, month: parts.month, day: parts.day)
  }

  /// The date of a text in the stored form `YYYY-MM-DD` exactly, or nil.
  private static func stored(_ text: String) -> LocalDate? {
    let utf8 = text.utf8
    guard utf8.count == 10 else { return nil }
    return utf8.withContiguousStorageIfAvailable { bytes -> LocalDate? in
      guard bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          guard (0x30...0x39).contains(bytes[index]) else { return nil }
          value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
      }
      guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
        return nil
      }
      return LocalDate(year: year, month: month, day: day)
    } ?? nil
  }

  /// Splits a leading date off `text`: its year, month, day and whatever follows it.
  static func dateParts(_ text: String) -> (year: Int, month: Int, day: Int, rest: Substring)? {
    var scanner = DigitScanner(Substring(text))
    guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
    let chinese = scanner.skip("年")
    if !chinese {
      guard scanner.skip("-") || scanner.skip("/") || scanner.skip(".") else {
        // Compact `YYYYMMDD`.
        guard let month = scanner.number(minDigits: 2, maxDigits: 2),
          let day = scanner.number(minDigits: 2, maxDigits: 2)
        else { return nil }
        return (year, month, day, scanner.rest)
      }
    }
    guard let month = scanner.number(minDigits: 1, maxDigits: 2) else { return nil }
    if chinese {
      guard scanner.skip("月") else { return nil }
    } else {
      guard scanner.skip("-") || scanner.skip("/") || scanner.skip(".") else { return nil }
    }
    guard let day = scanner.number(minDigits: 1, maxDigits: 2) else { return nil }
    if chinese { _ = scanner.skip("日") || scanner.skip("号") }
    return (year, month, day, scanner.rest)
  }
}

/// Reads ASCII digits and separators from the front of a string.
struct DigitScanner {
  private(set) var rest: Substring

  init(_ text: Substring) {
    rest = text
  }

  /// Consumes `literal` when the text starts with it.
  mutating func skip(_ literal: String) -> Bool {
    guard rest.hasPrefix(literal) else { return false }
    rest = rest.dropFirst(literal.count)
    return true
  }

  /// Consumes spaces.
  mutating func skipSpaces() {
    while rest.first == " " { rest = rest.dropFirst() }
  }

  /// Consumes a run of `minDigits` to `maxDigits` ASCII digits.
  mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
    var value = 0
    var count = 0
    var index = rest.startIndex
    while index < rest.endIndex, count < maxDigits, let digit = rest[index].asciiDigitValue {
      value = value * 10 + digit
      count += 1
      index = rest.index(after: index)
    }
    guard count >= minDigits else { return nil }
    rest = rest[index...]
    return value
  }
}

extension Character {
  /// The value of an ASCII digit, or nil for anything else (full-width digits included).
  var asciiDigitValue: Int? {
    guard let ascii = asciiValue, ascii >= 48, ascii <= 57 else { return nil }
    return Int(ascii - 48)
  }
}
