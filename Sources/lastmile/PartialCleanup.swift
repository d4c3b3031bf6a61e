import Foundation
import LastmileCore
import LastmileStore

/// The command line's part in keeping partial files from outliving their writer: the registry
/// in the user's data folder, a sweep of what a kill left on every start, and removal of its own
/// on Ctrl-C, SIGTERM and SIGHUP (the full-screen application restores the terminal on those
/// itself, and writes no partial files).
enum PartialCleanup {
  /// Signal sources kept alive for the process's life.
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  /// Starts the registry and sweeps; with `watchSignals`, removes this process's partial files
  /// before a signal ends it.
  static func start(database: URL, watchSignals: Bool) {
    let data = ConfigPaths().defaultDatabase.deletingLastPathComponent()
    PartialFiles.keepRegistry(in: data.appendingPathComponent("partial-files"))
    PartialFiles.sweep()
    PartialFiles.sweep(
      folder: database.deletingLastPathComponent().appendingPathComponent("backups"))
    guard watchSignals else { return }
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        signal(number, SIG_DFL)
        PartialFiles.removeOwn()
        kill(getpid(), number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
