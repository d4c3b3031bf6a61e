import Foundation
import LastmileCore
import LastmileStore
import TerminalKit

extension AppState {
  /// The first frame: the pane's first page, and what the start found that needs the user
  /// (an empty database, a draft left by the last session, no operator yet).
  mutating func started(_ info: StartInfo) -> [AppEffect] {
    if let settings = info.settings {
      policy = settings.policy
      schedule = settings.schedule
      categories = settings.categories
      phrases = settings.phrases
    }
    var effects: [AppEffect] = []
    switch info.counts {
    case .success(let found):
      counts = found
      // Demo data is offered (or, asked for, loaded) only into a database proven empty.
      if found.isEmpty, info.demoRequested {
        demoPending = true
      } else if found.isEmpty {
        navigation.push(.firstStart)
      }
    case .failure(let failure):
      message = StatusMessage(l(.errorStatus(failure.text(language))), .error)
    }
    // A draft another window is still typing is that window's to keep, not one left behind.
    pendingDrafts = info.drafts.filter { !$0.inUseElsewhere }
    let elsewhere = info.drafts.filter(\.inUseElsewhere).map(\.title)
    // Who is recorded is asked first, by the same form with demo data asked for or not.
    if !info.operatorKnown {
      navigation.push(.form(FormLayer(kind: .changeOperator, form: operatorForm())))
    } else {
      effects += loadPendingDemo()
      if info.operatorCarriedOver {
        message = StatusMessage(l(.operatorCarriedOver(operatorName, keyName(.changeOperator))))
      }
    }
    if !elsewhere.isEmpty {
      message = StatusMessage(l(.draftsInUseElsewhere(elsewhere.joined(separator: "、"))), .warning)
    }
    if let file = info.keymapUnreadable {
      message = StatusMessage(l(.keymapUnreadable(file)), .warning)
    } else if let skipped = info.keymapSkipped {
      message = StatusMessage(l(.keymapSkipped(skipped.count, skipped.file)), .warning)
    }
    // A lock set and not readable is said, not passed over: the user believes the screen locks.
    if let file = info.lockUnreadable {
      message = StatusMessage(l(.lockUnreadableFile(file)), .warning)
    }
    return effects + [loadPage(navigation.tab, .top, withCount: true)].compactMap { $0 }
  }

  /// Loads the demo data asked for, once who is recorded is known.
  mutating func loadPendingDemo() -> [AppEffect] {
    guard demoPending else { return [] }
    demoPending = false
    navigation.push(.busy)
    return [.loadDemo]
  }

  /// The clock moved on. Past midnight the new day's figures are read: what is overdue, and
  /// the desk's count of walk-ins; a desk form nobody has typed a time into keeps to now.
  mutating func clockTicked(_ moment: LocalDateTime) -> [AppEffect] {
    let newDay = moment.date != today
    now = moment
    lockIfIdle()
    updateDesk { $0.follow(now: moment) }
    guard newDay else { return [] }
    var effects: [AppEffect] =
      [countsEffect] + [loadPage(navigation.tab, .reload, withCount: true)].compactMap { $0 }
    if reception != nil { effects.append(.countWalkIns(moment.date)) }
    return effects
  }

  /// Ends the program at once, keeping the draft of an unsaved form.
  mutating func quitNow() -> [AppEffect] {
    quitting = true
    return keepDraft()
  }

  /// Quits when nothing holds typed text; otherwise asks whether to keep it as a draft.
  mutating func requestQuit() -> [AppEffect] {
    // Quitting settles the drafts at once: one kept while typing is cleared if it was saved.
    guard currentDrafts.isEmpty else {
      navigation.push(.dialog(.quitUnsaved))
      return []
    }
    return quitNow()
  }

  /// Quits, throwing away what was typed (the user said so): no draft of it stays.
  mutating func quitDiscarding() -> [AppEffect] {
    quitting = true
    let kinds = Set(keptDrafts.map(\.kind)).union(currentDrafts.map(\.kind))
    keptDrafts = []
    return kinds.sorted().map { .clearDraft(kind: $0) }
  }
}
