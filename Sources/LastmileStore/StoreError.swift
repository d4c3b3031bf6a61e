import Foundation
import LastmileCore

/// An error of the store, told as a sentence that says what is wrong and where.
///
/// What a user cannot act on (SQLite's own message, a row's id) stays in the value, for the
/// support log, and never reaches the sentence.
public enum StoreError: Error, Sendable, Equatable, Localizable, CustomStringConvertible {
  /// No database file at the path, for a command that does not create one.
  case databaseMissing(path: String)
  /// The file exists but holds nothing yet (a 0-byte file), where a database was expected.
  case notInitialized(path: String)
  /// The folder for the database could not be created.
  case folderNotCreated(path: String, problem: FileProblem)
  /// The file exists but is not an SQLite database.
  case notADatabase(path: String)
  /// An SQLite file of another program: it holds tables but no lastmile schema.
  case foreignDatabase(path: String)
  /// The path names a folder, not a database file.
  case isFolder(path: String)
  /// The database was written by a newer lastmile; it was not touched.
  case newerSchema(path: String, unknownMigrations: [String])
  /// The database could not be opened or read.
  case unreadable(path: String, problem: FileProblem)
  /// `demo` refuses a database that already holds data.
  case notEmpty(path: String, households: Int)
  /// A folder to write into does not exist.
  case folderMissing(path: String)
  /// A file could not be written.
  case writeFailed(path: String, problem: FileProblem)
  /// Another program kept the database locked past the busy timeout.
  case busy(path: String)
  /// The database can be read but not written.
  case readOnly(path: String)
  /// The database can only be read, and it needs an upgrade first.
  case readOnlyOlderSchema(path: String)
  /// The disk filled up during a write; the transaction was rolled back.
  case diskFull(path: String)
  /// A record the operation needs is gone (deleted, or never there).
  case recordGone(RecordName)
  /// A stored record cannot be read back: `table`, `id` and `column` say where.
  case damagedRecord(table: String, id: String, column: String)
  /// An operator's name was empty.
  case emptyOperator
  /// A record is refused: every problem found, field by field.
  case invalidRecord([FieldProblem])
  /// SQLite refused the operation; `detail` is its message, for the log.
  case databaseRefused(detail: String)
  /// A file to import is neither UTF-8 nor GB18030.
  case undecodable(path: String)
  /// A quote opened on `line` is never closed: the rest of the file would be one cell.
  case unclosedQuote(path: String, line: Int)
  /// A backup to restore did not pass the check: the first problem found.
  case backupUnsound(path: String, problem: String)
  /// A write cut short left a journal beside the database that this user may not roll back.
  case interruptedWrite(path: String)
  /// A file to import names one column twice in its header (on `line`).
  case duplicateColumn(path: String, line: Int, column: String)
  /// A file to import reads as GB18030 only as nonsense and as Big5 cleanly: it is refused,
  /// naming the encodings taken.
  case big5Suspected(path: String)
  /// A file to import has no header line.
  case emptyFile(path: String)
  /// A file to import lacks columns it must have.
  case missingColumns(path: String, columns: [String])
  /// The handling of a request refused an action.
  case refused(WorkflowRefusal)
  /// A reception day's record book was already handed over.
  case alreadyHandedOver(day: LocalDate, at: String, by: String)
  /// The duty rota cannot be generated: no leaders are listed in the settings.
  case noDutyLeaders
  /// A day of the duty rota to swap has no leader on duty.
  case noDutyLeader(LocalDate)
  /// An area still has households, areas under it or contacts in force, and is not retired.
  case areaInUse(name: String, households: Int, areas: Int, contacts: Int)
  /// An area's level does not fit under its parent (a group under a township).
  case areaLevel(name: String, level: AreaLevel, parent: AreaLevel?)
  /// A file to write is a symbolic link: lastmile writes only where it was told.
  case symbolicLink(path: String)
  /// A sync bundle's operation `number` (counted from 1 in the bundle's batch) is not one.
  case syncOperationMalformed(number: Int)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .databaseMissing(let path): return l(.storeDatabaseMissing(path))
    case .notInitialized(let path): return l(.storeNotInitialized(path))
    case .folderNotCreated(let path, let problem):
      return l(.storeFolderNotCreated(path, problem.text(language)))
    case .notADatabase(let path): return l(.storeNotADatabase(path))
    case .isFolder(let path): return l(.storeIsFolder(path))
    case .foreignDatabase(let path): return l(.storeForeignDatabase(path))
    case .newerSchema(let path, let unknown):
      return l(.storeNewerSchema(path, unknown.joined(separator: ", ")))
    case .unreadable(let path, let problem):
      return l(.storeUnreadable(path, problem.text(language)))
    case .notEmpty(let path, let households): return l(.storeNotEmpty(path, households))
    case .folderMissing(let path): return l(.storeFolderMissing(path))
    case .writeFailed(let path, let problem):
      return l(.storeWriteFailed(path, problem.text(language)))
    case .busy(let path): return l(.storeBusy(path, WriterWait.limit))
    case .readOnly(let path): return l(.storeReadOnly(path))
    case .readOnlyOlderSchema(let path): return l(.storeReadOnlyOlderSchema(path))
    case .diskFull(let path): return l(.storeDiskFull(path))
    case .recordGone(let name): return name.goneText(language)
    case .damagedRecord(let table, _, let column):
      return l(.storeDamaged(RecordName.kind(ofTable: table).text(language), column))
    case .emptyOperator: return l(.storeEmptyOperator)
    case .invalidRecord(let problems):
      return problems.map { $0.text(language) }.joined(separator: l(.listSeparator))
    case .databaseRefused: return l(.storeRefused)
    case .undecodable(let path): return l(.importUndecodable(path))
    case .emptyFile(let path): return l(.importEmptyFile(path))
    case .unclosedQuote(let path, let line): return l(.importUnclosedQuote(path, line))
    case .duplicateColumn(let path, let line, let column):
      return l(.importDuplicateColumn(path, line, column))
    case .big5Suspected(let path): return l(.importBig5(path))
    case .interruptedWrite(let path): return l(.storeInterruptedWrite(path))
    case .backupUnsound(let path, _): return l(.storeBackupUnsound(path))
    case .missingColumns(let path, let columns):
      return l(.importMissingColumns(path, columns.joined(separator: l(.listSeparator))))
    case .refused(let refusal): return refusal.text(language)
    case .alreadyHandedOver(let day, let at, let by):
      return l(.storeAlreadyHandedOver(day, at.replacingOccurrences(of: "T", with: " "), by))
    case .noDutyLeaders: return l(.storeNoDutyLeaders)
    case .noDutyLeader(let day): return l(.storeNoDutyLeader(day))
    case .areaInUse(let name, let households, let areas, let contacts):
      let parts: [StoreText] = [
        households > 0 ? .storeAreaHouseholds(households) : nil,
        areas > 0 ? .storeAreaChildren(areas) : nil,
        contacts > 0 ? .storeAreaContacts(contacts) : nil,
      ].compactMap { $0 }
      return l(.storeAreaInUse(name, parts.map { l($0) }.joined(separator: l(.storeAreaAnd))))
    case .areaLevel(let name, let level, let parent):
      return l(
        .storeAreaLevel(
          name, level.label(language), parent?.label(language) ?? l(.storeAreaTop)))
    case .syncOperationMalformed(let number): return l(.storeSyncOperationMalformed(number))
    case .symbolicLink(let path): return l(.storeSymbolicLink(path))
    }
  }

  public var description: String { text(.en) }
}

extension StoreError: WithholdsDetail {
  public var withheldDetail: String? {
    switch self {
    case .databaseRefused(let detail): detail
    case .folderNotCreated(_, let problem), .unreadable(_, let problem),
      .writeFailed(_, let problem):
      problem.withheldDetail
    default: nil
    }
  }
}
