import Foundation
import LastmileCore
import LastmileStore
import LastmileSync
import TerminalKit

/// Sync from the application: a bundle written for a peer or merged, with a progress bar, what
/// it changed said after; the conflicts merges left, settled one at a time.
extension AppState {
  /// Opens the sync form (F7).
  mutating func openSync() -> [AppEffect] {
    [.loadFormData(.syncBundle, draft: nil)]
  }

  /// What a filled-in sync form asks for: the work, under a progress bar.
  mutating func submitSync(_ kind: FormKind, _ form: FormState) -> [AppEffect] {
    switch kind {
    case .syncConflicts:
      guard let effect = SyncForm.effect(settling: form) else { return [] }
      closeForm()
      return [effect]
    default:
      // The form stays under the bar: a refusal (a wrong passphrase) is said on it.
      let effect = SyncForm.effect(from: form)
      if case .syncImport = effect {
        progress = BusyProgress(label: l(.syncImporting), fraction: 0)
      } else {
        progress = BusyProgress(label: l(.syncExporting), fraction: 0)
      }
      navigation.push(.busy)
      return [effect]
    }
  }

  mutating func syncProgressed(_ fraction: Double) -> [AppEffect] {
    progress?.fraction = fraction
    return []
  }

  mutating func syncExported(operations: Int, path: String, peer: String) -> [AppEffect] {
    endProgress()
    closeForm()
    message = StatusMessage(SyncText.written(operations, peer, path).text(language))
    return [.loadSyncCounts]
  }

  /// A bundle merged: what it changed is said, and every pane reads its rows again.
  mutating func syncImported(_ summary: SyncSummary) -> [AppEffect] {
    endProgress()
    closeForm()
    let lines = SyncText.summary(summary).map { $0.text(language) }
    message = StatusMessage(
      lines.joined(separator: " "), summary.conflicts + summary.revived > 0 ? .warning : .info)
    return resetPanes() + [.loadSyncCounts, .loadBookFlags]
  }

  mutating func conflictSettled(remaining: Int) -> [AppEffect] {
    counts.syncConflicts = remaining
    message = StatusMessage(l(.conflictSettled(remaining)))
    var effects: [AppEffect] = [.loadSyncCounts, .whenIdle(.reloadLists)]
    if remaining > 0 { effects.append(.loadFormData(.syncConflicts, draft: nil)) }
    return effects
  }

  /// The work ended: the progress bar goes.
  mutating func endProgress() {
    progress = nil
    navigation.removeAll { $0 == .busy }
  }
}

/// Work under way with a bar: what it is and how far it came.
public struct BusyProgress: Sendable, Equatable {
  public var label: String
  public var fraction: Double
}
