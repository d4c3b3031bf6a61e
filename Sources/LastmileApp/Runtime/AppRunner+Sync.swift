import Foundation
import LastmileCore
import LastmileStore
import LastmileSync

extension AppRunner {
  /// Sync's work against the store: its bar moved and drawn as it goes.
  func performSync(_ effect: AppEffect) throws -> AppAction? {
    switch effect {
    case .loadSyncCounts:
      let counts = try store.syncCounts()
      return .syncCountsLoaded(
        unsent: counts.unsent, conflicts: counts.conflicts, loaded: counts.loaded)
    case .syncExport(let peer, let path, let passphrase, let full):
      let url = UserPath.url(path)
      moved(0.1)
      let written = try SyncExchange.export(
        store, to: peer, url: url, passphrase: passphrase, full: full
      ) { self.moved($0) }
      return .syncExported(operations: written.operations, path: url.path, peer: peer)
    case .syncImport(let path, let passphrase):
      let url = UserPath.url(path)
      let source: FileSource
      do {
        source = try FileSource(url)
      } catch {
        throw StoreError.unreadable(path: url.path, problem: FileProblem(error))
      }
      return .syncImported(
        try SyncExchange.import(store, source: source, passphrase: passphrase) {
          self.moved($0)
        })
    case .settleConflict(let id, let settlement):
      try store.settleSyncConflict(id: id, as: settlement)
      return .conflictSettled(remaining: try store.syncConflicts().count)
    default:
      return nil
    }
  }

  /// Moves the bar and draws it at once (the work holds the loop meanwhile).
  private func moved(_ fraction: Double) {
    dispatch(.syncProgress(fraction))
    present()
  }
}
