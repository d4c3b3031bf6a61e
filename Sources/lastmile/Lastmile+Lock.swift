import ArgumentParser
import Foundation
import LastmileApp
import LastmileCore

extension Lastmile {
  /// `lastmile lock`: the screen lock's PIN and idle time, kept in the config folder.
  struct LockCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "lock", abstract: text(.cmdLock),
        subcommands: [Set.self, Off.self, Status.self], defaultSubcommand: Status.self)
    }

    /// Where the setting is kept: `lock` in the user's config folder.
    static var setting: URL { ScreenLockFile.url(in: ConfigPaths().configFolder) }
  }
}

extension Lastmile.LockCommand {
  /// `lastmile lock set [--idle MINUTES] [--pin-file FILE]`.
  struct Set: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "set", abstract: text(.cmdLockSet))
    }

    @Option(help: ArgumentHelp(text(.optLockIdle), valueName: "MINUTES"))
    var idle = 5

    @Option(help: ArgumentHelp(text(.optPinFile), valueName: "FILE"))
    var pinFile: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
      guard (1...240).contains(idle) else { throw ValidationError(text(.lockIdleRange)) }
    }

    func run() throws {
      let pin: String
      if let pinFile {
        pin = try Passphrase.read(pinFile)
      } else {
        guard Console.stdinIsTerminal else { throw CommandError.refused(text(.lockPinNeeded)) }
        pin = Passphrase.prompt(text(.lockPinPrompt))
        guard Passphrase.prompt(text(.passphraseAgain)) == pin else {
          throw CommandError.refused(text(.passphraseMismatch))
        }
      }
      guard pin.count >= ScreenLockFile.minimumPIN else {
        throw CommandError.refused(text(.lockPinShort(ScreenLockFile.minimumPIN)))
      }
      let url = Lastmile.LockCommand.setting
      try ScreenLockFile(pin: pin, idleMinutes: idle).save(to: url)
      print(text(.lockSet(idle, url.path)))
    }
  }

  /// `lastmile lock off`.
  struct Off: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "off", abstract: text(.cmdLockOff))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let url = Lastmile.LockCommand.setting
      try? FileManager.default.removeItem(at: url)
      print(text(.lockOff))
    }
  }

  /// `lastmile lock status`.
  struct Status: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(commandName: "status", abstract: text(.cmdLockStatus))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let url = Lastmile.LockCommand.setting
      guard FileManager.default.fileExists(atPath: url.path) else {
        print(text(.lockOff))
        return
      }
      guard let file = ScreenLockFile.load(from: url) else {
        throw CommandError.refused(text(.lockUnreadable(url.path)))
      }
      print(text(.lockSet(file.idleMinutes, url.path)))
    }
  }
}
