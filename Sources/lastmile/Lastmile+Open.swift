import ArgumentParser
import Foundation
import LastmileApp
import LastmileCore
import LastmileStore
import TerminalKit

extension Lastmile {
  /// `lastmile` (or `lastmile open`): the full-screen application.
  struct Open: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdOpen))
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(text(.optKeymap), valueName: "NAME|PATH"))
    var keymap: String?

    @Flag(help: ArgumentHelp(text(.optAscii)))
    var ascii = false

    @Flag(help: ArgumentHelp(text(.optWideAmbiguous)))
    var wideAmbiguous = false

    @Flag(help: ArgumentHelp(text(.optDemoIfEmpty)))
    var demo = false

    func run() throws {
      guard isatty(0) == 1, isatty(1) == 1 else { throw AppError.noTerminal }
      var store = try global.openStore(create: true, needsOperator: false, interactive: true)
      let given = global.operatorName?.trimmingCharacters(in: .whitespaces).nonBlank
      if let given { store = try store.acting(as: given) }
      // The first start of a day takes a backup, beside the work, not before it.
      if !store.isReadOnly {
        let daily = store
        Thread.detachNewThread {
          do {
            _ = try daily.dailyBackupIfDue()
          } catch {
            _ = SupportLog(besideDatabase: daily.url).write("daily backup", "\(error)")
          }
        }
      }
      let keymap = try Keymaps.load(keymap, configFolder: ConfigPaths().configFolder)
      let backend: NCursesBackend
      do {
        backend = try NCursesBackend()
      } catch {
        throw AppError.noTerminal
      }
      let view = AppView(
        theme: backend.hasColors ? .color : .monochrome, glyphs: ascii ? .ascii : .unicode,
        measure: TextMeasure(ambiguousWide: wideAmbiguous))
      let runner = AppRunner(
        store: store, backend: backend, keymap: keymap, language: Console.language, view: view,
        operatorGiven: given != nil, demo: demo,
        lock: ScreenLockFile.load(from: Lastmile.LockCommand.setting),
        lockUnreadable: ScreenLockFile.isUnreadable(at: Lastmile.LockCommand.setting)
          ? Lastmile.LockCommand.setting.path : nil,
        pendingStop: { backend.pendingStopSignal })
      let status = runner.run()
      backend.stop()
      if status != 0 { throw ExitCode(status) }
    }
  }
}
