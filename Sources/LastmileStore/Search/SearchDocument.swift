import LastmileCore

/// The tokens a household is found by, as one FTS5 document.
///
/// FTS5's unicode61 tokenizer takes a run of Han characters as one token and the trigram one
/// never matches under three characters, while most Chinese names have two or three: so each
/// Han character is written as its own token, and a name is found by a phrase of its
/// characters (`"三 丰"` matches 张三丰). Pinyin is written whole and from each syllable on
/// (`zhangsanfeng`, `sanfeng`, `feng`), initials likewise (`zsf`, `sf`), so that a prefix query
/// finds a surname or a given name. The household number is written whole after a `1`; phone
/// digits from each position on after a `2` (at least four digits), so that any run of four or
/// more digits matches by prefix; ID numbers by their last four, five and six characters after
/// a `3`. These marks are digits so that no pinyin prefix reaches them, and single characters
/// so that the index's prefixes of one to three characters serve a household number typed up
/// to two digits.
enum SearchDocument {
  /// The marks of household number, phone and ID number tokens.
  static let numberMark = "1"
  static let phoneMark = "2"
  static let idMark = "3"

  /// A name, a phone and an ID number of someone in the household.
  struct Person {
    let name: String
    let phone: String
    let idNumber: String
  }

  /// The document of a household.
  static func tokens(householdNo: String, headName: String, phone: String, people: [Person]) -> String {
    var tokens: [String] = [numberMark + simplify(householdNo)]
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
      for start in 0...(digits.count - 4) { tokens.append(phoneMark + String(digits[start...])) }
    }
    for id in Set(ids) where id.count >= 6 {
      let lowered = id.lowercased()
      for length in 4...6 { tokens.append(idMark + String(lowered.suffix(length))) }
    }
    return tokens.joined(separator: " ")
  }

  /// Letters and digits only, lower-cased: what a token may hold.
  static func simplify(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}

import Foundation
