import Foundation
import LastmileCore
import TerminalKit

/// The shipped keymaps (`Keymaps/default`, `vim`, `emacs`, embedded when the program is built,
/// so they are found from any folder and after installation) and the loading of a user's.
public enum Keymaps {
  /// The keymaps shipped with the program, by name.
  public static let builtIn: [String: String] = [
    "default": String(decoding: PackageResources.default_keymap, as: UTF8.self),
    "vim": String(decoding: PackageResources.vim_keymap, as: UTF8.self),
    "emacs": String(decoding: PackageResources.emacs_keymap, as: UTF8.self),
  ]

  /// The emergency quit: always Ctrl-Q, never rebound.
  public static let emergencyQuit = Key.control("q")

  /// The rules every keymap file is checked against.
  public static let rules = Keymap.Rules(
    contexts: Set(KeyContext.allCases.map(\.rawValue)),
    actions: Set(ActionName.allCases.map(\.rawValue)),
    reserved: [emergencyQuit, .control("c")], modalContexts: [KeyContext.dialog.rawValue])

  /// The name of the user's overrides file in the config folder.
  public static let userFileName = "keymap"

  /// A keymap ready for use, and the problems met reading it.
  public struct Loaded: Sendable {
    public let keymap: Keymap
    public let problems: [KeymapProblem]
    /// The file to check when lines were skipped.
    public let checkedFile: String
  }

  /// The text of a keymap given by name or path, and the name it is reported under.
  public static func source(_ nameOrPath: String) throws -> (text: String, file: String) {
    if let text = builtIn[nameOrPath] { return (text, "Keymaps/\(nameOrPath)") }
    let url = UserPath.url(nameOrPath)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw AppError.keymapNotFound(nameOrPath)
    }
    return (try TextFile.read(url), url.path)
  }

  /// The chosen keymap (default: `default`) with the user's overrides from the config folder
  /// applied on top. Bad lines are skipped and reported, never fatal.
  public static func load(_ nameOrPath: String?, configFolder: URL) throws -> Loaded {
    let (text, file) = try source(nameOrPath ?? "default")
    var keymap = Keymap()
    var problems = keymap.apply(text, file: file, rules: rules)
    var checked = nameOrPath ?? "default"
    let user = configFolder.appendingPathComponent(userFileName)
    if FileManager.default.fileExists(atPath: user.path) {
      // A file the user wrote and the program cannot read is reported, never passed over.
      if let overrides = try? TextFile.read(user) {
        let found = keymap.apply(overrides, file: user.path, rules: rules)
        if found.contains(where: { !$0.isWarning }) { checked = user.path }
        problems += found
      } else {
        problems.append(KeymapProblem(file: user.path, line: 0, kind: .unreadable))
        checked = user.path
      }
    }
    return Loaded(keymap: keymap, problems: problems, checkedFile: checked)
  }

  /// A problem as a sentence with its place: `file:line: error: …`.
  public static func describe(_ problem: KeymapProblem, _ language: Language) -> String {
    let l = Localizer(language)
    let text: String
    switch problem.kind {
    case .syntax(let line): text = l(.kmSyntax(line))
    case .unreadable: text = l(.kmUnreadable)
    case .unknownContext(let context):
      text = l(
        .kmUnknownContext(context, KeyContext.allCases.map(\.rawValue).joined(separator: ", ")))
    case .unknownKey(let key): text = l(.kmUnknownKey(key))
    case .unknownAction(let action): text = l(.kmUnknownAction(action))
    case .duplicate(let key, let context, let first): text = l(.kmDuplicate(key, context, first))
    case .indistinguishable(let written, let same): text = l(.kmIndistinguishable(written, same))
    case .shadowsGlobal(let key, let context, let action):
      text = l(.kmShadows(key, context, action))
    case .reserved(let key): text = l(.kmReserved(key))
    }
    let severity = problem.isWarning ? l(.kmWarning) : l(.kmError)
    return "\(problem.file):\(problem.line): \(severity): \(text)"
  }
}
