import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore

extension Lastmile {
  /// `lastmile backup`: a consistent copy, even while the database is in use.
  struct Backup: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: text(.cmdBackup))
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(text(.optBackupOut), valueName: "FILE"))
    var out: String?

    func run() throws {
      let store = try global.openStore(create: false, needsOperator: false)
      let destination = out.map { UserPath.url($0) }
      let result = try store.backup(to: destination)
      print(result.url.path)
      if result.removed > 0 {
        Console.note(text(.backupKeptNewest(result.removed, LastmileStore.backupDays)))
      }
    }
  }
}
