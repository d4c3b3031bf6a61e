import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit
import TestSupport

/// The application on the headless backend: keys in, frames out.
struct AppHarness {
  let folder: TemporaryFolder
  let backend: HeadlessBackend
  let runner: AppRunner

  init(
    store: LastmileStore, folder: TemporaryFolder, size: Size = Size(width: 80, height: 24),
    language: Language = .zh, keymap: String = "default", measure: TextMeasure = TextMeasure(),
    theme: Theme = .monochrome, glyphs: Glyphs = .unicode, operatorGiven: Bool = true,
    demo: Bool = false, lock: ScreenLockFile? = nil, lockUnreadable: String? = nil
  ) throws {
    self.folder = folder
    backend = HeadlessBackend(size: size, hasColors: false)
    let loaded = try Keymaps.load(keymap, configFolder: folder.file("config"))
    runner = AppRunner(
      store: store, backend: backend, keymap: loaded, language: language,
      view: AppView(theme: theme, glyphs: glyphs, measure: measure), homeFolder: folder.url.path,
      operatorGiven: operatorGiven, demo: demo, lock: lock, lockUnreadable: lockUnreadable)
    runner.runUntilIdle()
  }

  /// Presses keys (given as typed text or as keys) and lets the program settle.
  func press(_ keys: Key...) {
    for key in keys { backend.enqueue(raw(key)) }
    runner.runUntilIdle()
  }

  /// Types text as a person would.
  func type(_ text: String) {
    backend.type(text)
    runner.runUntilIdle()
  }

  /// Changes the terminal's size, as a resize event does.
  func resize(_ size: Size) {
    backend.size = size
    backend.enqueue([.keyCode(KeyDecoder.KeyCodes.ncurses.resize)])
    runner.runUntilIdle()
  }

  /// What is open over the pane and its views (forms, dialogs, the help, the menu).
  var overlays: [Layer] {
    runner.state.navigation.layers.filter {
      switch $0 {
      case .card, .request, .reception, .book: false
      default: true
      }
    }
  }

  /// The frame on the terminal, as text.
  var frame: String { backend.lastFrame?.text ?? "" }

  /// The frame with its styles: the text, then each line's runs of bold, reverse, underline,
  /// dim and colour, so that a golden frame notices a selection or a warning that lost its look.
  var styledFrame: String { backend.lastFrame.map(Self.styled) ?? "" }

  static func styled(_ screen: Screen) -> String {
    var runs: [String] = []
    for y in 0..<screen.size.height {
      var x = 0
      var line: [String] = []
      while x < screen.size.width {
        let style = screen[x, y].style
        var end = x
        while end + 1 < screen.size.width, screen[end + 1, y].style == style { end += 1 }
        if style != .plain { line.append("\(x)-\(end) \(describe(style))") }
        x = end + 1
      }
      if !line.isEmpty { runs.append("\(y): " + line.joined(separator: ", ")) }
    }
    return screen.text + "\n--- styles ---\n" + runs.joined(separator: "\n")
  }

  private static func describe(_ style: Style) -> String {
    var words: [String] = []
    if style.attributes.contains(.bold) { words.append("bold") }
    if style.attributes.contains(.reverse) { words.append("reverse") }
    if style.attributes.contains(.underline) { words.append("underline") }
    if style.attributes.contains(.dim) { words.append("dim") }
    if style.foreground != .default { words.append("fg=\(style.foreground)") }
    if style.background != .default { words.append("bg=\(style.background)") }
    return words.joined(separator: " ")
  }

  private func raw(_ key: Key) -> [RawInput] {
    let codes = KeyDecoder.KeyCodes.ncurses
    switch key {
    case .character(let c): return c.unicodeScalars.map { .character($0.value) }
    case .control(let c): return [.character(c.unicodeScalars.first!.value - 96)]
    case .escape: return [.character(27), .timeout]
    case .tab: return [.character(9)]
    case .backTab: return [.keyCode(codes.backTab)]
    case .enter: return [.character(13)]
    case .backspace: return [.character(127)]
    case .up: return [.keyCode(codes.up)]
    case .down: return [.keyCode(codes.down)]
    case .left: return [.keyCode(codes.left)]
    case .right: return [.keyCode(codes.right)]
    case .pageDown: return [.keyCode(codes.pageDown)]
    case .pageUp: return [.keyCode(codes.pageUp)]
    case .home: return [.keyCode(codes.home)]
    case .end: return [.keyCode(codes.end)]
    case .function(let n): return [.keyCode(codes.function1 + Int32(n) - 1)]
    default: return []
    }
  }
}
