import Foundation
import LastmileCore
import LastmileStore

/// A bundle written to a file for a peer, or read from one and merged: what the commands and
/// the application both call. Both stream: a chunk of operations at a time.
public enum SyncExchange {
  /// What was written: the operations and the file's size.
  public struct Written: Sendable, Equatable {
    public let operations: Int
    public let bytes: Int
  }

  /// Writes the bundle for `label` to `url` (0600, whole or not at all): every operation it
  /// has not acknowledged, or all (`full`); encrypted with `passphrase` unless it is nil.
  public static func export(
    _ store: LastmileStore, to label: String, url: URL, passphrase: String?, full: Bool = false,
    made: String = Timestamp.now, progress: ((Double) -> Void)? = nil
  ) throws -> Written {
    var sink = try FileSink(url: url)
    var writer: SyncBundleWriter?
    var total = 1
    var given = 0
    do {
      let count = try store.syncOutgoing(to: label, full: full) { outgoing in
        var header = SyncBundle.Header(
          office: outgoing.office, from: outgoing.code, to: label, made: made)
        header.device = outgoing.device
        header.known = outgoing.known
        header.operations = outgoing.operations
        total = max(1, outgoing.operations)
        writer = try SyncBundleWriter(header: header, passphrase: passphrase) { data in
          try sink.write(data: data)
        }
      } line: { line in
        try writer?.append(line)
        given += 1
        if given % 5_000 == 0 { progress?(Double(given) / Double(total)) }
      }
      try writer?.finish()
      progress?(Double(count) / Double(total))
      try sink.commit()
      try store.syncSent(to: label, operations: count)
      return Written(operations: count, bytes: writer?.bytes ?? 0)
    } catch {
      sink.discard()
      throw error
    }
  }

  /// Reads the bundle at `url` (or in `data`), refusing it with the database untouched when
  /// it is not one, cut, altered, newer, for another office, this laptop's own, or not opened
  /// by `passphrase`; then merges it, a chunk at a time, in one transaction.
  public static func `import`(
    _ store: LastmileStore, source: SyncByteSource, passphrase: String?,
    batch: Int = LastmileStore.mergeBatch, progress: ((Double) -> Void)? = nil
  ) throws -> SyncSummary {
    let reader = try open(store, source: source, passphrase: passphrase)
    progress?(0.05)
    return try store.syncMerge(
      total: reader.header.operations, next: reader.next, device: reader.header.device,
      code: reader.header.from, known: reader.header.known, batch: batch,
      progress: progress.map { report in { report(0.05 + 0.95 * $0) } })
  }

  /// The bundle in `data`, merged (`import(source:)`).
  public static func `import`(
    _ store: LastmileStore, data: Data, passphrase: String?,
    progress: ((Double) -> Void)? = nil
  ) throws -> SyncSummary {
    try self.import(store, source: DataSource(data), passphrase: passphrase, progress: progress)
  }

  /// The bundle opened and checked against this database, not yet merged.
  public static func open(_ store: LastmileStore, source: SyncByteSource, passphrase: String?)
    throws -> SyncBundleReader
  {
    let office = try store.officeName()
    return try SyncBundleReader(source, passphrase: passphrase) { header in
      if !office.isEmpty, !header.office.isEmpty, header.office != office {
        throw SyncBundleError.otherOffice(header.office)
      }
      if header.device == store.deviceId { throw SyncBundleError.ownBundle }
    }
  }
}
