import Foundation
import LastmileCore
import LastmileStore

/// Work `update` asks for: input and output only, carrying everything it needs. The runner
/// does it and answers with an action; it never reads the state.
public enum AppEffect: Sendable, Equatable {
  /// Read rows for a tab's table; `withCount` also counts the listing.
  case loadPage(
    Tab, PageRequest, PageAnchor, limit: Int, sort: ListingSort, filter: PaneFilter, withCount: Bool
  )
  /// Count the tables: every one for the review (`full`), else the status line's figures.
  case loadCounts(full: Bool)
  /// Count the open and overdue requests again, for the status line after a request changed.
  case loadRequestCounts
  /// Count the operator's follow-ups due again, and the requests, after a visit was saved.
  case loadDiaryCounts
  /// Read what a form is built from (with a draft's values, if given).
  case loadFormData(FormKind, draft: String?)
  /// Find the next household matching a search.
  case searchRoster(
    query: String, filter: RosterFilter, sort: ListingSort, after: ListingKey?, backward: Bool,
    including: Bool)
  /// Find the row number of a roster row (after a search jumped to it); waits for idle.
  case locateRoster(ListingKey, filter: RosterFilter, sort: ListingSort)
  /// Tell `update` when the keyboard is idle.
  case whenIdle(IdleEvent)
  case openCard(UUID)
  case saveHousehold(Household, cadre: UUID?, isNew: Bool, confirmed: Bool)
  case saveMember(Member, isNew: Bool, confirmed: Bool)
  case deleteHousehold(UUID)
  case deleteMember(UUID)
  case undo(UndoEntry)
  case reveal(UUID)
  /// Find the household numbered `targetNumber` to merge `source` into.
  case findMergeTarget(source: UUID, targetNumber: String)
  case merge(source: UUID, target: UUID)
  case importFile(ImportTable, path: String, dryRun: Bool, skipInvalid: Bool, Language)
  case exportFile(ExportTable, ExportOptions, path: String)
  case saveSettings(LocalitySettings)
  case changeOperator(String)
  case loadDemo
  case saveDraft(Draft)
  case clearDraft(kind: String)
  /// Paint the whole screen again.
  case redraw
  /// Check a PIN typed at the screen lock (a slow hash).
  case checkPIN(String)
  /// Read a request with its history, for its view.
  case openRequest(UUID)
  /// Do one action of the handling workflow.
  case handleRequest(UUID, RequestHandling)
  /// Read what the reception desk is built from.
  case loadReception(ReceptionStart)
  /// Record a day as an extra reception day (加开).
  case openExtraReceptionDay(LocalDate)
  /// Count the walk-ins of a day.
  case countWalkIns(LocalDate)
  /// Find the roster's people matching what was typed as the requester.
  case findPeople(String)
  /// Register a walk-in, handed on at once when a decision was made.
  case registerWalkIn(HelpRequest, RequestHandling?)
  /// Read a reception day's record book.
  case openBook(LocalDate)
  /// Read the book of the nearest reception day before (or after) a day.
  case openAdjacentBook(from: LocalDate, after: Bool)
  /// Mark a day's book handed over.
  case handOverBook(LocalDate, to: String, note: String)
  /// Read the record book's flags for the status line again.
  case loadBookFlags
  /// Read what the status line says of sync.
  case loadSyncCounts
  /// Write a bundle for `peer` to `path` (encrypted unless `passphrase` is nil).
  case syncExport(peer: String, path: String, passphrase: String?, full: Bool)
  /// Merge the bundle at `path`.
  case syncImport(path: String, passphrase: String?)
  /// Settle conflict `id` as chosen.
  case settleConflict(Int64, SyncSettlement)
  /// Record a meeting's decisions (all or none), then read its agenda.
  case loadAgenda(MeetingKind, record: [UUID: MeetingOutcome])
  /// Print a meeting's agenda to a file.
  case printAgenda(MeetingKind, path: String, Language)
  /// Print a transferred request's slip (交办单) to a file, recording it issued.
  case printSlip(UUID, path: String, unmask: Bool, Language)
  /// Write a day's book to a file (HTML to print, or another report format).
  case exportBook(LocalDate, ReportFormat, path: String, unmask: Bool, Language)
  /// Find the households a visit's form names.
  case resolveHouseholds(String)
  /// List the households a name typed in a visit's form may be, to choose one.
  case findHouseholdCandidates(String)
  /// Find the cadres a visit's form names.
  case resolveCadres(String)
  /// Record a visit and the requests its problems become; `newCadres` are the names not yet
  /// among the cadres that the user agreed to register.
  case saveVisit(VisitInput, newCadres: [String])
  /// Delete a visit (a tombstone).
  case deleteVisit(UUID)
  /// Read a visit whole, for its reader.
  case openVisit(UUID)
  /// Mark a visit's follow-up done.
  case markFollowUpDone(UUID)
  /// Read a cadre's month for the calendar, the keys on `select`.
  case openCalendar(CalendarTarget, year: Int, month: Int, select: LocalDate)
  /// Make a change to the duty rota (when one is given), then read the month from `month`'s
  /// first day, the keys on `select`.
  case loadRota(month: LocalDate, select: LocalDate?, change: RotaChange?)
  /// Read the review's figures of a period (and an area, with the areas in it).
  case loadReview(Period, area: UUID?)
  /// Read what the review fills in after its first figures: the quotas and the data's health.
  case loadReviewLater(ReviewFigures)
  /// Write a text whole to a file (a table of the review), saying how many rows it holds.
  case writeText(String, rows: Int, path: String)
  /// Read the cadre registry, how each stands over `period`, the keys on `select`.
  case loadCadres(Period, select: UUID?)
  /// Read a cadre whole, their quotas over `period`, the keys on item `selected`.
  case openCadre(UUID, Period, selected: Int)
  case saveCadre(Cadre)
  /// Retire a cadre, ending their contacts on `on`.
  case retireCadre(UUID, name: String, on: LocalDate)
  /// Start a contact: a household named by number or head (`household`), or an area.
  case assignContact(cadre: UUID, household: String?, area: UUID?, from: LocalDate)
  case endContact(UUID, on: LocalDate)
  /// Read the areas, the keys on `select`.
  case loadAreas(select: UUID?)
  case saveArea(Area)
  case retireArea(UUID, name: String)

  /// Whether the work waits until no key is waiting: it fills in a detail of the screen that a
  /// frame can show a moment later, so that typing never waits for it.
  var waitsForIdle: Bool {
    switch self {
    // The review's month is drawn a moment after the pane: on a county it takes a second.
    case .locateRoster, .whenIdle, .loadReview, .loadReviewLater: true
    default: false
    }
  }

  /// How long the work waits after it was asked for: a draft is written at most once a second
  /// while typing goes on.
  var pause: Duration {
    switch self {
    case .whenIdle(.keepDraft): .seconds(1)
    default: .zero
    }
  }

  /// Whether the work takes long enough that the frame asking for it is shown first.
  var isLong: Bool {
    switch self {
    case .loadDemo, .importFile, .exportFile, .writeText, .syncExport, .syncImport: true
    default: false
    }
  }

  /// Whether `other` asks for the same work, so that the newer request replaces this one.
  func isSameWork(as other: AppEffect) -> Bool {
    switch (self, other) {
    case (.locateRoster, .locateRoster): true
    default: self == other
    }
  }
}
