import Foundation

/// Turns raw terminal input into keys: control characters, Esc versus Alt, bracketed paste.
///
/// Esc is ambiguous: alone it is the Escape key, followed at once by a character it is Alt
/// with that character, followed by `[200~` it opens a paste. The decoder holds an Esc until the
/// next input or a timeout tells which.
public struct KeyDecoder: Sendable {
  /// Special key codes of the terminal library, by meaning.
  public struct KeyCodes: Sendable {
    public var up: Int32
    public var down: Int32
    public var left: Int32
    public var right: Int32
    public var home: Int32
    public var end: Int32
    public var pageUp: Int32
    public var pageDown: Int32
    public var insert: Int32
    public var delete: Int32
    public var backspace: Int32
    public var enter: Int32
    public var backTab: Int32
    public var resize: Int32
    public var function1: Int32

    public init(
      up: Int32, down: Int32, left: Int32, right: Int32, home: Int32, end: Int32, pageUp: Int32,
      pageDown: Int32, insert: Int32, delete: Int32, backspace: Int32, enter: Int32, backTab: Int32,
      resize: Int32, function1: Int32
    ) {
      self.up = up
      self.down = down
      self.left = left
      self.right = right
      self.home = home
      self.end = end
      self.pageUp = pageUp
      self.pageDown = pageDown
      self.insert = insert
      self.delete = delete
      self.backspace = backspace
      self.enter = enter
      self.backTab = backTab
      self.resize = resize
      self.function1 = function1
    }

    /// The codes ncurses uses (curses.h).
    public static let ncurses = KeyCodes(
      up: 0o403, down: 0o402, left: 0o404, right: 0o405, home: 0o406, end: 0o550, pageUp: 0o523,
      pageDown: 0o522, insert: 0o513, delete: 0o512, backspace: 0o407, enter: 0o527, backTab: 0o541,
      resize: 0o632, function1: 0o411)
  }

  private let codes: KeyCodes
  private var pendingEscape = false
  private var pasteBuffer: String?
  private var sequence = ""

  public init(codes: KeyCodes = .ncurses) {
    self.codes = codes
  }

  /// Whether an Esc is held, waiting for the next input to say what it is.
  public var isWaiting: Bool { pendingEscape || pasteBuffer != nil }

  /// Feeds one raw input; returns the keys it completes (often one, sometimes none or two).
  public mutating func feed(_ input: RawInput) -> [Key] {
    if pasteBuffer != nil { return feedPaste(input) }
    switch input {
    case .timeout:
      if pendingEscape {
        pendingEscape = false
        if !sequence.isEmpty {
          let held = sequence
          sequence = ""
          return [.escape] + held.map { Key.character($0) }
        }
        return [.escape]
      }
      return []
    case .keyCode(let code):
      let key = special(code)
      if pendingEscape {
        pendingEscape = false
        sequence = ""
        return [.escape] + (key.map { [$0] } ?? [])
      }
      return key.map { [$0] } ?? []
    case .character(let value):
      guard let scalar = Unicode.Scalar(value) else { return [] }
      if pendingEscape { return afterEscape(Character(scalar)) }
      if value == 27 {
        pendingEscape = true
        return []
      }
      return [plain(Character(scalar), value)]
    }
  }

  private func special(_ code: Int32) -> Key? {
    switch code {
    case codes.up: return .up
    case codes.down: return .down
    case codes.left: return .left
    case codes.right: return .right
    case codes.home: return .home
    case codes.end: return .end
    case codes.pageUp: return .pageUp
    case codes.pageDown: return .pageDown
    case codes.insert: return .insert
    case codes.delete: return .delete
    case codes.backspace: return .backspace
    case codes.enter: return .enter
    case codes.backTab: return .backTab
    case codes.resize: return .resize
    case codes.function1..<(codes.function1 + 12): return .function(Int(code - codes.function1) + 1)
    default: return nil
    }
  }

  private func plain(_ character: Character, _ value: UInt32) -> Key {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
    default: return .character(character)
    }
  }

  /// After an Esc: `[200~` starts a paste, `[` may start it, anything else is Alt.
  private mutating func afterEscape(_ character: Character) -> [Key] {
    let opener = "[200~"
    let candidate = sequence + String(character)
    if opener.hasPrefix(candidate) {
      if candidate == opener {
        pendingEscape = false
        sequence = ""
        pasteBuffer = ""
        return []
      }
      sequence = candidate
      return []
    }
    pendingEscape = false
    if !sequence.isEmpty {
      let held = sequence
      sequence = ""
      return [.alt(held.first!)] + held.dropFirst().map { Key.character($0) } + [
        .character(character)
      ]
    }
    if character.asciiValue == 27 {
      pendingEscape = true
      return [.escape]
    }
    return [.alt(character)]
  }

  /// Inside a paste: everything until `ESC[201~` is text.
  private mutating func feedPaste(_ input: RawInput) -> [Key] {
    guard case .character(let value) = input, let scalar = Unicode.Scalar(value) else {
      if case .timeout = input { return [] }
      return []
    }
    pasteBuffer!.unicodeScalars.append(scalar)
    let closer = "\u{1B}[201~"
    if pasteBuffer!.hasSuffix(closer) {
      var text = pasteBuffer!
      text.removeLast(closer.count)
      pasteBuffer = nil
      return [
        .paste(
          text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
            of: "\r", with: "\n"))
      ]
    }
    return []
  }
}
