import Foundation
import GRDB
import LastmileCore

/// The requests each desk flag holds, as SQL over `help_request t`, written once for the status
/// line, the queue's filter, the review and a request's view. Walk-ins of the last 90 days are
/// watched (older books are the office's archive, not its week); a request sent back is flagged
/// whenever it was.
enum DeskFlagSQL {
  /// The condition and its arguments for `flag` on `today`.
  static func condition(_ flag: DeskFlag, today: LocalDate, calendar: WorkingDayCalendar)
    -> (String, [DatabaseValue])
  {
    let watched = today.adding(days: -90).databaseValue
    switch flag {
    case .undecided:
      return (
        """
        t.status = 'registered' AND t.decision IS NULL AND t.returned_at IS NULL
          AND t.id IN (SELECT e.request_id FROM reception_entry e INDEXED BY reception_entry_undecided
            WHERE e.decision IS NULL AND e.deleted_at IS NULL AND e.day >= ? AND e.day < ?)
        """, [watched, today.databaseValue]
      )
    case .notTransferred:
      let latest = BookDeadlines.latestLateArrival(today: today, calendar: calendar)
      return (
        """
        t.status = 'in_progress' AND t.decision = 'transferred'
          AND t.id IN (SELECT e.request_id FROM reception_entry e
              INDEXED BY reception_entry_transferred
            JOIN reception_handover h ON h.day = e.day AND h.deleted_at IS NULL
            WHERE e.decision = 'transferred' AND e.deleted_at IS NULL AND e.day >= ?
              AND substr(h.handed_over_at, 1, 10) <= ?)
          AND NOT EXISTS (SELECT 1 FROM transfer_slip s
            WHERE s.request_id = t.id AND s.deleted_at IS NULL)
        """, [watched, latest.databaseValue]
      )
    case .returned:
      return ("t.returned_at IS NOT NULL AND t.status = 'registered'", [])
    }
  }

  /// The day each request of `flag` became flagged, the SQL that gives it per request.
  static func sinceExpression(_ flag: DeskFlag) -> String {
    switch flag {
    case .undecided:
      "(SELECT min(e.day) FROM reception_entry e WHERE e.request_id = t.id AND e.deleted_at IS NULL)"
    case .notTransferred:
      """
      (SELECT min(substr(h.handed_over_at, 1, 10)) FROM reception_entry e
        JOIN reception_handover h ON h.day = e.day AND h.deleted_at IS NULL
        WHERE e.request_id = t.id AND e.deleted_at IS NULL)
      """
    case .returned: "substr(t.returned_at, 1, 10)"
    }
  }

  /// The flagged day of `flag` from the day its SQL gives (the entry's day, the book's arrival,
  /// the day sent back).
  static func since(_ flag: DeskFlag, from day: LocalDate, calendar: WorkingDayCalendar)
    -> LocalDate
  {
    switch flag {
    case .undecided: day.adding(days: 1)
    case .notTransferred:
      BookDeadlines.transferDue(arrived: day, calendar: calendar).adding(days: 1)
    case .returned: day
    }
  }

  /// Each flag with requests, how many and since when the oldest is flagged.
  static func counts(_ db: Database, today: LocalDate, calendar: WorkingDayCalendar) throws
    -> [DeskFlagCount]
  {
    try DeskFlag.allCases.compactMap { flag in
      let (condition, arguments) = Self.condition(flag, today: today, calendar: calendar)
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT count(*) AS n, min(\(sinceExpression(flag))) AS first FROM help_request t
            WHERE t.deleted_at IS NULL AND \(condition)
            """, arguments: StatementArguments(arguments)),
        let count = row["n"] as Int?, count > 0,
        let first = (row["first"] as String?).flatMap(LocalDate.init(parsing:))
      else { return nil }
      return DeskFlagCount(
        flag: flag, count: count, since: since(flag, from: first, calendar: calendar))
    }
  }

  /// The flag a request holds on `today`, and since when; nil when none.
  static func flag(_ db: Database, request id: UUID, today: LocalDate, calendar: WorkingDayCalendar)
    throws -> (DeskFlag, LocalDate)?
  {
    for flag in DeskFlag.allCases {
      let (condition, arguments) = Self.condition(flag, today: today, calendar: calendar)
      if let first = try String.fetchOne(
        db,
        sql: """
          SELECT \(sinceExpression(flag)) FROM help_request t
          WHERE t.id = ? AND t.deleted_at IS NULL AND \(condition)
          """, arguments: StatementArguments([id.databaseText.databaseValue] + arguments)),
        let day = LocalDate(parsing: first)
      {
        return (flag, since(flag, from: day, calendar: calendar))
      }
    }
    return nil
  }
}
