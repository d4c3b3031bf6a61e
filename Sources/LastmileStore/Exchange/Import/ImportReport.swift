import Foundation
import LastmileCore

/// What an import did, or would do with `--dry-run`.
public struct ImportReport: Sendable, Equatable {
  /// The problems kept: a broken file of a million rows keeps its first ones and counts the rest.
  public static let problemsKept = 100

  public var table: ImportTable
  public var encoding: TextDecoding.Encoding
  /// Rows read (the header not counted).
  public var rows = 0
  public var added = 0
  public var updated = 0
  public var unchanged = 0
  /// Rows refused.
  public var rejected = 0
  /// The first problems and warnings (`problemsKept`), in line order.
  public private(set) var problems: [ImportProblem] = []
  /// Every problem and warning, those kept and the rest.
  public private(set) var problemCount = 0
  /// The problems that refuse a row, kept or not.
  public private(set) var errorCount = 0
  /// Whether the rows were written (false on a dry run, and when bad rows refused the file).
  public var written = false
  /// The file the refused rows went to, with `--skip-invalid`.
  public var rejectedFile: URL?

  public init(table: ImportTable, encoding: TextDecoding.Encoding) {
    self.table = table
    self.encoding = encoding
  }

  /// Whether any row was refused.
  public var hasErrors: Bool { errorCount > 0 }

  /// The problems not kept.
  public var problemsLeftOut: Int { problemCount - problems.count }

  /// Adds problems found in the order of their lines.
  mutating func add(_ found: [ImportProblem]) {
    problemCount += found.count
    errorCount += found.count { !$0.isWarning }
    problems += found.prefix(max(0, Self.problemsKept - problems.count))
  }

  /// Adds problems about lines already passed (the file as a whole, found at its end): kept
  /// in line order, each line's errors before its warnings.
  mutating func addLate(_ found: [ImportProblem]) {
    problemCount += found.count
    errorCount += found.count { !$0.isWarning }
    problems = Array(
      (problems + found).sorted {
        ($0.line, $0.isWarning ? 1 : 0) < ($1.line, $1.isWarning ? 1 : 0)
      }.prefix(Self.problemsKept))
  }
}
