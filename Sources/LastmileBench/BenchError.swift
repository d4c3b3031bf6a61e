import LastmileApp
import LastmileCore

/// Why the benchmark could not measure.
public enum BenchError: Error, Sendable, Equatable, Localizable, CustomStringConvertible {
  /// The database has too few households for the measurements to mean anything.
  case tooFewHouseholds(Int, needed: Int)
  /// The first frame came without its rows.
  case incompleteFrame
  /// The CSV import added fewer households than the file held.
  case importIncomplete(added: Int, rows: Int)
  /// A bundle merged fewer operations than were written.
  case syncIncomplete(merged: Int, written: Int)
  /// A walk-in typed at the reception desk was not saved.
  case walkInNotSaved(String)
  /// A visit written from a card was not saved (its number in the run).
  case visitNotSaved(Int)
  /// The database holds no visits to measure the diary with.
  case noVisits
  /// The audit log's chain did not hold on the bench's database.
  case auditChainBroken(Int)
  /// A command the bench runs as a process of its own could not be started or waited for.
  case cannotRun(String, String)
  /// A command the bench runs as a process of its own failed.
  case commandFailed(String, status: Int32?)

  public func text(_ language: Language) -> String {
    let l = Localizer(language)
    switch self {
    case .tooFewHouseholds(let count, let needed): return l(.benchTooFewHouseholds(count, needed))
    case .incompleteFrame: return l(.benchIncompleteFrame)
    case .auditChainBroken(let count): return l(.benchAuditBroken(count))
    case .importIncomplete(let added, let rows): return l(.benchImportIncomplete(added, rows))
    case .syncIncomplete(let merged, let written):
      return l(.benchSyncIncomplete(merged, written))
    case .walkInNotSaved(let name): return l(.benchWalkInNotSaved(name))
    case .visitNotSaved(let number): return l(.benchVisitNotSaved(number))
    case .noVisits: return l(.benchNoVisits)
    case .cannotRun(let command, let reason): return l(.benchCannotRun(command, reason))
    case .commandFailed(let command, let status):
      return status.map { l(.benchCommandFailed(command, Int($0))) }
        ?? l(.benchCommandKilled(command))
    }
  }

  public var description: String { text(.en) }
}
