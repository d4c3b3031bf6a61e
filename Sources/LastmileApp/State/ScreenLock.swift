import LastmileCore

/// The screen lock while the application runs: when the last key came, whether the screen is
/// locked, and the PIN being typed (never drawn; dots stand for it). Locking hides the screen
/// and nothing else: every form, draft and typed letter under it stays as it was.
public struct ScreenLock: Sendable, Equatable {
  /// Minutes without a key after which the screen locks.
  public let idleMinutes: Int
  /// When the last key came (or the screen was unlocked).
  public var lastActivity: LocalDateTime
  public var locked = false
  /// What is typed at the lock so far.
  var typed = ""
  /// PINs refused since the screen locked.
  public var refused = 0
  /// Whether a PIN is being checked (the slow hash takes a fifth of a second).
  var checking = false

  public init(idleMinutes: Int, since: LocalDateTime) {
    self.idleMinutes = idleMinutes
    lastActivity = since
  }

  /// Whether `now` is `idleMinutes` or more after the last key.
  func isDue(at now: LocalDateTime) -> Bool {
    let minutes =
      lastActivity.date.days(to: now.date) * 24 * 60 + now.minuteOfDay
      - lastActivity.minuteOfDay
    return minutes >= idleMinutes
  }
}
