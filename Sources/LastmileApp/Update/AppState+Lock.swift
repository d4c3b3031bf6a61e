import LastmileCore
import TerminalKit

extension AppState {
  /// The clock moved on: the screen locks once no key came for the idle time.
  mutating func lockIfIdle() {
    guard var lock, !lock.locked, lock.isDue(at: now) else { return }
    lock.locked = true
    lock.typed = ""
    lock.refused = 0
    self.lock = lock
  }

  /// Locks the screen at once (the lock's key); says how to set a PIN when none is.
  mutating func lockNow() -> [AppEffect] {
    guard var lock else {
      message = StatusMessage(l(.lockNoPIN), .warning)
      return []
    }
    lock.locked = true
    lock.typed = ""
    lock.refused = 0
    self.lock = lock
    return []
  }

  /// A key while the screen is locked: the PIN is typed, Enter checks it, Backspace and Esc
  /// take back what was typed. Nothing reaches what is under the lock.
  mutating func lockKey(_ key: Key) -> [AppEffect] {
    guard var lock, !lock.checking else { return [] }
    defer { self.lock = lock }
    switch key {
    case .enter:
      guard !lock.typed.isEmpty else { return [] }
      lock.checking = true
      let typed = lock.typed
      lock.typed = ""
      return [.checkPIN(typed)]
    case .backspace:
      if !lock.typed.isEmpty { lock.typed.removeLast() }
    case .escape:
      lock.typed = ""
    case .character(let character) where lock.typed.count < 32 && !character.isNewline:
      lock.typed.append(character)
    default: break
    }
    return []
  }

  /// What checking a PIN found.
  mutating func pinChecked(_ accepted: Bool) -> [AppEffect] {
    guard var lock else { return [] }
    lock.checking = false
    if accepted {
      lock.locked = false
      lock.refused = 0
      lock.lastActivity = now
    } else {
      lock.refused += 1
    }
    self.lock = lock
    return accepted ? [.redraw] : []
  }
}
