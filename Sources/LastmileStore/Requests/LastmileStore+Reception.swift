import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The requests past their deadline today and still waiting for a reply, most overdue first,
  /// with the working days each is overdue.
  public func overdueRequests() throws -> OverdueReport {
    let today = clock.today
    let overdue = RequestSQL.overdue(on: today)
    let rows = try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT t.*, v.name AS village_name, h.household_no AS requester_household_no
          FROM help_request t \(ExportQueries.villageJoin)
          LEFT JOIN household h ON h.id = t.household_id
          WHERE t.deleted_at IS NULL AND \(overdue.condition)
          ORDER BY t.due_on, t.received_at
          """, arguments: [overdue.argument])
    }
    var estimated = Set<Int>()
    let requests = try rows.map { row in
      let request = try HelpRequest(row: row)
      let late = calendar.workingDays(from: request.dueOn ?? today, to: today)
      estimated.formUnion(late.estimatedYears)
      return OverdueRequest(
        request: request, village: row["village_name"] ?? "",
        householdNo: row["requester_household_no"] ?? "",
        workingDaysOverdue: late.value)
    }
    return OverdueReport(asOf: today, requests: requests, estimatedYears: estimated.sorted())
  }

  /// The record book of a reception day: its lines as the desk wrote them, in the order the
  /// walk-ins came (late entries, written after the handover, at the end), and its handover.
  ///
  /// The entries are numbered as the book was written: those of the day by their time, then
  /// the late ones (补录) in the order they were written, so that a number given at the
  /// handover never changes.
  public func receptionBook(on day: LocalDate, revealing: Bool = false) throws -> ReceptionBook {
    if revealing {
      try recordUnmasked(table: "reception_entry", what: "record book of \(day)")
    }
    return try read { db in
      let t = "reception_entry"
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT e.*, r.number AS request_number FROM reception_entry e
          LEFT JOIN help_request r ON r.id = e.request_id
          WHERE e.day = ? AND e.deleted_at IS NULL
          ORDER BY e.late, CASE WHEN e.late = 1 THEN e.created_at ELSE e.received_at END, e.id
          """, arguments: [day.description])
      let entries = try rows.enumerated().map { index, row in
        let late: Bool = try row.value("late", in: t)
        return ReceptionBook.Entry(
          number: index + 1, requestId: try row.id("request_id", in: t),
          requestNumber: try row.optional("request_number", in: t) ?? "",
          receivedAt: try row.value("received_at", in: t),
          requester: try row.value("requester_name", in: t),
          address: try row.value("address", in: t), phone: try row.value("phone", in: t),
          content: try row.value("content", in: t), decision: try row.optional("decision", in: t),
          decisionNote: try row.value("decision_note", in: t),
          assignee: try row.value("assignee", in: t), dueOn: try row.optional("due_on", in: t),
          status: try row.value("status", in: t),
          late: late
            ? ReceptionBook.LateEntry(
              by: try row.value("recorded_by", in: t),
              at: LocalDateTime(parsingTimestamp: try row.value("created_at", in: t))
                ?? LocalDateTime(startOf: day))
            : nil)
      }
      let latest = try Row.fetchOne(
        db,
        sql: """
          SELECT handed_over_at, handed_over_by, received_by, note, duty_leader, created_at
          FROM reception_handover
          WHERE day = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1
          """, arguments: [day])
      let changed =
        try latest.map { row in
          try Int.fetchOne(
            db,
            sql: """
              SELECT count(*) FROM reception_entry
              WHERE day = ? AND late = 1 AND deleted_at IS NULL AND created_at >= ?
              """, arguments: [day, row["created_at"] as String])
        } ?? 0
      let handover = latest.map { row in
        ReceptionBook.Handover(
          at: LocalDateTime(parsing: row["handed_over_at"]) ?? LocalDateTime(startOf: day),
          by: row["handed_over_by"],
          to: row["received_by"], note: row["note"])
      }
      // A handed-over book names the leader on duty then; before, the rota's.
      let recorded = (latest?["duty_leader"] as String?)?.nonBlank
      return ReceptionBook(
        day: day, officeName: try SettingsAccess.get(db, .officeName) ?? "", entries: entries,
        handover: handover, changedSinceHandover: changed ?? 0,
        dutyLeader: try recorded ?? Self.dutyLeader(db, on: day),
        extraDayOpenedBy: try String.fetchOne(
          db, sql: "SELECT opened_by FROM reception_day WHERE day = ? AND kind = 'extra'",
          arguments: [day.description]))
    }
  }

  /// Marks the day's record book handed over (移交) by the operator to `receiver`, now or at the
  /// moment given (a handover made on paper, recorded after). A book is handed over once, and
  /// again only when late entries were written since: a handover with nothing new is refused
  /// with when and by whom the last was.
  @discardableResult
  public func handOverReceptionBook(
    on day: LocalDate, to receiver: String, note: String = "", at moment: LocalDateTime? = nil
  ) throws -> ReceptionBook.Handover {
    guard let receiver = receiver.nonBlank else {
      throw StoreError.invalidRecord([FieldProblem(.receivedBy, .required)])
    }
    return try write { db, context in
      if let earlier = try Row.fetchOne(
        db,
        sql: """
          SELECT handed_over_at, handed_over_by, created_at FROM reception_handover
          WHERE day = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1
          """,
        arguments: [day]),
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM reception_entry
            WHERE day = ? AND late = 1 AND deleted_at IS NULL AND created_at >= ?
            """, arguments: [day, earlier["created_at"] as String]) == 0
      {
        throw StoreError.alreadyHandedOver(
          day: day, at: earlier["handed_over_at"], by: earlier["handed_over_by"])
      }
      let at = moment ?? clock.now
      try db.insertAudited(
        into: "reception_handover", id: UUID.timeOrdered().databaseText,
        values: [
          ("day", day.databaseValue), ("handed_over_at", at.isoText.databaseValue),
          ("handed_over_by", context.operatorName.databaseValue),
          ("received_by", receiver.databaseValue),
          ("note", note.trimmed.databaseValue),
          ("duty_leader", (try Self.dutyLeader(db, on: day) ?? "").databaseValue),
        ], context: context, action: "hand_over")
      return ReceptionBook.Handover(
        at: at, by: context.operatorName, to: receiver, note: note.trimmed)
    }
  }

  /// The nearest reception day (a day whose record book has entries) before `day`, or after
  /// it when `after` is set; nil when there is none.
  public func receptionDay(nextTo day: LocalDate, after: Bool) throws -> LocalDate? {
    try read { db in
      let sql =
        after
        ? "SELECT min(day) FROM reception_entry WHERE deleted_at IS NULL AND day > ?"
        : "SELECT max(day) FROM reception_entry WHERE deleted_at IS NULL AND day < ?"
      return try String.fetchOne(db, sql: sql, arguments: [day.description])
        .flatMap(LocalDate.init(parsing:))
    }
  }

  /// How many walk-ins a reception day has had.
  public func walkInCount(on day: LocalDate) throws -> Int {
    try read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM help_request
          WHERE deleted_at IS NULL AND channel = 'walk_in' AND received_at >= ? AND received_at < ?
          """, arguments: [day.description, day.adding(days: 1).description]) ?? 0
    }
  }
}

