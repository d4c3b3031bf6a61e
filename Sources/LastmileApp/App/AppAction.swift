import Foundation
import LastmileCore
import LastmileDemo
import LastmileStore
import TerminalKit

/// What happened: a key, a resize, data arriving, work finishing.
public enum AppAction: Sendable {
  /// The program started: what it found in the database.
  case started(StartInfo)
  case keyPressed(Key)
  case resized(Size)
  case householdsLoaded(PageRequest, [ListingRow<HouseholdSummary>], total: Int?)
  case visitsLoaded(PageRequest, [ListingRow<VisitSummary>], total: Int?)
  case requestsLoaded(PageRequest, [ListingRow<RequestSummary>], total: Int?)
  /// Counts read; the requests by status only with the review's full counts.
  case countsLoaded(TableCounts, [RequestStatus: Int]?)
  /// The open and overdue requests counted again.
  case requestCountsLoaded(open: Int, overdue: Int)
  /// A form was built; `dirty` when it holds a draft's values.
  case formReady(FormKind, FormState, dirty: Bool)
  case settingsSaved
  case searchFound(query: String, RosterSearchResult)
  /// The row number of a roster row.
  case rosterLocated(ListingKey, position: Int)
  case cardLoaded(HouseholdCard?)
  /// A request read for its view (nil when it is gone).
  case requestLoaded(RequestDetail?)
  /// A handling action was done.
  case requestHandled(label: String, action: LastmileCore.RequestAction)
  /// Reception mode is ready.
  case receptionReady(ReceptionState)
  /// The people matching the requester field.
  case peopleFound(query: String, [PersonMatch])
  /// A walk-in was registered; `next` is the fresh form for the next person.
  case walkInRegistered(HelpRequest, next: ReceptionState)
  /// A record book was read.
  case bookLoaded(ReceptionBook)
  /// A record book was handed over.
  case bookHandedOver(ReceptionBook)
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
  case mergeReady(source: UUID, target: UUID, message: String)
  case merged(label: String, target: UUID)
  case revealed
  case operatorChanged(String)
  case demoLoaded(DemoSummary)
  /// Something failed; the sentence says what.
  case failed(String)
  /// SIGINT, SIGTERM or SIGHUP asked the program to stop.
  case stopRequested
}

/// What the program found when it started.
public struct StartInfo: Sendable, Equatable {
  /// The status line's figures (`TableCounts.headlineOnly`).
  public var counts: TableCounts
  /// Whether an operator is known (given, or remembered from the last session).
  public var operatorKnown: Bool
  /// The draft the last session left, if any.
  public var draft: Draft?
  /// Problems met reading the keymap.
  public var keymapMessage: String?

  public init(
    counts: TableCounts, operatorKnown: Bool, draft: Draft? = nil,
    keymapMessage: String? = nil
  ) {
    self.counts = counts
    self.operatorKnown = operatorKnown
    self.draft = draft
    self.keymapMessage = keymapMessage
  }
}
