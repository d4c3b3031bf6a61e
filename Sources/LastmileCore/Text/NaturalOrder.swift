/// The order people give names with numbers in them: `第2网格` before `第10网格`, `二组` before
/// `十一组`. Runs of digits, and of Chinese numerals, compare by their value; the rest as text.
public enum NaturalOrder {
  /// Whether `a` comes before `b`.
  public static func precedes(_ a: String, _ b: String) -> Bool {
    let (left, right) = (parts(a), parts(b))
    for (x, y) in zip(left, right) where x != y {
      switch (x, y) {
      case (.number(let m), .number(let n)): return m < n
      case (.number, .text): return true
      case (.text, .number): return false
      case (.text(let s), .text(let t)): return s < t
      }
    }
    return left.count < right.count || (left.count == right.count && a < b)
  }

  /// Whether the name holds a number (digits or Chinese numerals).
  public static func isNumbered(_ name: String) -> Bool {
    parts(name).contains { if case .number = $0 { true } else { false } }
  }

  private enum Part: Equatable {
    case text(String)
    case number(Int)
  }

  private static let chineseDigits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]
  private static let chineseUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

  private static func parts(_ name: String) -> [Part] {
    var result: [Part] = []
    var text = ""
    var digits = ""
    var chinese = ""
    func flush() {
      if !digits.isEmpty {
        result.append(.number(Int(digits.prefix(18)) ?? 0))
        digits = ""
      }
      if !chinese.isEmpty {
        result.append(.number(value(ofChinese: chinese)))
        chinese = ""
      }
      if !text.isEmpty {
        result.append(.text(text))
        text = ""
      }
    }
    for character in name {
      if character.isASCII, character.isNumber {
        if !chinese.isEmpty || !text.isEmpty { flush() }
        digits.append(character)
      } else if chineseDigits[character] != nil || chineseUnits[character] != nil {
        if !digits.isEmpty || !text.isEmpty { flush() }
        chinese.append(character)
      } else {
        if !digits.isEmpty || !chinese.isEmpty { flush() }
        text.append(character)
      }
    }
    flush()
    return result
  }

  /// The value of Chinese numerals: `十一` is 11, `二十` 20, `一百零五` 105, `三` 3.
  private static func value(ofChinese numerals: String) -> Int {
    var total = 0
    var current = 0
    for character in numerals {
      if let digit = chineseDigits[character] {
        current = digit
      } else if let unit = chineseUnits[character] {
        total += (current == 0 ? 1 : current) * unit
        current = 0
      }
    }
    return total + current
  }
}
