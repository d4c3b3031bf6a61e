import LastmileCore

/// An error of the store, told as a sentence that says what is wrong and where.
public enum StoreError: Error, Sendable, Equatable, Localizable, CustomStringConvertible {
  /// No database file at the path, for a command that does not create one.
  case databaseMissing(path: String)
  /// The folder for the database could not be created.
  case folderNotCreated(path: String, reason: String)
  /// The file exists but is not an SQLite database.
  case notADatabase(path: String)
  /// The path names a folder, not a database file.
  case isFolder(path: String)
  /// The database was written by a newer lastmile; it was not touched.
  case newerSchema(path: String, unknownMigrations: [String])
  /// The database could not be opened or read.
  case unreadable(path: String, reason: String)
  /// `demo` refuses a database that already holds data.
  case notEmpty(path: String, households: Int)
  /// A folder to write into does not exist.
  case folderMissing(path: String)
  /// A file could not be written.
  case writeFailed(path: String, reason: String)
  /// A row the operation needs does not exist (or was deleted).
  case rowMissing(table: String, id: String)
  /// A value is refused; the field and the reason are given.
  case invalidValue(field: String, reason: String)
  /// A record is refused: every problem found, field by field.
  case invalidRecord([FieldProblem])
  /// SQLite refused the operation.
  case database(reason: String)
  /// A file to import is neither UTF-8 nor GB18030.
  case undecodable(path: String)
  /// A file to import has no header line.
  case emptyFile(path: String)
  /// A file to import lacks columns it must have.
  case missingColumns(path: String, columns: [String])
  /// The handling of a request refused an action.
  case refused(WorkflowRefusal)
  /// A reception day's record book was already handed over.
  case alreadyHandedOver(day: LocalDate, at: String, by: String)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .databaseMissing(let path): return l(.storeDatabaseMissing(path))
    case .folderNotCreated(let path, let reason): return l(.storeFolderNotCreated(path, reason))
    case .notADatabase(let path): return l(.storeNotADatabase(path))
    case .isFolder(let path): return l(.storeIsFolder(path))
    case .newerSchema(let path, let unknown):
      return l(.storeNewerSchema(path, unknown.joined(separator: ", ")))
    case .unreadable(let path, let reason): return l(.storeUnreadable(path, reason))
    case .notEmpty(let path, let households): return l(.storeNotEmpty(path, households))
    case .folderMissing(let path): return l(.storeFolderMissing(path))
    case .writeFailed(let path, let reason): return l(.storeWriteFailed(path, reason))
    case .rowMissing(let table, let id): return l(.storeRowMissing(table, id))
    case .invalidValue(let field, let reason): return l(.storeInvalidValue(field, reason))
    case .invalidRecord(let problems):
      return problems.map { $0.text(language) }.joined(separator: l(.listSeparator))
    case .database(let reason): return l(.storeDatabaseError(reason))
    case .undecodable(let path): return l(.importUndecodable(path))
    case .emptyFile(let path): return l(.importEmptyFile(path))
    case .missingColumns(let path, let columns):
      return l(.importMissingColumns(path, columns.joined(separator: l(.listSeparator))))
    case .refused(let refusal): return refusal.text(language)
    case .alreadyHandedOver(let day, let at, let by):
      return l(.storeAlreadyHandedOver(day, at.replacingOccurrences(of: "T", with: " "), by))
    }
  }

  public var description: String { text(.en) }
}
