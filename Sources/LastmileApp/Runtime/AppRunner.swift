import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The loop: keys from the backend become actions, actions change the state and ask for work,
/// the work is done against the store, and the new state is drawn.
public final class AppRunner {
  public private(set) var state: AppState
  public internal(set) var store: LastmileStore
  let backend: TerminalBackend
  private let view: AppView
  private var decoder = KeyDecoder()
  /// Reports a signal that asked the program to stop (the ncurses backend's), if any.
  private let pendingStop: () -> Int32?
  /// Work put off until no key is waiting (`AppEffect.waitsForIdle`): what a frame can show
  /// a moment later, so that typing never waits for it.
  private var idleWork: [AppEffect] = []

  public init(
    store: LastmileStore, backend: TerminalBackend, keymap: Keymaps.Loaded, language: Language,
    view: AppView,
    pendingStop: @escaping () -> Int32? = { nil }
  ) {
    self.store = store
    self.backend = backend
    self.view = view
    self.pendingStop = pendingStop
    state = AppState(
      size: backend.size, language: language, operatorName: store.operatorName,
      today: store.clock.today,
      databaseName: store.url.lastPathComponent, keymap: keymap.keymap)
    state.calendar = store.calendar
    let skipped = keymap.problems.filter { !$0.isWarning }.count
    let keymapMessage =
      skipped > 0 ? Localizer(language)(.keymapSkipped(skipped, keymap.checkedFile)) : nil
    let info = StartInfo(
      counts: (try? store.headlineCounts()) ?? TableCounts(),
      operatorKnown: !store.operatorName.isEmpty, draft: try? store.pendingDraft(),
      keymapMessage: keymapMessage)
    dispatch(.started(info))
  }

  /// Runs until the user quits or a signal asks the program to stop; returns the exit status.
  public func run() -> Int32 {
    var status: Int32 = 0
    while !state.quitting {
      present()
      let input = backend.readInput(
        timeoutMilliseconds: decoder.isWaiting ? 30 : (idleWork.isEmpty ? 200 : 0))
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

  /// Feeds one raw input through the decoder and dispatches the keys it completes.
  public func feed(_ input: RawInput) {
    for key in decoder.feed(input) {
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
    while doIdleWork() {}
    present()
  }

  /// Does the oldest piece of put-off work; false when there is none.
  @discardableResult
  public func doIdleWork() -> Bool {
    guard !idleWork.isEmpty else { return false }
    let effect = idleWork.removeFirst()
    if let result = perform(effect) { dispatch(result) }
    return true
  }

  /// Draws the current state.
  public func present() {
    backend.present(view.render(state))
  }

  /// Applies an action and performs the work it asks for, feeding results back in.
  public func dispatch(_ action: AppAction) {
    var queue = [action]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in state.update(next) {
        if effect.waitsForIdle {
          // A newer request for the same work replaces the one still waiting.
          idleWork.removeAll { $0.isSameWork(as: effect) }
          idleWork.append(effect)
        } else if let result = perform(effect) {
          queue.append(result)
        }
      }
    }
  }
}
