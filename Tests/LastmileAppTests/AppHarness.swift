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
    language: Language = .zh, keymap: String = "default"
  ) throws {
    self.folder = folder
    backend = HeadlessBackend(size: size, hasColors: false)
    let loaded = try Keymaps.load(keymap, configFolder: folder.file("config"))
    runner = AppRunner(
      store: store, backend: backend, keymap: loaded, language: language,
      view: AppView(theme: .monochrome))
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
    case .pageDown: return [.keyCode(codes.pageDown)]
    case .pageUp: return [.keyCode(codes.pageUp)]
    case .home: return [.keyCode(codes.home)]
    case .end: return [.keyCode(codes.end)]
    case .function(let n): return [.keyCode(codes.function1 + Int32(n) - 1)]
    default: return []
    }
  }
}
