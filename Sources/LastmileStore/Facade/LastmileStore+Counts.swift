import Foundation
import GRDB
import LastmileCore

/// How many live rows each table holds, and how many requests are open and overdue.
public struct TableCounts: Sendable, Equatable {

  public var villages = 0
  public var households = 0
  public var members = 0
  public var cadres = 0
  public var visits = 0
  public var requests = 0
  /// Requests that still wait for a reply.
  public var openRequests = 0
  /// Open requests past their deadline today.
  public var overdueRequests = 0
  /// The operator's follow-ups due by today (visits to go back to), when the operator is a
  /// cadre.
  public var followUpsDue = 0
  /// The reception days whose record book is late to be handed over, oldest first, with the
  /// day each became late.
  public var lateBooks: [BookDeadlines.Late] = []
  /// The walk-ins undecided at the end of their day, the transfers not made, the matters sent
  /// back: each flag with requests, how many and since when.
  public var deskFlags: [DeskFlagCount] = []
  /// Records changed here not yet written into a bundle, and the conflicts merges left.
  public var unsent = 0
  public var syncConflicts = 0
  /// Whether rows loaded in bulk (demo data, a large import) also wait to be sent.
  public var unsentLoaded = false

  /// Whether the roster, diary and queue are all empty.
  public var isEmpty = true
  /// Whether only the headline figures are filled in (households, open and overdue requests),
  /// the others waiting until the review shows them.
  public var headlineOnly = false

  public init() {}
}

extension LastmileStore {
  /// The counts as of the clock's today.
  public func counts() throws -> TableCounts {
    try read { db in
      var counts = try headline(db)
      counts.villages = try count(
        db, "SELECT count(*) FROM area WHERE level = 'village' AND deleted_at IS NULL")
      counts.members = try count(db, "SELECT count(*) FROM member WHERE deleted_at IS NULL")
      counts.cadres = try count(db, "SELECT count(*) FROM cadre WHERE deleted_at IS NULL")
      counts.visits = try count(db, "SELECT count(*) FROM visit WHERE deleted_at IS NULL")
      counts.requests = try count(db, "SELECT count(*) FROM help_request WHERE deleted_at IS NULL")
      counts.headlineOnly = false
      return counts
    }
  }

  /// The figures the status line shows on every screen, and whether the database is empty:
  /// cheap enough for the first frame on a county's database, where counting every table is not.
  public func headlineCounts() throws -> TableCounts {
    try read { db in try headline(db) }
  }

  private func headline(_ db: Database) throws -> TableCounts {
    var counts = TableCounts()
    counts.headlineOnly = true
    counts.households = try count(db, "SELECT count(*) FROM household WHERE deleted_at IS NULL")
    (counts.openRequests, counts.overdueRequests) = try requestHeadline(db)
    counts.followUpsDue = try followUpsDue(db)
    counts.lateBooks = try lateBooks(db)
    counts.deskFlags = try DeskFlagSQL.counts(db, today: clock.today, calendar: calendar)
    counts.unsent = try SyncPeers.unsent(db)
    counts.syncConflicts = try SyncConflicts.count(db)
    counts.unsentLoaded = try SyncLog.baselinePending(db)
    counts.isEmpty = try Self.holdsNoData(db)
    return counts
  }

  /// Whether the roster, diary and queue hold no row at all (not even a deleted one).
  func holdsNoData() throws -> Bool { try read(Self.holdsNoData) }

  private static func holdsNoData(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db,
      sql: """
        SELECT NOT (EXISTS (SELECT 1 FROM household) OR EXISTS (SELECT 1 FROM member)
          OR EXISTS (SELECT 1 FROM cadre) OR EXISTS (SELECT 1 FROM visit)
          OR EXISTS (SELECT 1 FROM help_request))
        """) ?? false
  }

  /// The requests waiting for a reply, and those of them overdue today: the status line's
  /// figures that change when a request does.
  public func requestHeadlineCounts() throws -> (open: Int, overdue: Int) {
    try read { db in try requestHeadline(db) }
  }

  /// The record book's flags the status line shows: the books late to be handed over, and the
  /// walk-ins undecided, transfers not made and matters sent back.
  public func bookFlags() throws -> (lateBooks: [BookDeadlines.Late], deskFlags: [DeskFlagCount]) {
    try read { db in
      (try lateBooks(db), try DeskFlagSQL.counts(db, today: clock.today, calendar: calendar))
    }
  }

  /// The operator's follow-ups due by today, when the operator is a cadre: what the status line
  /// shows of the diary.
  public func followUpsDueCount() throws -> Int {
    try read { db in try followUpsDue(db) }
  }

  /// The days with a record book not handed over, late on today (the last 90 days: older books
  /// are the office's archive, not its week).
  private func lateBooks(_ db: Database) throws -> [BookDeadlines.Late] {
    let today = clock.today
    let days = try String.fetchAll(
      db,
      sql: """
        SELECT DISTINCT e.day FROM reception_entry e
        WHERE e.deleted_at IS NULL AND e.day >= ? AND e.day < ?
          AND NOT EXISTS (SELECT 1 FROM reception_handover h WHERE h.day = e.day
            AND h.deleted_at IS NULL)
        ORDER BY e.day
        """, arguments: [today.adding(days: -90).description, today.description])
    return days.compactMap(LocalDate.init(parsing:)).compactMap { day in
      BookDeadlines.handoverLate(day, today: today, calendar: calendar).map {
        BookDeadlines.Late(day: day, since: $0)
      }
    }
  }

  /// Read from the operator's own visits (none when the operator is no cadre), not from every
  /// visit with a follow-up.
  private func followUpsDue(_ db: Database) throws -> Int {
    try count(
      db,
      """
      SELECT count(*) FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id
      WHERE vc.cadre_id IN (SELECT id FROM cadre WHERE name = ? AND deleted_at IS NULL)
        AND v.follow_up_on <= ? AND \(DiarySQL.followUpOpen("v"))
      """, [operatorName.databaseValue, clock.today.databaseValue])
  }

  private func requestHeadline(_ db: Database) throws -> (open: Int, overdue: Int) {
    let overdue = RequestSQL.overdue(on: clock.today)
    return (
      try count(
        db,
        "SELECT count(*) FROM help_request t WHERE \(RequestSQL.awaitsReply) AND t.deleted_at IS NULL"
      ),
      try count(
        db,
        "SELECT count(*) FROM help_request t WHERE t.deleted_at IS NULL AND \(overdue.condition)",
        [overdue.argument])
    )
  }

  private func count(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws
    -> Int
  {
    try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
  }
}
