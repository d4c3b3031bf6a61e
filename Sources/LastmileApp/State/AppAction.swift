import Foundation
import LastmileCore
import LastmileDemo
import LastmileStore
import TerminalKit

/// What happened: a key, a resize, the clock moving on, data arriving, work finishing.
public enum AppAction: Sendable {
  /// The program started: what it found in the database.
  case started(StartInfo)
  case keyPressed(Key)
  case resized(Size)
  /// The clock moved on (a minute, or past midnight).
  case clockTicked(LocalDateTime)
  /// Whether the PIN typed at the screen lock is the one set.
  case pinChecked(Bool)
  /// The keyboard is idle: time for the work that waited for it.
  case idle(IdleEvent)
  case householdsLoaded(PageRequest, [ListingRow<HouseholdSummary>], total: Int?)
  case visitsLoaded(PageRequest, [ListingRow<VisitSummary>], total: Int?)
  case requestsLoaded(PageRequest, [ListingRow<RequestSummary>], total: Int?)
  /// Counts read; the requests by status only with the review's full counts.
  case countsLoaded(TableCounts, [RequestStatus: Int]?)
  /// The open and overdue requests counted again.
  case requestCountsLoaded(open: Int, overdue: Int)
  /// The operator's follow-ups due counted again.
  case followUpsCounted(Int)
  /// What a form is built from was read; `draft` holds a draft's values to fill in.
  case formDataLoaded(FormKind, FormData, draft: String?)
  case settingsSaved(LocalitySettings)
  case searchFound(query: String, RosterSearchResult)
  /// The row number of a roster row.
  case rosterLocated(ListingKey, position: Int)
  case cardLoaded(HouseholdCard?)
  /// A request read for its view (nil when it is gone).
  case requestLoaded(RequestDetail?)
  /// The record book's flags were read again.
  case bookFlagsLoaded([BookDeadlines.Late], [DeskFlagCount])
  /// Records not yet sent to another laptop, and conflicts to settle.
  case syncCountsLoaded(unsent: Int, conflicts: Int, loaded: Bool)
  /// How far a sync has come (0…1).
  case syncProgress(Double)
  /// A bundle written for `peer`.
  case syncExported(operations: Int, path: String, peer: String)
  /// A bundle merged: what it changed.
  case syncImported(SyncSummary)
  /// A conflict settled; how many are left.
  case conflictSettled(remaining: Int)
  /// A meeting's agenda was read, after recording `recorded` decisions.
  case agendaLoaded(MeetingAgenda, recorded: Int)
  /// A transfer slip was printed to a file.
  case slipPrinted(path: String)
  /// A handling action was done.
  case requestHandled(label: String, action: RequestAction)
  /// What the reception desk is built from was read.
  case receptionLoaded(ReceptionData)
  /// The walk-ins of today were counted again (after midnight).
  case walkInsCounted(Int)
  /// The people matching the requester field.
  case peopleFound(query: String, PeopleFound)
  /// A walk-in was registered; the day now has this many.
  case walkInRegistered(HelpRequest, walkInsToday: Int)
  case extraReceptionDayOpened
  /// A record book was read.
  case bookLoaded(ReceptionBook)
  /// There is no reception day before (or after) the one shown.
  case noReceptionDay(after: Bool)
  /// A record book was handed over.
  case bookHandedOver(ReceptionBook)
  /// The households a visit's form names were looked up (`typed` is what was looked up).
  case householdsResolved(typed: String, [Resolution<HouseholdRef>])
  /// The households a name typed in a visit's form may be.
  case householdCandidatesFound(typed: String, [HouseholdCandidate])
  /// The cadres a visit's form names were looked up.
  case cadresResolved(typed: String, [Resolution<CadreRef>])
  /// A visit names people who are not among the cadres; `retry` registers them and saves.
  case newCadresFound([String], retry: AppEffect)
  /// A visit was recorded, with the requests its problems raised.
  case visitSaved(label: String, undo: UndoEntry, raised: Int, household: UUID?)
  /// A visit was deleted.
  case visitDeleted(label: String, undo: UndoEntry)
  /// A visit was read whole (nil when it is gone).
  case visitLoaded(VisitDetail?)
  /// A cadre's month was read (nil: no cadre to show).
  case calendarLoaded(CadreMonth?, select: LocalDate)
  /// The duty rota's month was read (after a change, said by `message`).
  case rotaLoaded(RotaState, message: String?)
  case reviewLoaded(ReviewFigures)
  case cadresLoaded([CadreSummary], Period, select: UUID?)
  case cadreLoaded(CadreDetail?, selected: Int)
  case areasLoaded([AreaChoice], select: UUID?)
  /// A change to the registry was written: said, and what is open of it read again.
  case registryChanged(String, warning: Bool, select: UUID? = nil)
  /// A visit's follow-up was marked done (nil: it had none open), with how to take it back.
  case followUpMarked(String?, undo: UndoEntry? = nil)
  /// A household or member was saved; `undo` takes it back.
  case saved(label: String, household: UUID, undo: UndoEntry, openCard: Bool)
  /// A household or member was deleted.
  case deleted(label: String, undo: UndoEntry)
  case undone(label: String)
  /// The save found records it may duplicate; `retry` saves anyway.
  case duplicatesFound([DuplicateHint], retry: AppEffect)
  /// The store refused a form's record, field by field.
  case formRejected([FieldProblem])
  case imported(ImportReport)
  case exported(rows: Int, path: String)
  /// The household to merge into was found.
  case mergeTargetFound(from: Household, into: Household)
  case merged(from: Household, into: Household)
  case revealed
  case operatorChanged(String)
  case demoLoaded(DemoSummary)
  /// Something failed; the error says what, in any language.
  case failed(Failure)
  /// SIGINT, SIGTERM or SIGHUP asked the program to stop.
  case stopRequested
}

