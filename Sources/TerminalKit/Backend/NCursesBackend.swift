import CNCurses
import Foundation

/// The terminal through ncursesw: wide characters, colours when allowed, and only the cells
/// that changed since the last frame written.
public final class NCursesBackend: TerminalBackend, CellWriter {
  public private(set) var size: Size
  public private(set) var hasColors: Bool
  private var painter = FramePainter()
  private var pairs: [Int: Int16] = [:]
  /// The calls that failed since they were last taken.
  private var failures: [TerminalError] = []

  /// Starts curses on the process's terminal; throws when there is none.
  ///
  /// Colours are used unless `NO_COLOR` is set or the terminal has none.
  public init(escapeDelayMilliseconds: Int = 25) throws {
    _ = cn_setup_locale()
    cn_save_terminal()
    cn_install_signal_handlers()
    do {
      try curses("cn_start", cn_start(Int32(escapeDelayMilliseconds)))
    } catch {
      throw TerminalError.noTerminal
    }
    size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
    hasColors = false
    if ProcessInfo.processInfo.environment["NO_COLOR"].map({ $0.isEmpty }) ?? true {
      hasColors = setUpColors()
    }
  }

  /// Ends curses and gives the terminal back as it was.
  public func stop() {
    cn_stop()
  }

  /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the program to stop, if any.
  public var pendingStopSignal: Int32? {
    let signal = cn_pending_stop_signal()
    return signal == 0 ? nil : signal
  }

  public func present(_ screen: Screen) {
    painter.paint(screen, to: self)
    check("move") {
      if let cursor = screen.cursor {
        try curses("move", cn_place_cursor(Int32(cursor.y), Int32(cursor.x)))
      } else {
        try curses("curs_set", cn_place_cursor(-1, -1))
      }
    }
    check("refresh") { try curses("refresh", cn_refresh()) }
  }

  public func takeFailures() -> [TerminalError] {
    defer { failures.removeAll() }
    return failures
  }

  /// Runs a call, keeping its failure for the support log (a frame is not refused for it).
  private func check(_ name: String, _ call: () throws -> Void) {
    do {
      try call()
    } catch let error as TerminalError {
      if failures.count < 100 { failures.append(error) }
    } catch {
      failures.append(.call(name))
    }
  }

  public func write(_ cell: Cell, x: Int, y: Int) {
    var attributes: attr_t = 0
    if cell.style.attributes.contains(.bold) { attributes |= cn_attr_bold() }
    if cell.style.attributes.contains(.reverse) { attributes |= cn_attr_reverse() }
    if cell.style.attributes.contains(.underline) { attributes |= cn_attr_underline() }
    if cell.style.attributes.contains(.dim) { attributes |= cn_attr_dim() }
    let pair = hasColors ? pairs[pairKey(cell.style)] ?? 0 : 0
    var characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    if characters.isEmpty { characters = [wchar_t(32)] }
    let result = cn_put_cell(
      Int32(y), Int32(x), &characters, Int32(characters.count), attributes, pair)
    // ncurses answers ERR for the bottom-right cell after writing it (the cursor cannot move
    // past the screen); only other cells' failures count.
    if y != size.height - 1 || x < size.width - 2 {
      check("mvadd_wch") { try curses("mvadd_wch", result) }
    }
  }

  public func readInput(timeoutMilliseconds: Int) -> RawInput {
    var value: Int32 = 0
    let result = cn_read_key(Int32(timeoutMilliseconds), &value)
    if result == ERR { return .timeout }
    if result == KEY_CODE_YES {
      if value == KEY_RESIZE {
        cn_update_size()
        size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
        invalidate()
      }
      return .keyCode(value)
    }
    return .character(UInt32(bitPattern: value))
  }

  public func invalidate() {
    painter.invalidate()
    check("clearok") { try curses("clearok", cn_clear()) }
  }

  /// Colour pairs for every foreground and background of the eight colours and the default.
  private func setUpColors() -> Bool {
    var foregrounds: [Int16] = []
    var backgrounds: [Int16] = []
    for foreground in Color.allCases {
      for background in Color.allCases {
        pairs[foreground.rawValue * 16 + background.rawValue + 17] = Int16(foregrounds.count + 1)
        foregrounds.append(Int16(foreground.rawValue))
        backgrounds.append(Int16(background.rawValue))
      }
    }
    return cn_setup_colors(foregrounds, backgrounds, Int32(foregrounds.count)) == 1
  }

  private func pairKey(_ style: Style) -> Int {
    style.foreground.rawValue * 16 + style.background.rawValue + 17
  }
}
