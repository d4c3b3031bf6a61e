import Testing

@testable import TerminalKit

@Suite("Display width")
struct TextMeasureTests {
  let measure = TextMeasure()

  @Test(
    "CJK, full-width forms and CJK punctuation take two columns; ASCII one; combining marks none",
    arguments: [
      ("a", 1), ("张", 2), ("张三丰", 6), ("，", 2), ("。", 2), ("：", 2), ("（", 2), ("「", 2), ("《", 2),
      ("Ａ", 2), ("１", 2), ("e\u{301}", 1), ("한", 2), ("ア", 2), ("\u{3000}", 2), ("abc", 3),
      ("户号01", 6),
    ])
  func widths(text: String, width: Int) {
    #expect(measure.width(of: text) == width)
  }

  @Test("emoji clusters joined by ZWJ or asking for emoji presentation count as two")
  func emoji() {
    #expect(measure.width(of: "👨‍👩‍👧") == 2)
    #expect(measure.width(of: "❤️") == 2)
    #expect(measure.width(of: "🇨🇳") == 2)
    #expect(measure.width(of: "👍🏽") == 2)
    #expect(measure.width(of: "😀") == 2)
  }

  @Test("ambiguous characters take one column unless asked for two")
  func ambiguous() {
    #expect(measure.width(of: "…①─") == 3)
    #expect(TextMeasure(ambiguousWide: true).width(of: "…①─") == 6)
  }

  @Test("clipping reserves the mark's width before cutting and never cuts a wide character")
  func clipping() {
    #expect(measure.clip("张三丰abc", to: 5).text == "张三…")
    #expect(measure.clip("张三丰", to: 3).text == "张…")
    #expect(measure.clip("张三丰", to: 6).text == "张三丰")
    #expect(measure.clip("张三丰", to: 5).width == 5)
    #expect(measure.clip("abcdef", to: 4).text == "abc…")
    #expect(measure.clip("张", to: 1).text == "…")
  }

  @Test("fitting pads to the exact width in every alignment")
  func fitting() {
    #expect(measure.fit("张三", to: 6) == "张三  ")
    #expect(measure.fit("张三", to: 6, alignment: .right) == "  张三")
    #expect(measure.fit("张三", to: 7, alignment: .center) == " 张三  ")
    #expect(measure.width(of: measure.fit("张三丰abc", to: 6)) == 6)
  }

  @Test("wrapping breaks Chinese between characters and English at spaces")
  func wrapping() {
    #expect(measure.wrap("户主腿脚不便，行动需拐杖。", to: 10) == ["户主腿脚不", "便，行动需", "拐杖。"])
    #expect(measure.wrap("the quick brown fox", to: 10) == ["the quick", "brown fox"])
    #expect(measure.wrap("一行\n两行", to: 10) == ["一行", "两行"])
    // A date, a number or a Latin word inside Chinese moves whole to the next line.
    let draft = measure.wrap("上次退出时，《设置》还没有保存（2026-11-29 11:34，王主任）。", to: 36)
    #expect(draft == ["上次退出时，《设置》还没有保存", "（2026-11-29 11:34，王主任）。"])
    #expect(measure.wrap("回访电话13812345678已打通", to: 12) == ["回访电话", "13812345678", "已打通"])
    // As Chinese is set: no line starts with a comma or a closing bracket, none ends with an
    // opening one.
    #expect(measure.wrap("顺延至下周一，已告知本人。", to: 12) == ["顺延至下周", "一，已告知本", "人。"])
    #expect(measure.wrap("已电话答复（口头）", to: 12) == ["已电话答复", "（口头）"])
    // Longer than the line, a word is cut where it must.
    #expect(measure.wrap("abcdefghijkl", to: 5) == ["abcde", "fghij", "kl"])
  }
}

@Suite("Screen")
struct ScreenTests {
  @Test("a wide character that would cross the edge becomes a space")
  func wideAtEdge() {
    var screen = Screen(size: Size(width: 5, height: 1))
    screen.put("ab张三", x: 0, y: 0)
    #expect(screen.line(0) == "ab张 ")
  }

  @Test("writing over half of a wide character blanks its other half")
  func mendsWideCharacters() {
    var screen = Screen(size: Size(width: 6, height: 1))
    screen.put("张三丰", x: 0, y: 0)
    screen.put("x", x: 1, y: 0)
    #expect(screen.line(0) == " x三丰")
    screen.put("y", x: 2, y: 0)
    #expect(screen.line(0) == " xy 丰")
  }

  @Test("text stops at its limit")
  func limit() {
    var screen = Screen(size: Size(width: 10, height: 1))
    let used = screen.put("张三丰", x: 0, y: 0, limit: 5)
    #expect(used == 5)
    #expect(screen.line(0) == "张三      ")
  }
}
