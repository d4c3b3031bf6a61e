import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The loop: keys from the backend become actions, actions change the state and ask for work,
/// the work is done against the store, and the new state is drawn.
///
/// The runner never reads the state to decide anything: it tells it what happened (a key, the
/// clock moving on, the result of a piece of work) and does what `update` asks.
public final class AppRunner {
  public private(set) var state: AppState
  public internal(set) var store: LastmileStore
  let backend: TerminalBackend
  private let view: AppView
  private var decoder = KeyDecoder()
  /// Reports a signal that asked the program to stop (the ncurses backend's), if any.
  private let pendingStop: () -> Int32?
  /// Work put off until no key is waiting (`AppEffect.waitsForIdle`): what a frame can show
  /// a moment later, so that typing never waits for it; some of it also waits for a pause.
  private var idleWork: [(effect: AppEffect, notBefore: ContinuousClock.Instant)] = []
  /// Where what the user is not shown of a failure is written.
  let log: SupportLog
  /// The screen lock's PIN and idle time, when one is set.
  let lockFile: ScreenLockFile?

  public init(
    store: LastmileStore, backend: TerminalBackend, keymap: Keymaps.Loaded, language: Language,
    view: AppView, homeFolder: String = ProcessInfo.processInfo.environment["HOME"] ?? "~",
    operatorGiven: Bool = true, demo: Bool = false, lock: ScreenLockFile? = nil,
    lockUnreadable: String? = nil, pendingStop: @escaping () -> Int32? = { nil }
  ) {
    self.store = store
    lockFile = lock
    self.backend = backend
    self.view = view
    self.pendingStop = pendingStop
    log = SupportLog(besideDatabase: store.url)
    state = AppState(
      size: backend.size, measure: view.measure, language: language, keymap: keymap.keymap,
      operatorName: store.operatorName, now: store.clock.now, calendar: store.calendar,
      databaseName: store.url.lastPathComponent)
    state.homeFolder = homeFolder
    state.rules = store.rules
    state.policy = store.rules.deadlines
    state.readOnly = store.isReadOnly
    state.lock = lock.map { ScreenLock(idleMinutes: $0.idleMinutes, since: store.clock.now) }
    let unreadable = keymap.problems.first { $0.kind == .unreadable }?.file
    let skipped = keymap.problems.filter { !$0.isWarning && $0.kind != .unreadable }.count
    dispatch(
      .started(
        StartInfo(
          counts: attempt { try store.headlineCounts() }, settings: try? store.localitySettings(),
          operatorKnown: !store.operatorName.isEmpty, drafts: (try? store.pendingDrafts()) ?? [],
          keymapSkipped: skipped > 0 ? (skipped, keymap.checkedFile) : nil,
          keymapUnreadable: unreadable,
          operatorCarriedOver: !operatorGiven && !store.operatorName.isEmpty,
          demoRequested: demo, lockUnreadable: lockUnreadable)))
  }

  /// Runs until the user quits or a signal asks the program to stop; returns the exit status.
  public func run() -> Int32 {
    var status: Int32 = 0
    while !state.quitting {
      tick()
      // Keys already waiting (a paste the terminal did not bracket, keys typed ahead) are taken
      // before the screen is drawn again: a frame a key would cost thousands of frames.
      var input = backend.readInput(timeoutMilliseconds: 0)
      if case .timeout = input {
        present()
        let wait = decoder.isWaiting ? 30 : idleWait
        input = backend.readInput(timeoutMilliseconds: wait)
      }
      if let signal = pendingStop() {
        dispatch(.stopRequested)
        status = 128 + signal
        break
      }
      if case .timeout = input, !decoder.isWaiting, doIdleWork() { continue }
      feed(input)
    }
    return status
  }

  /// Tells the state the clock moved on, when it did.
  public func tick() {
    let now = store.clock.now
    if now != state.now { dispatch(.clockTicked(now)) }
  }

  /// Feeds one raw input through the decoder and dispatches the keys it completes.
  public func feed(_ input: RawInput) {
    for key in decoder.feed(input) {
      tick()
      if key == .resize {
        dispatch(.resized(backend.size))
      } else {
        dispatch(.keyPressed(key))
      }
    }
  }

  /// Processes every queued input (for tests and the headless backend), then draws.
  public func runUntilIdle(maxInputs: Int = 10_000) {
    for _ in 0..<maxInputs {
      let input = backend.readInput(timeoutMilliseconds: 0)
      if case .timeout = input, !decoder.isWaiting { break }
      feed(input)
      if state.quitting { break }
    }
    while doIdleWork(waiting: false) {}
    tick()
    present()
  }

  /// How long to wait for a key before the next piece of put-off work is due (milliseconds).
  private var idleWait: Int {
    guard let next = idleWork.map(\.notBefore).min() else { return 200 }
    let left = ContinuousClock.now.duration(to: next).components
    let milliseconds = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000 + 1
    return Int(max(0, min(200, milliseconds)))
  }

  /// Does the oldest piece of put-off work that is due (any, when `waiting` is false); false
  /// when there is none.
  @discardableResult
  public func doIdleWork(waiting: Bool = true) -> Bool {
    let now = ContinuousClock.now
    guard let index = idleWork.firstIndex(where: { !waiting || $0.notBefore <= now }) else {
      return false
    }
    let effect = idleWork.remove(at: index).effect
    if let result = perform(effect) { dispatch(result) }
    return true
  }

  /// Draws the current state; a terminal call that failed goes to the support log.
  public func present() {
    backend.present(view.render(state))
    for failure in backend.takeFailures() { log.write("terminal", failure.description) }
  }

  /// Applies an action and performs the work it asks for, feeding results back in.
  public func dispatch(_ action: AppAction) {
    var queue = [action]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in state.update(next) {
        if effect.waitsForIdle {
          // A newer request for the same work replaces the one still waiting, keeping its
          // time: work that waits for a pause in typing is still done while typing goes on.
          let waiting = idleWork.first { $0.effect.isSameWork(as: effect) }
          idleWork.removeAll { $0.effect.isSameWork(as: effect) }
          idleWork.append(
            (effect, waiting?.notBefore ?? ContinuousClock.now.advanced(by: effect.pause)))
          continue
        }
        // Long work shows the frame that asked for it (a busy notice) first.
        if effect.isLong { present() }
        if let result = perform(effect) { queue.append(result) }
      }
    }
  }

  /// The value `body` gives, or why it failed, said as the user will read it.
  func attempt<T>(_ body: () throws -> T) -> Result<T, Failure> {
    do {
      return .success(try body())
    } catch {
      return .failure(failure(error))
    }
  }

  /// An error as the user reads it; what they cannot act on goes to the support log.
  func failure(_ error: Error) -> Failure {
    let written = log.write("app", String(reflecting: error))
    if let known = error as? any Error & Localizable & Sendable {
      let withheld = (error as? WithholdsDetail)?.withheldDetail != nil
      return Failure(known, detailLog: written && withheld ? log.url.path : nil)
    }
    return Failure(AppError.unexpected(log: written ? log.url.path : nil))
  }
}
