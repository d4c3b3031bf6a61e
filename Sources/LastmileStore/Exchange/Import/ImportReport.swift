import Foundation
import LastmileCore

/// What an import did, or would do with `--dry-run`.
public struct ImportReport: Sendable, Equatable {
  public var table: ImportTable
  public var encoding: TextDecoding.Encoding
  /// Rows read (the header not counted).
  public var rows = 0
  public var added = 0
  public var updated = 0
  public var unchanged = 0
  /// Rows refused.
  public var rejected = 0
  /// Every problem and warning, in line order.
  public var problems: [ImportProblem] = []
  /// Whether the rows were written (false on a dry run, and when bad rows refused the file).
  public var written = false
  /// The file the refused rows went to, with `--skip-invalid`.
  public var rejectedFile: URL?

  /// Whether any row was refused.
  public var hasErrors: Bool { problems.contains { !$0.isWarning } }
}
