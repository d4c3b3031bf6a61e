import Foundation
import LastmileCore

/// The rows of an imported file, read a batch at a time: a piece of the file is decoded and
/// parsed only when its rows are asked for, so that memory does not grow with the file.
final class ImportRows {
  private let name: String
  private let encoding: TextDecoding.Encoding
  private let pieces: TextPieces
  private var parser = CSVParser()
  private var pending: [CSVParser.Record] = []
  /// The decoded piece being parsed, and how far: it is parsed a slice at a time, so that the
  /// records waiting to be read stay few.
  private var text: [UInt8] = []
  private var parsed = 0
  private static let slice = 64 * 1_024
  private var next = 0
  private var first = true
  private var finished = false
  /// The header's columns, set once it is read.
  var columns: [FieldName: Int] = [:]

  init(url: URL, name: String, encoding: TextDecoding.Encoding) throws {
    self.name = name
    self.encoding = encoding
    pieces = try TextPieces(url: url)
  }

  /// Up to `count` rows, fewer only at the end of the file (none once it is read).
  func next(_ count: Int) throws -> [ImportFile.Row] {
    var rows: [ImportFile.Row] = []
    rows.reserveCapacity(count)
    while rows.count < count, let record = try nextRecord() {
      rows.append(
        ImportFile.Row(
          line: record.line, fields: record.fields, columns: columns,
          isOversized: record.isOversized))
    }
    return rows
  }

  /// The next record, or nil at the end of the file. Throws when a piece does not decode (the
  /// file changed since it was surveyed) or a quote is left open at the end.
  func nextRecord() throws -> CSVParser.Record? {
    while next == pending.count {
      pending.removeAll(keepingCapacity: true)
      next = 0
      if finished { return nil }
      do {
        if parsed < text.count {
          let end = min(parsed + Self.slice, text.count)
          pending = parser.feed(text[parsed..<end])
          parsed = end
        } else if let piece = try pieces.next() {
          guard let decoded = TextDecoding.utf8(piece, from: encoding, first: first) else {
            throw StoreError.undecodable(path: name)
          }
          first = false
          text = decoded
          parsed = 0
        } else {
          finished = true
          let (last, unclosed) = parser.finish()
          // A quote left open swallowed every row after it into one cell: the file is refused.
          if let unclosed { throw StoreError.unclosedQuote(path: name, line: unclosed) }
          pending = last
        }
      } catch let error as StoreError {
        throw error
      } catch {
        throw CoreError.unreadableFile(path: name, problem: FileProblem(error))
      }
    }
    defer { next += 1 }
    return pending[next]
  }
}
