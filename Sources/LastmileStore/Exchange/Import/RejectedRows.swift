import Foundation
import LastmileCore

/// The refused rows of an import with `--skip-invalid`, written beside the file as they come
/// (`FILE.rejected.csv`, with the reason in a last column). The file is put in place only when
/// the import lands; otherwise nothing of it is left.
struct RejectedRows {
  let url: URL
  private let headers: [String]
  private let language: Language
  private var sink: FileSink?
  private(set) var count = 0

  init(_ file: ImportFile, language: Language) {
    url = file.url.deletingPathExtension().appendingPathExtension("rejected.csv")
    headers = file.headers
    self.language = language
  }

  /// Adds a refused row and why.
  mutating func add(_ row: ImportFile.Row, reason: String) throws {
    var writer = CSVWriter(byteOrderMark: sink == nil)
    if sink == nil {
      // The refused rows hold what the file held (ID numbers in full): its owner's only.
      sink = try FileSink(url: url)
      writer.write(headers + [Localizer(language)(.importReason)])
    }
    writer.write(row.fields + [reason])
    try sink?.write(writer.text)
    count += 1
  }

  /// Puts the file in place; returns it, or nil when no row was refused.
  func commit() throws -> URL? {
    guard let sink else { return nil }
    try sink.commit()
    return url
  }

  /// Removes what was written.
  func discard() { sink?.discard() }
}
