import Foundation
import LastmileApp
import TerminalKit
import TestSupport
import Testing

@Suite("Shipped keymaps")
struct KeymapFileTests {
  @Test(
    "the built-in bindings are exactly the shipped Keymaps files",
    arguments: ["default", "vim", "emacs"])
  func noDrift(name: String) throws {
    let file = BinaryRunner.packageRoot.appendingPathComponent("Keymaps/\(name)")
    let onDisk = try String(contentsOf: file, encoding: .utf8)
    #expect(Keymaps.builtIn[name] == onDisk)
    var fromDisk = Keymap()
    var builtIn = Keymap()
    fromDisk.apply(onDisk, file: name, rules: Keymaps.rules)
    builtIn.apply(Keymaps.builtIn[name] ?? "", file: name, rules: Keymaps.rules)
    #expect(fromDisk == builtIn)
  }

  @Test("the shipped keymaps have no problem at all", arguments: ["default", "vim", "emacs"])
  func clean(name: String) {
    var keymap = Keymap()
    #expect(keymap.apply(Keymaps.builtIn[name] ?? "", file: name, rules: Keymaps.rules).isEmpty)
  }

  @Test("every action is bound in every shipped keymap")
  func everyActionBound() {
    for name in ["default", "vim", "emacs"] {
      var keymap = Keymap()
      keymap.apply(Keymaps.builtIn[name] ?? "", file: name, rules: Keymaps.rules)
      for action in ActionName.allCases {
        let bound = KeyContext.allCases.contains {
          !keymap.keys(for: action.rawValue, in: $0.rawValue).isEmpty
        }
        #expect(bound, "\(action) is not bound in \(name)")
      }
    }
  }

  @Test("a user's keymap file overrides single bindings; its bad lines are skipped and counted")
  func userOverrides() throws {
    let folder = TemporaryFolder()
    let config = folder.file("config")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "bind global x quit\nbind global q fly\n".write(
      to: config.appendingPathComponent("keymap"), atomically: true, encoding: .utf8)
    let loaded = try Keymaps.load(nil, configFolder: config)
    #expect(loaded.keymap.action(for: .character("x"), in: ["global"]) == "quit")
    #expect(loaded.keymap.action(for: .character("q"), in: ["global"]) == "quit")
    #expect(loaded.problems.count == 1)
    #expect(loaded.checkedFile.hasSuffix("config/keymap"))
  }

  @Test("a keymap named by path is read from the file, and an unknown name is refused")
  func byPath() throws {
    let folder = TemporaryFolder()
    let file = folder.file("mine.keymap")
    try "bind global Q quit\n".write(to: file, atomically: true, encoding: .utf8)
    let loaded = try Keymaps.load(file.path, configFolder: folder.file("config"))
    #expect(loaded.keymap.action(for: .character("Q"), in: ["global"]) == "quit")
    #expect(throws: AppError.keymapNotFound("nonesuch")) {
      try Keymaps.load("nonesuch", configFolder: folder.url)
    }
  }

  @Test(
    "a user's keymap that is not UTF-8 is said to be unreadable at the start, not counted as lines")
  func unreadableOverrides() throws {
    let folder = TemporaryFolder()
    let config = folder.file("config")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data([0x62, 0xFF, 0xFE, 0x0A]).write(to: config.appendingPathComponent("keymap"))
    let store = try Fixtures.smallLedger(in: folder)
    let app = try AppHarness(store: store, folder: folder)
    #expect(app.frame.contains("无法读取"))
    #expect(!app.frame.contains("被跳过"))
  }
}
