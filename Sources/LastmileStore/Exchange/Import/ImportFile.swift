import Foundation
import GRDB
import LastmileCore

/// A CSV file read for import: its encoding, its header mapped to columns, and its rows.
struct ImportFile {
  /// One data row, with the line it starts on.
  struct Row {
    let line: Int
    let fields: [String]
    let columns: [FieldName: Int]

    /// The trimmed value of a column, empty when the file has no such column (the mark an
    /// export puts before a cell Excel would run as a formula taken away: `CSVFormula`; the
    /// characters nobody sees too, so that a number is matched as it looks: `TextRule`).
    subscript(_ field: FieldName) -> String {
      guard let index = columns[field], index < fields.count else { return "" }
      return CSVFormula.restored(TextRule.visible(fields[index]).trimmed)
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
  let rows: [Row]
  /// The header of each column, as written.
  let headerOf: [FieldName: String]
  /// Warnings about the header (unknown columns).
  let warnings: [ImportProblem]

  /// Reads `url` for `table`; throws when it cannot be read, decoded, or lacks a required column.
  static func load(_ url: URL, name: String, table: ImportTable) throws -> ImportFile {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CoreError.unreadableFile(path: name, problem: FileProblem(error))
    }
    guard let (text, encoding) = TextDecoding.decode(data) else {
      throw StoreError.undecodable(path: name)
    }
    if encoding == .gb18030, TextDecoding.looksLikeBig5(data) {
      throw StoreError.big5Suspected(path: name)
    }
    let (read, unclosed) = CSVReader.read(text)
    // A quote left open would swallow every row after it into one cell: the file is refused.
    if let unclosed { throw StoreError.unclosedQuote(path: name, line: unclosed) }
    // Lines before the header that start with `#` say what an exported view holds.
    let records = read.drop { $0.fields.first?.hasPrefix("#") == true }
    guard let header = records.first else { throw StoreError.emptyFile(path: name) }
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
    let rows = records.dropFirst().map { Row(line: $0.line, fields: $0.fields, columns: columns) }
    return ImportFile(
      name: name, url: url, table: table, encoding: encoding, headers: header.fields,
      headerLine: header.line,
      rows: Array(rows), headerOf: headerOf, warnings: warnings)
  }

  /// What is wrong with a row's shape, whatever it holds: a number of cells other than the
  /// header's (extra empty cells at the end aside), or a line break in a one-line field.
  func shapeProblems(_ row: Row) -> [ImportProblem] {
    var problems: [ImportProblem] = []
    let extra = row.fields.dropFirst(headers.count)
    if row.fields.count < headers.count || extra.contains(where: { !$0.trimmed.isEmpty }) {
      problems.append(problem(row, nil, .columnCount(row.fields.count, expected: headers.count)))
    }
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

  /// Writes the refused rows, with the reason in a last column, beside the file.
  func writeRejected(_ rejected: [(Row, String)], language: Language, to url: URL) throws {
    var writer = CSVWriter()
    writer.write(headers + [Localizer(language)(.importReason)])
    for (row, reason) in rejected { writer.write(row.fields + [reason]) }
    // The refused rows hold what the file held (ID numbers in full): its owner's only.
    var sink = try FileSink(url: url)
    do {
      try sink.write(writer.text)
      try sink.commit()
    } catch {
      sink.discard()
      throw error
    }
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
}