extension LastmileStore {
  /// How many households the desk's search reads at most; more are counted as "more".
  static let peopleSearchCap = 200

  /// People of the roster matching what was typed (a name or part of one, pinyin or initials,
  /// phone digits, an ID tail, a household number), the closest first: a name typed in full
  /// before the rest. Up to `limit` are listed; `total` counts them all.
  public func findPeople(_ text: String, limit: Int = 40) throws -> PeopleFound {
    guard let query = SearchQuery(typed: text) else { return .none }
    let typed = text.trimmed
    let cap = Self.peopleSearchCap
    return try read { db in
      let households = try Int64.fetchAll(
        db, sql: "SELECT rowid FROM household_search WHERE household_search MATCH ? LIMIT ?",
        arguments: [query.fts, cap + 1])
      let rows = try Row.fetchAll(
        db,
        sql: Self.personSQL(
          where:
            "h.rowid IN (SELECT rowid FROM household_search WHERE household_search MATCH ? LIMIT ?)"
        ), arguments: [query.fts, cap])
      var found: [PersonMatch] = []
      for row in rows {
        let name: String = row["name"]
        let phone: String = row["phone"]
        let document = SearchDocument.tokens(
          householdNo: row["household_no"], headName: name, phone: phone,
          people: [SearchDocument.Person(name: name, phone: phone, idNumber: row["id_number"])])
        guard query.matches(document) else { continue }
        found.append(try Self.person(row))
      }
      let exact = found.filter { $0.name == typed }
      let ordered = exact + found.filter { $0.name != typed }
      return PeopleFound(
        people: Array(ordered.prefix(limit)), total: ordered.count,
        capped: households.count > cap)
    }
  }

  /// The member, as the desk links them (nil when they are gone).
  public func person(member id: UUID) throws -> PersonMatch? {
    try read { db in
      try Row.fetchOne(db, sql: Self.personSQL(where: "m.id = ?"), arguments: [id.databaseText])
        .map(Self.person)
    }
  }

  /// The head of the household (or its first member without one), as the desk links them.
  public func person(headOf household: UUID) throws -> PersonMatch? {
    try read { db in
      try Row.fetchOne(
        db,
        sql: Self.personSQL(where: "h.id = ?")
          + " ORDER BY m.relation = 'head' DESC, m.created_at LIMIT 1",
        arguments: [household.databaseText]
      ).map(Self.person)
    }
  }

  /// The members of live households that `condition` keeps, with their household and place.
  private static func personSQL(where condition: String) -> String {
    """
    SELECT m.id AS member_id, m.name, m.phone, m.id_number, m.relation, m.birth_date,
      h.id AS household_id, h.household_no, h.address, h.village_id, v.name AS village_name,
      CASE WHEN g.level = 'group' THEN g.name END AS group_name
    FROM household h
    JOIN member m ON m.household_id = h.id AND m.deleted_at IS NULL
    LEFT JOIN area g ON g.id = h.area_id
    LEFT JOIN area v ON v.id = h.village_id
    WHERE h.deleted_at IS NULL AND \(condition)
    """
  }

  private static func person(_ row: Row) throws -> PersonMatch {
    let table = Member.Columns.table
    let idNumber: String = row["id_number"]
    return PersonMatch(
      memberId: try row.id("member_id", in: table),
      householdId: try row.id("household_id", in: Household.Columns.table), name: row["name"],
      householdNo: row["household_no"],
      place: [row["village_name"] as String?, row["group_name"] as String?].compactMap { $0 }
        .joined(separator: " "),
      address: row["address"], phone: row["phone"],
      villageId: try row.optionalId("village_id", in: Household.Columns.table),
      relation: try row.value("relation", in: table),
      birthDate: try row.optional("birth_date", in: table), idTail: String(idNumber.suffix(4)))
  }
}
