import Foundation
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
  /// Where tokens written from each syllable (or digit) on stop: a name's first 8 syllables
  /// start one, each at most 12 syllables long (a phone's, twice as many digits). A name is
  /// found by its surname and given name within that; a longer one (refused as a record,
  /// but a document is built from whatever a database holds) costs as much as its length,
  /// not the square of it.
  static let suffixStarts = 8
  static let suffixLength = 12

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
  static func tokens(householdNo: String, headName: String, phone: String, people: [Person])
    -> String
  {
    var document = ""
    document.reserveCapacity(512)
    func add(_ token: String, after mark: String = "") {
      if !document.isEmpty { document.append(" ") }
      document.append(mark)
      document.append(token)
    }
    add(simplify(householdNo), after: numberMark)
    var names = [headName]
    var phones: [String] = []
    var ids: [String] = []
    for (name, phone, id) in [(headName, phone, "")]
      + people.map({ ($0.name, $0.phone, $0.idNumber) })
    {
      if !names.contains(name) { names.append(name) }
      let digits = String(
        decoding: phone.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") },
        as: UTF8.self)
      if digits.utf8.count >= 4, !phones.contains(digits) { phones.append(digits) }
      if id.utf8.count >= 6, !ids.contains(id) { ids.append(id) }
    }
    for name in names where !name.isEmpty {
      // A separator token keeps a phrase from running from one name into the next.
      add("0")
      for character in name where !character.isWhitespace {
        add(Pinyin.isHan(character) ? String(character) : String(character).lowercased())
      }
      let syllables = Pinyin.syllables(ofName: name).filter {
        !$0.isEmpty && $0.allSatisfy(\.isLetter)
      }
      for start in syllables.indices.prefix(suffixStarts) {
        let run = syllables[start..<min(syllables.count, start + suffixLength)]
        add(run.joined())
        if run.count >= 2 { add(String(run.compactMap(\.first))) }
      }
    }
    for digits in phones {
      let digits = String(digits.prefix(suffixLength * 2))
      for start in 0...min(digits.utf8.count - 4, suffixStarts * 2) {
        add(String(digits.dropFirst(start)), after: phoneMark)
      }
    }
    for id in ids {
      let lowered = id.lowercased()
      for length in 4...6 { add(String(lowered.suffix(length)), after: idMark) }
    }
    return document
  }

  /// Letters and digits only, lower-cased: what a token may hold.
  static func simplify(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
