import Foundation

/// Pinyin of Chinese names, for search by full pinyin (`zhangsanfeng`) and initials (`zsf`).
///
/// Each character is read through the system's ICU transliteration (Mandarin to Latin) once and
/// remembered. ICU reads a polyphonic character by its most common reading, which is wrong for
/// many surnames (单 is dān, but Shàn as a surname): a name's leading surname is read from the
/// surname table first.
public enum Pinyin {
  /// Surnames whose reading differs from the character's common one, two-character surnames
  /// first so that they match before their first character.
  public static let surnames: [(String, [String])] = [
    ("尉迟", ["yu", "chi"]), ("万俟", ["mo", "qi"]), ("单于", ["chan", "yu"]), ("长孙", ["zhang", "sun"]),
    ("单", ["shan"]), ("曾", ["zeng"]), ("解", ["xie"]), ("仇", ["qiu"]), ("区", ["ou"]), ("查", ["zha"]),
    ("朴", ["piao"]), ("盖", ["ge"]), ("乐", ["yue"]), ("缪", ["miao"]), ("覃", ["qin"]),
    ("翟", ["zhai"]),
    ("黑", ["he"]), ("那", ["na"]), ("秘", ["bi"]), ("繁", ["po"]), ("种", ["chong"]), ("员", ["yun"]),
    ("隗", ["wei"]), ("褚", ["chu"]), ("任", ["ren"]), ("华", ["hua"]), ("纪", ["ji"]), ("冼", ["xian"]),
    ("燕", ["yan"]), ("葛", ["ge"]), ("宁", ["ning"]), ("折", ["she"]), ("句", ["gou"]), ("过", ["guo"]),
    ("召", ["shao"]), ("訾", ["zi"]), ("阚", ["kan"]), ("俞", ["yu"]), ("沈", ["shen"]), ("谌", ["chen"]),
  ]

  private static let cache = PinyinCache()

  /// The surname table by its first character, longer surnames first.
  private static let surnamesByFirst: [Character: [(String, [String])]] = Dictionary(
    grouping: surnames, by: { $0.0.first! }
  ).mapValues { $0.sorted { $0.0.count > $1.0.count } }

  /// The syllables of a name, one per character (a non-Chinese character is kept as it is,
  /// lower-cased): 单田芳 → shan tian fang.
  public static func syllables(ofName name: String) -> [String] {
    var result: [String] = []
    var rest = Substring(name)
    if let first = rest.first, let candidates = surnamesByFirst[first] {
      for (surname, reading) in candidates where rest.hasPrefix(surname) {
        result += reading
        rest = rest.dropFirst(surname.count)
        break
      }
    }
    for character in rest {
      result.append(cache.reading(of: character))
    }
    return result
  }

  /// The full pinyin of a name, syllables joined: `zhangsanfeng`.
  public static func full(_ name: String) -> String {
    syllables(ofName: name).joined()
  }

  /// The initials of a name: `zsf`.
  public static func initials(_ name: String) -> String {
    String(syllables(ofName: name).compactMap(\.first))
  }

  /// Reads every Han character of `texts` not read before, in one pass of the transliterator:
  /// making one costs far more than using it, so a bulk load prepares its names first.
  public static func prepare(_ texts: some Sequence<String>) {
    cache.prepare(texts)
  }

  /// Whether a character is a Han ideograph.
  public static func isHan(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    default: return false
    }
  }
}

/// Readings of single characters, computed once each.
private final class PinyinCache: @unchecked Sendable {
  private var readings: [Character: String] = [:]
  private let lock = NSLock()

  func reading(of character: Character) -> String {
    guard Pinyin.isHan(character) else { return String(character).lowercased() }
    lock.lock()
    defer { lock.unlock() }
    if let known = readings[character] { return known }
    let plain = PinyinCache.transliterate([character]).first ?? ""
    readings[character] = plain
    return plain
  }

  func prepare(_ texts: some Sequence<String>) {
    lock.lock()
    defer { lock.unlock() }
    var unknown = Set<Character>()
    for text in texts {
      for character in text where Pinyin.isHan(character) && readings[character] == nil {
        unknown.insert(character)
      }
    }
    guard !unknown.isEmpty else { return }
    let characters = Array(unknown)
    let readings = PinyinCache.transliterate(characters)
    guard readings.count == characters.count else {
      for character in characters {
        self.readings[character] = PinyinCache.transliterate([character]).first ?? ""
      }
      return
    }
    for (character, reading) in zip(characters, readings) { self.readings[character] = reading }
  }

  /// The readings of characters, through one transliteration of them all separated by spaces.
  private static func transliterate(_ characters: [Character]) -> [String] {
    let text = characters.map(String.init).joined(separator: " ")
    let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
    let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
    return plain.lowercased().split(separator: " ").map { String($0.filter(\.isLetter)) }
  }
}