/// Work that waits for an idle keyboard and then asks `update` what to do.
public enum IdleEvent: Sendable, Equatable {
  /// Read the queue and the roster again where they were shown (the desk or a visit changed
  /// what they list while they were out of sight).
  case reloadLists
  /// Keep the draft of what is being typed (the typist paused).
  case keepDraft
}

/// What the program found when it started.
public struct StartInfo: Sendable {
  /// The status line's figures, or why they could not be read.
  public var counts: Result<TableCounts, Failure>
  /// The locality's settings (the deadline rules drawn with).
  public var settings: LocalitySettings?
  /// Whether an operator is known (given, or remembered from the last session).
  public var operatorKnown: Bool
  /// The drafts earlier sessions left, the newest first.
  public var drafts: [Draft]
  /// Lines of the keymap skipped, and the file to check.
  public var keymapSkipped: (count: Int, file: String)?
  /// The keymap file that could not be read at all, if any.
  public var keymapUnreadable: String?
  /// Whether the operator is the one the last session had (not given this time), so that
  /// the start says whose name it records.
  public var operatorCarriedOver: Bool
  /// Whether demo data is to be loaded into a database found empty (`--demo`).
  public var demoRequested: Bool
  /// The screen lock's setting that could not be read (the screen does not lock), if any.
  public var lockUnreadable: String?

  public init(
    counts: Result<TableCounts, Failure>, settings: LocalitySettings? = nil,
    operatorKnown: Bool, drafts: [Draft] = [], keymapSkipped: (count: Int, file: String)? = nil,
    keymapUnreadable: String? = nil, operatorCarriedOver: Bool = false, demoRequested: Bool = false,
    lockUnreadable: String? = nil
  ) {
    self.lockUnreadable = lockUnreadable
    self.operatorCarriedOver = operatorCarriedOver
    self.demoRequested = demoRequested
    self.counts = counts
    self.settings = settings
    self.operatorKnown = operatorKnown
    self.drafts = drafts
    self.keymapSkipped = keymapSkipped
    self.keymapUnreadable = keymapUnreadable
  }
}

/// What the reception desk is built from: the villages to pick, whom requests go to, and the
/// day's walk-ins so far.
public struct ReceptionData: Sendable, Equatable {
  public var villages: [AreaChoice]
  public var transferTargets: [String]
  public var walkInsToday: Int
  /// How the desk starts: empty, with a household's head, or from a draft.
  public var start: ReceptionStart = .blank
  /// The person the desk starts linked to (the household's head, or the draft's), if found.
  public var linked: PersonMatch?
  /// Today was opened as an extra reception day (加开).
  public var extraDay = false
  /// The leader on duty today, by the rota.
  public var dutyLeader: String?

  public init(
    villages: [AreaChoice], transferTargets: [String], walkInsToday: Int,
    start: ReceptionStart = .blank, linked: PersonMatch? = nil
  ) {
    self.villages = villages
    self.transferTargets = transferTargets
    self.walkInsToday = walkInsToday
    self.start = start
    self.linked = linked
  }
}

/// How the reception desk opens.
public enum ReceptionStart: Sendable, Equatable {
  case blank
  /// From a contact card: the walk-in is that household's.
  case household(UUID)
  /// From the draft a stopped session left.
  case draft(ReceptionDraft)
}

/// What a form is built from, as the store holds it.
public enum FormData: Sendable, Equatable {
  /// Nothing: the form is built from the state alone.
  case none
  case settings(LocalitySettings)
  case household(Household?, cadre: UUID?, areas: [AreaChoice], cadres: [CadreChoice])
  case member(Member?, householdNo: String)
  /// The areas and cadres to pick from (the roster's filter).
  case places(areas: [AreaChoice], cadres: [CadreChoice])
  /// The household the card's household is merged from.
  case merge(householdNo: String)
  /// Whom requests go to (the queue's filter).
  case assignees([String])
  /// A request with what its handling form offers: the transfer list, and the cadres (who a
  /// request may be reassigned to, besides the transfer list).
  case handling(RequestDetail, targets: [String], cadres: [CadreChoice])
  /// A visit with what its form offers.
  case visit(VisitFormData)
  /// The households a name typed in a visit's form may be.
  case householdChoices([HouseholdCandidate])
  /// What a registry form is about: the cadre, the contact it ends, the areas to pick from.
  case registry(cadre: Cadre?, contact: CadreContact?, areas: [AreaChoice])
  /// This laptop's code and the peers it has exchanged bundles with (the sync form).
  case sync(code: String, peers: [String])
  /// The conflicts merges left.
  case conflicts([SyncConflict])
}
