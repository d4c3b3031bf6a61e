import ArgumentParser
import Foundation
import LastmileCore
import LastmileStore
import LastmileSync

extension Lastmile {
  /// `lastmile sync`: bundles between laptops, carried on a USB stick.
  struct Sync: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: text(.cmdSync), subcommands: [ExportBundle.self, ImportBundle.self, Status.self])
    }

    /// `lastmile sync export --to LABEL --out FILE`: what the peer has not acknowledged.
    struct ExportBundle: ParsableCommand {
      static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: text(.cmdSyncExport))
      }

      @OptionGroup var global: GlobalOptions

      @Option(help: ArgumentHelp(text(.optTo), valueName: "LABEL"))
      var to: String

      @Option(help: ArgumentHelp(text(.optSyncOut), valueName: "FILE"))
      var out: String

      @Flag(help: ArgumentHelp(text(.optFull)))
      var full = false

      @Flag(help: ArgumentHelp(text(.optPlain)))
      var plain = false

      @Option(help: ArgumentHelp(text(.optPassphraseFile), valueName: "FILE"))
      var passphraseFile: String?

      func run() throws {
        let store = try global.openStore(create: false, needsOperator: true)
        let passphrase = plain ? nil : try Passphrase.forWriting(file: passphraseFile)
        let url = UserPath.url(out)
        let label = to.trimmingCharacters(in: .whitespaces).uppercased()
        let written = try SyncExchange.export(
          store, to: label, url: url, passphrase: passphrase, full: full)
        Console.note(SyncText.written(written.operations, label, url.path).text(Console.language))
        if written.operations == 0 {
          Console.note(SyncText.writtenNothingNew(label).text(Console.language))
        }
      }
    }

    /// `lastmile sync import FILE`: merges a bundle.
    struct ImportBundle: ParsableCommand {
      static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: text(.cmdSyncImport))
      }

      @OptionGroup var global: GlobalOptions

      @Argument(help: ArgumentHelp(text(.argBundle), valueName: "FILE"))
      var file: String

      @Option(help: ArgumentHelp(text(.optPassphraseFile), valueName: "FILE"))
      var passphraseFile: String?

      func run() throws {
        let source = try Sync.source(UserPath.url(file))
        let header = try SyncBundleReader.header(of: source)
        let store = try global.openStore(create: true, needsOperator: true)
        let passphrase = try Passphrase.forReading(
          file: passphraseFile, encrypted: header.encrypted)
        let summary = try SyncExchange.import(store, source: source, passphrase: passphrase)
        Sync.report(summary)
      }
    }

    /// `lastmile sync status`: the peers, what went each way, what is not yet sent.
    struct Status: ParsableCommand {
      static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: text(.cmdSyncStatus))
      }

      @OptionGroup var global: GlobalOptions

      func run() throws {
        let store = try global.openStore(create: false, needsOperator: false)
        print(text(.statusDevice(store.deviceCode, store.deviceId)))
        let office = try store.officeName()
        if !office.isEmpty { print(text(.statusOffice(office))) }
        print(text(.statusUnsent(try store.syncUnsent())))
        let conflicts = try store.syncConflicts().count
        if conflicts > 0 { print(text(.statusConflicts(conflicts))) }
        let peers = try store.syncPeers()
        if peers.isEmpty { print(text(.statusNoPeers)) }
        for peer in peers {
          print(text(.statusPeer(peer.label)))
          print(
            text(.statusReceived(Sync.when(peer.receivedAt), peer.receivedOperations)))
          print(text(.statusSent(Sync.when(peer.sentAt), peer.sentOperations)))
          print(text(.statusWaiting(peer.unacknowledged)))
        }
      }
    }

    /// The bundle file, read a block at a time.
    static func source(_ url: URL) throws -> FileSource {
      do {
        return try FileSource(url)
      } catch {
        throw StoreError.unreadable(path: url.path, problem: FileProblem(error))
      }
    }

    /// A stored time as the laptop's local time, or "never".
    static func when(_ stamp: String?) -> String {
      guard let stamp, let moment = LocalDateTime(parsingTimestamp: stamp) else {
        return text(.statusNever)
      }
      return moment.description
    }

    /// What a merge changed, said in one or a few lines.
    static func report(_ summary: SyncSummary) {
      for line in SyncText.summary(summary) { print(line.text(Console.language)) }
      if summary.alreadyHeld > 0 { Console.note(text(.importedAlreadyHeld(summary.alreadyHeld))) }
    }
  }
}

extension Lastmile.Sync.ExportBundle: DatabaseCommand {}
extension Lastmile.Sync.ImportBundle: DatabaseCommand {}
extension Lastmile.Sync.Status: DatabaseCommand {}
