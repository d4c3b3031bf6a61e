import Foundation
import LastmileCore
import LastmileStore

/// A bundle written to a file for a peer, or read from one and merged: what the commands and
/// the application both call.
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
    made: String = Timestamp.now
  ) throws -> Written {
    let outgoing = try store.syncOutgoing(to: label, full: full)
    var header = SyncBundle.Header(
      office: outgoing.office, from: outgoing.code, to: label, made: made)
    header.device = outgoing.device
    header.known = outgoing.known
    let data = try SyncBundle(header: header, lines: outgoing.lines).encoded(
      passphrase: passphrase)
    var sink = try FileSink(url: url)
    do {
      try sink.write(data: data)
      try sink.commit()
    } catch {
      sink.discard()
      throw error
    }
    try store.syncSent(to: label, operations: outgoing.lines.count)
    return Written(operations: outgoing.lines.count, bytes: data.count)
  }

  /// Reads the bundle in `data` whole, refusing it (the database untouched) when it is not
  /// one, cut, altered, newer, for another office, this laptop's own, or not opened by
  /// `passphrase`; then merges it.
  public static func `import`(
    _ store: LastmileStore, data: Data, passphrase: String?,
    progress: ((Double) -> Void)? = nil
  ) throws -> SyncSummary {
    let bundle = try read(store, data: data, passphrase: passphrase)
    progress?(0.05)
    return try store.syncMerge(
      lines: bundle.lines, device: bundle.header.device, code: bundle.header.from,
      known: bundle.header.known,
      progress: progress.map { report in { report(0.05 + 0.95 * $0) } })
  }

  /// The bundle in `data`, checked against this database but not merged.
  public static func read(_ store: LastmileStore, data: Data, passphrase: String?) throws
    -> SyncBundle
  {
    let header = try SyncBundle.header(of: data)
    let office = try store.officeName()
    if !office.isEmpty, !header.office.isEmpty, header.office != office {
      throw SyncBundleError.otherOffice(header.office)
    }
    if header.device == store.deviceId { throw SyncBundleError.ownBundle }
    return try SyncBundle.decode(data, passphrase: passphrase)
  }
}
