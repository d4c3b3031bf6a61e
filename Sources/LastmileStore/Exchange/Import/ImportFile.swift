import Foundation
import GRDB
import LastmileCore

/// A CSV file opened for import: its encoding and its header mapped to columns. Its rows are
/// read a batch at a time by `ImportRows`.
struct ImportFile {
  /// One data row, with the line it starts on.
  struct Row {
    let line: Int
    /// The cells as the file has them (what a refused row's file gets back).
    let fields: [String]
    let columns: [FieldName: Int]
    /// Whether the row was longer than a row is read (`CSVParser.recordLimit`).
    var isOversized = false
    /// The cells as they are read: trimmed, the mark an export puts before a cell Excel would
    /// run as a formula taken away (`CSVFormula`), and the characters nobody sees too, so that a
    /// number is matched as it looks (`TextRule`). Made once, with the batch read ahead.
    private let cells: [String]

    init(line: Int, fields: [String], columns: [FieldName: Int], isOversized: Bool = false) {
      self.line = line
      self.fields = fields
      self.columns = columns
      self.isOversized = isOversized
      cells = fields.map { CSVFormula.restored(TextRule.visible($0).trimmed) }
    }

    /// The value of a column as it is read, empty when the file has no such column.
    subscript(_ field: FieldName) -> String {
      guard let index = columns[field], index < cells.count else { return "" }
      return cells[index]
    }
  }

  /// The file as the user named it, for messages.
  let name: String
  let url: URL
  let table: ImportTable
  let encoding: TextDecoding.Encoding
  let headers: [String]
  /// The line of the header.
  let headerLine: Int
  /// The column of each field the header names.
  let columns: [FieldName: Int]
  /// The header of each column, as written.
  let headerOf: [FieldName: String]
  /// Warnings about the header (unknown columns).
  let warnings: [ImportProblem]
  /// About how many rows the file holds (its lines), known before they are read.
  let estimatedRows: Int

  /// Opens `url` for `table`: reads it through once for its encoding, then up to its header.
  /// Throws when it cannot be read or decoded, or lacks a required column.
  static func open(_ url: URL, name: String, table: ImportTable) throws -> (ImportFile, ImportRows)
  {
    let survey: TextDecoding.Survey
    let rows: ImportRows
    do {
      survey = try TextDecoding.survey(url)
      guard let encoding = survey.encoding else { throw StoreError.undecodable(path: name) }
      rows = try ImportRows(url: url, name: name, encoding: encoding)
    } catch let error as StoreError {
      throw error
    } catch {
      throw CoreError.unreadableFile(path: name, problem: FileProblem(error))
    }
    if survey.looksLikeBig5 { throw StoreError.big5Suspected(path: name) }
    // Lines before the header that start with `#` say what an exported view holds.
    var header: CSVParser.Record?
    while header == nil, let record = try rows.nextRecord() {
      if record.fields.first?.hasPrefix("#") != true { header = record }
    }
    guard let header else { throw StoreError.emptyFile(path: name) }
    var columns: [FieldName: Int] = [:]
    var headerOf: [FieldName: String] = [:]
    var warnings: [ImportProblem] = []
    for (index, cell) in header.fields.enumerated() {
      let written = cell.trimmingCharacters(in: .whitespaces)
      if let field = table.column(for: written) {
        // Two columns for one field: which one holds the data cannot be guessed.
        if columns[field] != nil {
          throw StoreError.duplicateColumn(path: name, line: header.line, column: written)
        }
        columns[field] = index
        headerOf[field] = written
      } else if !written.isEmpty {
        warnings.append(
          ImportProblem(
            file: name, line: header.line, column: written, reason: .unknownColumn, isWarning: true)
        )
      }
    }
    let missing = table.required.filter { columns[$0] == nil }
    guard missing.isEmpty else {
      throw StoreError.missingColumns(
        path: name, columns: missing.map { "\($0.chinese) \($0.rawValue)" })
    }
    rows.columns = columns
    let file = ImportFile(
      name: name, url: url, table: table, encoding: survey.encoding ?? .utf8,
      headers: header.fields, headerLine: header.line, columns: columns, headerOf: headerOf,
      warnings: warnings, estimatedRows: max(0, survey.lineFeeds - header.line + 1))
    return (file, rows)
  }

