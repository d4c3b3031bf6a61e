/// The written form of keys in keymap files and help: `j`, `?`, `<C-s>`, `<M-x>`, `<Esc>`,
/// `<F1>`, `<Tab>`, `<S-Tab>`, `<PgDn>`, `<Space>`.
public enum KeyNotation {
  private static let named: [(String, Key)] = [
    ("Esc", .escape), ("Enter", .enter), ("CR", .enter), ("Tab", .tab), ("S-Tab", .backTab),
    ("BS", .backspace), ("Backspace", .backspace), ("Del", .delete), ("Delete", .delete),
    ("Ins", .insert), ("Insert", .insert), ("Up", .up), ("Down", .down), ("Left", .left),
    ("Right", .right), ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PageUp", .pageUp),
    ("PgDn", .pageDown), ("PageDown", .pageDown), ("Space", .character(" ")),
    ("lt", .character("<")),
  ]

  /// Keys a terminal sends as the same bytes: the first is what the second really is.
  public static let indistinguishable: [(written: String, sameAs: Key)] = [
    ("<C-i>", .tab), ("<C-m>", .enter), ("<C-h>", .backspace), ("<C-[>", .escape),
  ]

  /// The key written as `text`, or nil when the name is not known.
  public static func parse(_ text: String) -> Key? {
    guard text.hasPrefix("<"), text.hasSuffix(">"), text.count > 2 else {
      guard text.count == 1, let character = text.first, !character.isWhitespace else { return nil }
      return .character(character)
    }
    let inner = String(text.dropFirst().dropLast())
    for (name, key) in named where name.lowercased() == inner.lowercased() {
      return key
    }
    let lowered = inner.lowercased()
    if lowered.hasPrefix("f"), let number = Int(inner.dropFirst()), (1...12).contains(number) {
      return .function(number)
    }
    if lowered.hasPrefix("c-"), inner.count == 3, let character = inner.last {
      switch character.lowercased() {
      case "i": return .tab
      case "m": return .enter
      case "h": return .backspace
      case "[": return .escape
      default:
        guard character.isLetter, character.isASCII else { return nil }
        return .control(Character(character.lowercased()))
      }
    }
    if lowered.hasPrefix("m-") || lowered.hasPrefix("a-"), inner.count == 3,
      let character = inner.last
    {
      return .alt(character)
    }
    return nil
  }

  /// How `key` is written in keymaps and help.
  public static func format(_ key: Key) -> String {
    switch key {
    case .character(" "): return "<Space>"
    case .character("<"): return "<lt>"
    case .character(let character): return String(character)
    case .control(let character): return "<C-\(character)>"
    case .alt(let character): return "<M-\(character)>"
    case .function(let number): return "<F\(number)>"
    case .up: return "<Up>"
    case .down: return "<Down>"
    case .left: return "<Left>"
    case .right: return "<Right>"
    case .home: return "<Home>"
    case .end: return "<End>"
    case .pageUp: return "<PgUp>"
    case .pageDown: return "<PgDn>"
    case .insert: return "<Ins>"
    case .delete: return "<Del>"
    case .backspace: return "<BS>"
    case .enter: return "<Enter>"
    case .tab: return "<Tab>"
    case .backTab: return "<S-Tab>"
    case .escape: return "<Esc>"
    case .resize: return "<Resize>"
    case .paste: return "<Paste>"
    }
  }

  /// How a key is named on screen, for a reader rather than a keymap file: `Ctrl-S`, `F4`,
  /// `Esc`, `PgDn`; a character is itself.
  public static func label(_ key: Key) -> String {
    switch key {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-" + String(character).uppercased()
    case .alt(let character): return "Alt-" + String(character)
    case .function(let number): return "F\(number)"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .insert: return "Ins"
    case .delete: return "Del"
    case .backspace: return "Backspace"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .escape: return "Esc"
    case .resize: return "Resize"
    case .paste: return "Paste"
    }
  }
}
