import LastmileCore

/// The tokens a household is found by, as one FTS5 document.
///
/// FTS5's unicode61 tokenizer takes a run of Han characters as one token and the trigram one
/// never matches under three characters, while most Chinese names have two or three: so each
/// Han character is written as its own token, and a name is found by a phrase of its
/// characters (`"三 丰"` matches 张三丰). Pinyin is written whole and from each syllable on
/// (`zhangsanfeng`, `sanfeng`, `feng`), initials likewise (`zsf`, `sf`), so that a prefix query
/// finds a surname or a given name. Phone digits are written from each position on (`p` then
/// at least four digits), so that any run of four or more digits matches by prefix; ID numbers
/// by their last four, five and six characters (`i…`); the household number whole (`h…`).
enum SearchDocument {
  /// A name, a phone and an ID number of someone in the household.
  struct Person {
    let name: String
    let phone: String
    let idNumber: String
  }

  /// The document of a household.
  static func tokens(householdNo: String, headName: String, phone: String, people: [Person]) -> String {
    var tokens: [String] = ["h" + simplify(householdNo)]
    var names = [headName]
    var phones = [phone]
    var ids: [String] = []
    for person in people {
      if !names.contains(person.name) { names.append(person.name) }
      phones.append(person.phone)
      ids.append(person.idNumber)
    }
    for name in names where !name.isEmpty {
      // A separator token keeps a phrase from running from one name into the next.
      tokens.append("0")
      for character in name where !character.isWhitespace {
        tokens.append(Pinyin.isHan(character) ? String(character) : String(character).lowercased())
      }
      let syllables = Pinyin.syllables(ofName: name).filter { !$0.isEmpty && $0.allSatisfy(\.isLetter) }
      for start in syllables.indices {
        tokens.append(syllables[start...].joined())
        let initials = String(syllables[start...].compactMap(\.first))
        if initials.count >= 2 { tokens.append(initials) }
      }
    }
    for number in Set(phones.map { $0.filter(\.isNumber) }) where number.count >= 4 {
      let digits = Array(number)
      for start in 0...(digits.count - 4) { tokens.append("p" + String(digits[start...])) }
    }
    for id in Set(ids) where id.count >= 6 {
      let lowered = id.lowercased()
      for length in 4...6 { tokens.append("i" + String(lowered.suffix(length))) }
    }
    return tokens.joined(separator: " ")
  }

  /// The FTS5 query for what was typed, or nil when nothing can be searched.
  static func query(_ typed: String) -> String? {
    let text = typed.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return nil }
    if text.allSatisfy({ Pinyin.isHan($0) }) {
      return "\"" + text.map(String.init).joined(separator: " ") + "\""
    }
    let lowered = text.lowercased()
    if lowered.allSatisfy({ $0.isASCII && $0.isNumber }) {
      var parts = ["\"h\(lowered)\"*"]
      if lowered.count >= 4 { parts += ["\"p\(lowered)\"*", "\"i\(lowered)\""] }
      return parts.joined(separator: " OR ")
    }
    if lowered.count >= 4, lowered.count <= 6, lowered.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }),
      lowered.last == "x"
    {
      return "\"i\(lowered)\""
    }
    if lowered.allSatisfy({ $0.isASCII && $0.isLetter }) {
      return "\"\(lowered)\"*"
    }
    let simple = simplify(lowered)
    return simple.isEmpty ? nil : "\"h\(simple)\"*"
  }

  /// Letters and digits only, lower-cased: what a token may hold.
  static func simplify(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}

import Foundation
