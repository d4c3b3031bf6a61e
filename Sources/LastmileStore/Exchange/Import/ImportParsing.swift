import Foundation
import LastmileCore

/// Reads the cells of an imported row into domain values, collecting what is wrong.
struct ImportParsing {
  let file: ImportFile
  let row: ImportFile.Row
  var problems: [ImportProblem] = []

  init(_ file: ImportFile, _ row: ImportFile.Row) {
    self.file = file
    self.row = row
  }

  /// Whether the file has this column at all.
  func has(_ field: FieldName) -> Bool { row.columns[field] != nil }

  /// The cell's text.
  func text(_ field: FieldName) -> String { row[field] }

  /// Whether the cell holds a masked identifier as lastmile exports it (`138****1234`): such a
  /// cell keeps the stored value, so that an exported file can be edited and imported back.
  func isMasked(_ field: FieldName) -> Bool { Masking.isMasked(row[field]) }

  mutating func fail(_ field: FieldName?, _ reason: ImportProblem.Reason) {
    problems.append(file.problem(row, field, reason))
  }

  mutating func warn(_ field: FieldName?, _ reason: ImportProblem.Reason) {
    problems.append(file.problem(row, field, reason, warning: true))
  }

  /// The cell as a coded value; nil (and a problem) when it names none.
  mutating func coded<T: CodedValue>(_ field: FieldName, _ type: T.Type) -> T? {
    let value = text(field)
    guard !value.isEmpty else { return nil }
    guard let parsed = T(word: value) else {
      fail(field, .field(.unknownValue(value, accepted: T.acceptedWords)))
      return nil
    }
    return parsed
  }

  /// The cell as a date; nil (and a problem) when it is not one.
  mutating func date(_ field: FieldName) -> LocalDate? {
    let value = text(field)
    guard !value.isEmpty else { return nil }
    guard let date = LocalDate(parsing: value) else {
      fail(field, .field(.invalidDate(value)))
      return nil
    }
    return date
  }

  /// The words of a cell that lists several, separated by `、` `;` `,` or `|`, each once.
  func list(_ field: FieldName) -> [String] {
    let cell = text(field)
    // Most cells name one: none of the separators' lead bytes.
    if !Self.separatorLeads.any(in: cell) {
      let word = cell.trimmed
      return word.isEmpty ? [] : [word]
    }
    var words: [String] = []
    for word in cell.split(whereSeparator: { "、;；,，|".contains($0) }) {
      let trimmed = String(word).trimmed
      if !trimmed.isEmpty, !words.contains(trimmed) { words.append(trimmed) }
    }
    return words
  }

  /// The lead bytes of the separators `list` splits at: `;`, `,`, `|`, and 0xE3 (、), 0xEF
  /// (；，).
  private static let separatorLeads = ByteSet(
    0x3B...0x3B, 0x2C...0x2C, 0x7C...0x7C, 0xE3...0xE3, 0xEF...0xEF)

  /// The categories of a cell, listed as `list` reads them.
  mutating func categories(_ field: FieldName) -> [HouseholdCategory] {
    var result: [HouseholdCategory] = []
    for trimmed in list(field) {
      if let category = HouseholdCategory(word: trimmed) {
        if !result.contains(category) { result.append(category) }
      } else {
        fail(field, .field(.unknownValue(trimmed, accepted: HouseholdCategory.acceptedWords)))
      }
    }
    return result
  }

  /// Adds validation problems, each in its column.
  mutating func add(_ problems: FieldProblems) {
    for problem in problems.all { fail(problem.field, .field(problem.reason)) }
  }
}
