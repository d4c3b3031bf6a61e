import Foundation
import GRDB
import LastmileCore

/// A visit as it was recorded: the visit and the requests its problems became.
public struct RecordedVisit: Sendable, Equatable {
  public let visit: Visit
  public let requests: [HelpRequest]
}

extension LastmileStore {
  /// Records a visit (new or changed) and turns each problem heard into a help request (channel
  /// 入户走访, linked to the visit and its first household, with the desk's deadline), all in one
  /// transaction: a refused request leaves no visit and no other request. `newCadres` (named by
  /// the visit, registered because the user agreed) are registered in the same transaction, so
  /// that a visit refused registers no one.
  @discardableResult
  public func recordVisit(
    _ visit: Visit, problems: [VisitProblem] = [], newCadres: [Cadre] = []
  ) throws -> RecordedVisit {
    let valid = try Validation.visit(visit, today: clock.today).orThrow()
    let cadres = try newCadres.map { try Validation.cadre($0).orThrow() }
    let time = clock.now
    return try write { db, context in
      for cadre in cadres {
        try db.saveAudited(
          table: Cadre.Columns.table, id: cadre.id, values: cadre.columnValues, context: context,
          note: "named by a visit")
      }
      for household in valid.householdIds where !(try db.isLive(Household.Columns.table, household))
      {
        throw db.goneError(table: Household.Columns.table, id: household.databaseText)
      }
      let changed = try db.saveAudited(
        table: Visit.Columns.table, id: valid.id, values: valid.columnValues, context: context)
      if changed { try VisitIndex.rewrite(db, valid) }
      let requester = try Self.requester(of: valid, db)
      var requests: [HelpRequest] = []
      for problem in problems {
        let receivedAt =
          LocalDateTime(
            date: valid.date, hour: time.minuteOfDay / 60, minute: time.minuteOfDay % 60)
          ?? LocalDateTime(startOf: valid.date)
        let request = HelpRequest(
          receivedAt: receivedAt, channel: .visit, requester: requester.person,
          areaId: requester.village, category: problem.category, content: problem.content,
          visitId: valid.id)
        let checked = try Validation.request(request, today: clock.today).orThrow()
        requests.append(try insert(checked, handling: nil, db, context))
      }
      return RecordedVisit(visit: valid, requests: requests)
    }
  }

  /// Who a visit's problems are raised for: the head of its first household, else its place,
  /// else its first cadre (a problem a cadre writes down on their own account).
  private static func requester(of visit: Visit, _ db: Database) throws -> (
    person: Requester, village: UUID?
  ) {
    if let household = visit.householdIds.first,
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT h.head_name, h.phone, h.address, h.village_id,
            (SELECT m.id FROM member m WHERE m.household_id = h.id AND m.deleted_at IS NULL
              ORDER BY m.relation = 'head' DESC, m.created_at LIMIT 1) AS member_id
          FROM household h WHERE h.id = ?
          """,
        arguments: [household.databaseText])
    {
      let table = Household.Columns.table
      return (
        Requester(
          name: row["head_name"], phone: row["phone"], place: row["address"],
          householdId: household, memberId: try row.optionalId("member_id", in: table)),
        try row.optionalId("village_id", in: table)
      )
    }
    if let area = visit.areaId,
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT a.name, CASE WHEN a.level = 'village' THEN a.id ELSE a.parent_id END AS village
          FROM area a WHERE a.id = ?
          """,
        arguments: [area.databaseText])
    {
      // The people of the place, as the problem was heard from them.
      let place: String = row["name"]
      return (
        Requester(name: place + "群众", place: place),
        try row.optionalId("village", in: Area.Columns.table)
      )
    }
    let cadre =
      try String.fetchOne(
        db, sql: "SELECT name FROM cadre WHERE id = ?",
        arguments: [visit.cadreIds.first?.databaseText]) ?? ""
    return (Requester(name: cadre), nil)
  }

  /// Brings back a deleted visit.
  public func restoreVisit(id: UUID) throws {
    try write { db, context in
      try db.restoreAudited(table: Visit.Columns.table, id: id.databaseText, context: context)
    }
  }

  /// Marks a visit's follow-up done today; false when it has none open to mark (none asked
  /// for, marked already, or a later visit to the household closed it).
  @discardableResult
  public func markFollowUpDone(visit id: UUID) throws -> Bool {
    guard var visit = try visit(id: id) else {
      throw StoreError.recordGone(RecordName(.visit))
    }
    guard try followUpIsOpen(id) else { return false }
    visit.followUpDoneOn = clock.today
    try saveVisit(visit)
    return true
  }

  /// Takes back a follow-up marked done: it is open again.
  public func reopenFollowUp(visit id: UUID) throws {
    guard var visit = try visit(id: id) else {
      throw StoreError.recordGone(RecordName(.visit))
    }
    visit.followUpDoneOn = nil
    try saveVisit(visit)
  }

  /// Whether a visit's follow-up is still open: asked for, not marked done, and no later
  /// visit to one of its households.
  func followUpIsOpen(_ id: UUID) throws -> Bool {
    try read { db in
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM visit v WHERE v.id = ? AND \(DiarySQL.followUpOpen("v"))",
        arguments: [id.databaseText]) ?? false
    }
  }
}

