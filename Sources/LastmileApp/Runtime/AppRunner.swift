import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

/// The loop: keys from the backend become actions, actions change the state and ask for work,
/// the work is done against the store, and the new state is drawn.
public final class AppRunner {
  public private(set) var state: AppState
  public private(set) var store: LastmileStore
  private let backend: TerminalBackend
  private let view: AppView
  private var decoder = KeyDecoder()
  /// Reports a signal that asked the program to stop (the ncurses backend's), if any.
  private let pendingStop: () -> Int32?

  public init(
    store: LastmileStore, backend: TerminalBackend, keymap: Keymaps.Loaded, language: Language, view: AppView,
    pendingStop: @escaping () -> Int32? = { nil }
  ) {
    self.store = store
    self.backend = backend
    self.view = view
    self.pendingStop = pendingStop
    state = AppState(
      size: backend.size, language: language, operatorName: store.operatorName, today: store.clock.today,
      databaseName: store.url.lastPathComponent, keymap: keymap.keymap)
    let skipped = keymap.problems.filter { !$0.isWarning }.count
    let keymapMessage =
      skipped > 0 ? Localizer(language)(.keymapSkipped, skipped, keymap.checkedFile) : nil
    let info = StartInfo(
      counts: (try? store.counts()) ?? TableCounts(), statusCounts: (try? store.requestCountsByStatus()) ?? [:],
      operatorKnown: !store.operatorName.isEmpty, draft: try? store.pendingDraft(), keymapMessage: keymapMessage)
    dispatch(.started(info))
  }

  /// Runs until the user quits or a signal asks the program to stop; returns the exit status.
  public func run() -> Int32 {
    var status: Int32 = 0
    while !state.quitting {
      present()
      let input = backend.readInput(timeoutMilliseconds: decoder.isWaiting ? 30 : 200)
      if let signal = pendingStop() {
        dispatch(.stopRequested)
        status = 128 + signal
        break
      }
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
    present()
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
        if let result = perform(effect) { queue.append(result) }
      }
    }
  }

  /// Does one piece of work; returns what happened.
  private func perform(_ effect: AppEffect) -> AppAction? {
    do {
      switch effect {
      case .loadPage(let tab, let request, let anchor, let limit, let sort, let withCount):
        return try loadPage(tab, request, anchor, limit, sort, withCount)
      case .loadCounts:
        return .countsLoaded(try store.counts(), try store.requestCountsByStatus())
      case .loadSettings(let draft):
        return .settingsLoaded(try store.localitySettings(), draft: draft)
      case .saveSettings(let settings):
        try store.saveLocalitySettings(settings)
        return .settingsSaved
      case .changeOperator(let name):
        store = try store.acting(as: name)
        return .operatorChanged(store.operatorName)
      case .loadDemo:
        present()
        return .demoLoaded(try store.fillWithDemoData())
      case .saveDraft(let draft):
        try store.saveDraft(draft)
        return nil
      case .clearDraft:
        try store.clearDraft()
        return nil
      case .redraw:
        backend.invalidate()
        return nil
      }
    } catch let error as Localizable {
      return .failed(error.text(state.language))
    } catch {
      return .failed("\(error)")
    }
  }

  private func loadPage(
    _ tab: Tab, _ request: PageRequest, _ anchor: PageAnchor, _ limit: Int, _ sort: ListingSort, _ withCount: Bool
  ) throws -> AppAction? {
    switch tab {
    case .roster:
      let total = withCount ? try store.count(of: Listing.households) : nil
      return .householdsLoaded(request, try store.householdPage(sort: sort, anchor: anchor, limit: limit), total: total)
    case .diary:
      let total = withCount ? try store.count(of: Listing.visits) : nil
      return .visitsLoaded(request, try store.visitPage(sort: sort, anchor: anchor, limit: limit), total: total)
    case .queue:
      let total = withCount ? try store.count(of: Listing.requests) : nil
      return .requestsLoaded(request, try store.requestPage(sort: sort, anchor: anchor, limit: limit), total: total)
    case .review:
      return nil
    }
  }
}
