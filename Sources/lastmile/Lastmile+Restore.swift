import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile restore FILE`: checks a backup and puts it in place of the database, keeping the
  /// database it replaces aside.
  struct Restore: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdRestore))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(text(.argRestoreFile), valueName: "FILE"))
    var file: String

    func run() throws {
      let backup = UserPath.url(file)
      let aside = try LastmileStore.restore(from: backup, to: global.databaseURL)
      print(text(.restored(backup.path, global.databaseURL.path)))
      if let aside { print(text(.restoredAside(aside.path))) }
    }
  }
}
