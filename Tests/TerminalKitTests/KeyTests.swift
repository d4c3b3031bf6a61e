import Testing

@testable import TerminalKit

@Suite("Keys")
struct KeyTests {
  func decode(_ inputs: [RawInput]) -> [Key] {
    var decoder = KeyDecoder()
    return inputs.flatMap { decoder.feed($0) }
  }

  @Test("Esc alone is Escape once the next input times out; Esc then a character is Alt")
  func escapeVersusAlt() {
    #expect(decode([.character(27), .timeout]) == [.escape])
    #expect(decode([.character(27), .character(120)]) == [.alt("x")])
    #expect(decode([.character(27), .character(27), .timeout]) == [.escape, .escape])
  }

  @Test("control characters, Tab, Enter and Backspace decode by their codes")
  func controls() {
    #expect(decode([.character(19)]) == [.control("s")])
    #expect(decode([.character(9)]) == [.tab])
    #expect(decode([.character(13)]) == [.enter])
    #expect(decode([.character(127)]) == [.backspace])
    #expect(decode([.character(0x5F20)]) == [.character("张")])
  }

  @Test("special key codes and the resize event decode")
  func specials() {
    let codes = KeyDecoder.KeyCodes.ncurses
    #expect(
      decode([
        .keyCode(codes.up), .keyCode(codes.pageDown), .keyCode(codes.function1),
        .keyCode(codes.resize),
      ])
        == [.up, .pageDown, .function(1), .resize])
  }

  @Test("a bracketed paste arrives as one piece of text")
  func paste() {
    let text = "\u{1B}[200~第一行\r\n第二行\u{1B}[201~"
    #expect(decode(text.unicodeScalars.map { .character($0.value) }) == [.paste("第一行\n第二行")])
  }

  @Test("Esc followed by [ and something else is Alt-[ and the rest")
  func notAPaste() {
    #expect(
      decode([.character(27), .character(91), .character(65)]) == [.alt("["), .character("A")])
  }

  @Test(
    "key names parse and print back the same",
    arguments: [
      "j", "?", "<C-s>", "<M-x>", "<Esc>", "<F1>", "<F12>", "<Tab>", "<S-Tab>", "<PgDn>", "<PgUp>",
      "<Space>",
      "<Enter>", "<BS>", "<Del>", "<Home>", "<End>", "<Up>", "<lt>", "张",
    ])
  func notation(text: String) {
    let key = KeyNotation.parse(text)
    #expect(key != nil)
    #expect(key.map(KeyNotation.format) == text)
  }

  @Test("keys a terminal cannot tell apart parse to the same key")
  func indistinguishable() {
    #expect(KeyNotation.parse("<C-i>") == .tab)
    #expect(KeyNotation.parse("<C-m>") == .enter)
    #expect(KeyNotation.parse("<C-h>") == .backspace)
    #expect(KeyNotation.parse("<Nope>") == nil)
    #expect(KeyNotation.parse("<F13>") == nil)
  }
}