extension LastmileStore {
  /// A cadre's stationed days from `start` through `end`, with the runs that touch them found
  /// whole (a run that began the month before is seen from its first day).
  public func stationedDays(cadre: UUID, from start: LocalDate, through end: LocalDate) throws
    -> StationedDays
  {
    try read { db in
      let dates = try LocalDate.fetchAll(
        db,
        sql: """
          SELECT vc.visited_on FROM visit_cadre vc JOIN visit v ON v.id = vc.visit_id
          WHERE vc.cadre_id = ? AND v.kind = 'stationed' AND v.deleted_at IS NULL
            AND vc.visited_on BETWEEN ? AND ?
          """,
        arguments: [cadre.databaseText, start.adding(days: -62), end.adding(days: 62)])
      return StationedDays(dates)
    }
  }

  /// The visits whose follow-up is open, by date; with `cadre`, only those that cadre went on;
  /// with `dueBy`, only those due by that day.
  public func openFollowUps(cadre: UUID? = nil, dueBy: LocalDate? = nil) throws -> [Visit] {
    try read { db in
      var conditions = [DiarySQL.followUpOpen("v")]
      var arguments: [(any DatabaseValueConvertible)?] = []
      if let cadre {
        conditions.append(
          "EXISTS (SELECT 1 FROM visit_cadre vc WHERE vc.visit_id = v.id AND vc.cadre_id = ?)")
        arguments.append(cadre.databaseText)
      }
      if let dueBy {
        conditions.append("v.follow_up_on <= ?")
        arguments.append(dueBy)
      }
      return try Visit.fetchAll(
        db,
        sql: "SELECT v.* FROM visit v WHERE \(conditions.joined(separator: " AND ")) "
          + "ORDER BY v.follow_up_on, v.id",
        arguments: StatementArguments(arguments))
    }
  }

  /// The cadre who is the operator, if a live cadre bears the operator's name.
  public func operatorCadre() throws -> CadreRef? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT id, name FROM cadre WHERE name = ? AND deleted_at IS NULL LIMIT 1",
        arguments: [operatorName]
      ).map { CadreRef(id: try $0.id("id", in: Cadre.Columns.table), name: $0["name"]) }
    }
  }
}

extension LastmileStore {
  /// A live visit read whole, or nil when it is gone.
  public func visitDetail(id: UUID) throws -> VisitDetail? {
    guard let visit = try visit(id: id) else { return nil }
    let (requests, place, open) = try read { db in
      let requests = try Row.fetchAll(
        db,
        sql: """
          SELECT id, category, content, status FROM help_request
          WHERE visit_id = ? AND deleted_at IS NULL ORDER BY received_at, id
          """,
        arguments: [id.databaseText]
      ).map { row in
        let table = HelpRequest.Columns.table
        return VisitDetail.RaisedRequest(
          id: try row.id("id", in: table), category: row["category"], content: row["content"],
          status: try row.value("status", in: table))
      }
      let place =
        try visit.areaId.flatMap { area in
          try String.fetchOne(
            db,
            sql: """
              SELECT CASE WHEN a.level = 'group' THEN p.name || ' › ' || a.name ELSE a.name END
              FROM area a LEFT JOIN area p ON p.id = a.parent_id WHERE a.id = ?
              """,
            arguments: [area.databaseText])
        } ?? ""
      let open =
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM visit v WHERE v.id = ? AND \(DiarySQL.followUpOpen("v"))",
          arguments: [id.databaseText]) ?? false
      return (requests, place, open)
    }
    return VisitDetail(
      visit: visit, cadres: try cadreRefs(visit.cadreIds),
      households: try householdRefs(visit.householdIds), place: place, requests: requests,
      followUpOpen: open)
  }

  /// Deletes a visit as a tombstone, with the requests named (those it raised, when a new
  /// visit is taken back), in one transaction.
  public func deleteVisit(id: UUID, requests: [UUID]) throws {
    try write { db, context in
      try db.tombstoneAudited(table: Visit.Columns.table, id: id.databaseText, context: context)
      for request in requests {
        try db.tombstoneAudited(
          table: HelpRequest.Columns.table, id: request.databaseText, context: context,
          note: "visit taken back")
      }
    }
  }
}
