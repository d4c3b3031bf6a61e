import Testing

@testable import TerminalKit

@Suite("Keymaps")
struct KeymapTests {
  let rules = Keymap.Rules(
    contexts: ["global", "table", "form", "roster"],
    actions: ["quit", "help", "table.down", "back"],
    reserved: [.control("q")])

  @Test("a key is looked up in the chain of contexts, the first binding winning")
  func chain() {
    var keymap = Keymap()
    keymap.apply(
      "bind global q quit\nbind table j table.down\nbind roster j help", file: "k", rules: rules)
    #expect(keymap.action(for: .character("j"), in: ["roster", "table", "global"]) == "help")
    #expect(keymap.action(for: .character("j"), in: ["table", "global"]) == "table.down")
    #expect(keymap.action(for: .character("q"), in: ["roster", "table", "global"]) == "quit")
    #expect(keymap.action(for: .character("x"), in: ["global"]) == nil)
  }

  @Test("every problem is reported at once with its line, and bad lines are skipped")
  func problems() {
    var keymap = Keymap()
    let text = """
      bind global q quit
      bind global q help
      bind nowhere x quit
      bind global <Bogus> quit
      bind global x fly
      bind global <C-q> help
      bind table <C-i> table.down
      bind roster q help
      gibberish
      """
    let found = keymap.apply(text, file: "my.keymap", rules: rules)
    #expect(found.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9])
    #expect(found[0].kind == .duplicate(key: "q", context: "global", firstLine: 1))
    #expect(found[1].kind == .unknownContext("nowhere"))
    #expect(found[2].kind == .unknownKey("<Bogus>"))
    #expect(found[3].kind == .unknownAction("fly"))
    #expect(found[4].kind == .reserved("<C-q>"))
    #expect(found[5].kind == .indistinguishable(written: "<C-i>", sameAs: "<Tab>"))
    #expect(found[6].kind == .shadowsGlobal(key: "q", context: "roster", globalAction: "quit"))
    #expect(found[7].kind == .syntax("gibberish"))
    #expect(found.filter(\.isWarning).count == 2)
    #expect(keymap.action(for: .character("q"), in: ["global"]) == "quit")
    #expect(keymap.action(for: .tab, in: ["table"]) == "table.down")
  }

  @Test("a later file overrides single bindings and can unbind")
  func overrides() {
    var keymap = Keymap()
    keymap.apply("bind global q quit\nbind global ? help", file: "base", rules: rules)
    let problems = keymap.apply(
      "bind global q help\nunbind global ?\n# comment\nbind table # table.down", file: "user",
      rules: rules)
    #expect(problems.isEmpty)
    #expect(keymap.action(for: .character("q"), in: ["global"]) == "help")
    #expect(keymap.action(for: .character("?"), in: ["global"]) == nil)
    #expect(keymap.action(for: .character("#"), in: ["table"]) == "table.down")
  }
}
