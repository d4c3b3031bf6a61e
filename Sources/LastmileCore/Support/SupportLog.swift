import Foundation

/// The support log beside the database (`lastmile.log`): the technical detail of what failed
/// (the system's or SQLite's own words), which the user is never shown but whoever helps them
/// can read. Private to its owner (0600), and bounded: past `limit` bytes the file is moved to
/// `lastmile.log.1` (replacing the one before) and a new one begun.
public struct SupportLog: Sendable {
  /// The log file.
  public let url: URL
  /// The size at which the log is rotated.
  public let limit: Int

  /// The log beside the database at `database`.
  public init(besideDatabase database: URL, limit: Int = 1_000_000) {
    url = database.deletingLastPathComponent().appendingPathComponent("lastmile.log")
    self.limit = limit
  }

  /// Appends one entry: the time, where it happened, and the detail; returns whether it was
  /// written. Never throws: a log that cannot be written must not hide the error it was to
  /// record.
  @discardableResult
  public func write(_ context: String, _ detail: String) -> Bool {
    let manager = FileManager.default
    guard manager.fileExists(atPath: url.deletingLastPathComponent().path) else { return false }
    if let size = (try? manager.attributesOfItem(atPath: url.path))?[.size] as? Int, size > limit {
      let old = URL(fileURLWithPath: url.path + ".1")
      try? manager.removeItem(at: old)
      try? manager.moveItem(at: url, to: old)
    }
    if !manager.fileExists(atPath: url.path) {
      _ = manager.createFile(
        atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
    }
    guard let handle = try? FileHandle(forWritingTo: url) else { return false }
    defer { try? handle.close() }
    let line =
      "\(Timestamp.now) [\(context)] \(detail.replacingOccurrences(of: "\n", with: " ⏎ "))\n"
    guard (try? handle.seekToEnd()) != nil, (try? handle.write(contentsOf: Data(line.utf8))) != nil
    else { return false }
    return true
  }

  /// The sentence of `error` in `language`, logged: when it leaves out what the system said,
  /// that detail is written here and the sentence ends by saying where.
  public func report(_ error: any Error & Localizable, context: String, language: Language)
    -> String
  {
    // The sentence, then what it withholds (an error's description is its sentence).
    let detail = (error as? WithholdsDetail)?.withheldDetail.map { " — " + $0 } ?? ""
    let written = write(context, String(reflecting: error) + detail)
    let sentence = error.text(language)
    guard written, (error as? WithholdsDetail)?.withheldDetail != nil else { return sentence }
    return sentence + Localizer(language)(.detailLogged(url.path))
  }
}
