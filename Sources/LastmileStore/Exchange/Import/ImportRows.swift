import Foundation
import LastmileCore

/// The rows of an imported file, read a batch at a time: a piece of the file is decoded and
/// parsed only when its rows are asked for, so that memory does not grow with the file. The next
/// batch is read on another core while the import checks and writes the one it was given.
///
/// One reader at a time: the batch read ahead is waited for before anything else reads.
final class ImportRows: @unchecked Sendable {
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
  /// The column of names whose pinyin is looked up for a batch at once, as it is read.
  var pinyinField: FieldName?

  init(url: URL, name: String, encoding: TextDecoding.Encoding) throws {
    self.name = name
    self.encoding = encoding
    pieces = try TextPieces(url: url)
  }

  /// The batch being read ahead, and what reading it gave.
  private var ahead: DispatchGroup?
  private var aheadResult: Result<[ImportFile.Row], any Error> = .success([])

  /// Up to `count` rows, fewer only at the end of the file (none once it is read).
  func next(_ count: Int) throws -> [ImportFile.Row] {
    let rows: [ImportFile.Row]
    if let ahead {
      ahead.wait()
      self.ahead = nil
      rows = try aheadResult.get()
    } else {
      rows = try read(count)
    }
    if !rows.isEmpty {
      let group = DispatchGroup()
      ahead = group
      DispatchQueue.global().async(group: group) {
        self.aheadResult = Result { try self.read(count) }
      }
    }
    return rows
  }

  private func read(_ count: Int) throws -> [ImportFile.Row] {
    var rows: [ImportFile.Row] = []
    rows.reserveCapacity(count)
    while rows.count < count, let record = try nextRecord() {
      rows.append(
        ImportFile.Row(
          line: record.line, fields: record.fields, columns: columns,
          isOversized: record.isOversized))
    }
    if let pinyinField { Pinyin.prepare(rows.lazy.map { $0[pinyinField] }) }
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