  /// What is wrong with a row's shape, whatever it holds: a number of cells other than the
  /// header's (extra empty cells at the end aside), or a line break in a one-line field.
  func shapeProblems(_ row: Row) -> [ImportProblem] {
    var problems: [ImportProblem] = []
    if row.isOversized {
      problems.append(problem(row, nil, .rowTooLong(CSVParser.defaultRecordLimit)))
    }
    let extra = row.fields.dropFirst(headers.count)
    if row.fields.count < headers.count || extra.contains(where: { !$0.trimmed.isEmpty }) {
      problems.append(problem(row, nil, .columnCount(row.fields.count, expected: headers.count)))
    }
    guard row.fields.contains(where: ByteSet.lineBreakLeads.any) else { return problems }
    for (field, index) in row.columns.sorted(by: { $0.value < $1.value })
    where index < row.fields.count && !field.allowsLineBreaks
      && row.fields[index].contains(where: \.isNewline)
    {
      problems.append(problem(row, field, .lineBreak))
    }
    return problems
  }

  /// A problem in one cell of `row`.
  func problem(
    _ row: Row, _ field: FieldName?, _ reason: ImportProblem.Reason, warning: Bool = false
  ) -> ImportProblem {
    ImportProblem(
      file: name, line: row.line, column: field.map { headerOf[$0] ?? $0.chinese }, reason: reason,
      isWarning: warning)
  }
}

/// What checking a row found: a plan to write it, or the problems that refuse it.
enum RowCheck<Plan> {
  case ok(Plan)
  case refused([ImportProblem])
}

/// Checks and writes the rows of one kind of import.
protocol RowImporter {
  associatedtype Plan
  /// Reads and checks one row; warnings are added to `warnings`.
  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  /// Writes a checked row; returns whether anything changed.
  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool
  /// Whether the row adds a record, and whether it would change one.
  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool)
  /// The households whose roster columns (and search documents) the row touches.
  func households(of plan: Plan) -> [String]
  /// The table whose secondary indexes a large import drops and builds again at its end
  /// (nil when the import reads them as it writes).
  static var bulkTable: String? { get }
  /// The roster's columns the import may leave stale, filled at its end.
  static var derived: Set<BulkLoad.Derived> { get }
  /// Whether the rows touch households' search documents.
  static var refreshesSearch: Bool { get }
  /// Warnings about the file as a whole, once every row is checked.
  func closingWarnings() -> [ImportProblem]
  /// The table of the rows when the tallies count them (visits, requests): a large import
  /// counts them whole at its end instead of row by row.
  static var talliedTable: String? { get }
  /// The column of names whose pinyin a batch of rows is read for at once, if any.
  static var pinyinField: FieldName? { get }
  /// A batch of rows is written: what the importer kept of it to check the next rows can be
  /// read from the database again.
  mutating func batchWritten()
  /// What `endBatch` writes, made without the database from what `write` held back.
  associatedtype Made: Sendable = Void
  /// Takes what `write` held back to write together, as work that makes it without the
  /// database (rows and documents), run on another core while the batch before is written.
  mutating func takeBatch() -> @Sendable () throws -> Made
  /// Ends a batch: writes what `write` held back to write together, as `takeBatch` made it,
  /// and returns the search documents of the households the batch added, made as they were
  /// written (they need no refresh).
  mutating func endBatch(_ made: Made, _ db: Database, _ context: ChangeContext) throws -> [(
    id: String, tokens: String
  )]
  /// Puts the areas the import created in order, once the rows are written.
  mutating func orderPlaces(_ db: Database, _ context: ChangeContext) throws
}

extension RowImporter {
  static var pinyinField: FieldName? { nil }
  mutating func batchWritten() {}
  mutating func orderPlaces(_ db: Database, _ context: ChangeContext) throws {}
}

extension RowImporter where Made == Void {
  mutating func takeBatch() -> @Sendable () throws -> Void { {} }
  mutating func endBatch(_ made: Void, _ db: Database, _ context: ChangeContext) throws -> [(
    id: String, tokens: String
  )] { [] }
}
