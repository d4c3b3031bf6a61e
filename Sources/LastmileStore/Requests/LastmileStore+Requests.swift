import Foundation
import GRDB
import LastmileCore

extension LastmileStore {
  /// The locality's deadline policy.
  public func deadlinePolicy() throws -> DeadlinePolicy {
    rules.deadlines
  }

  /// Registers a new help request, and hands it on at once when `handling` is given (as at the
  /// reception desk: solved on the spot, transferred, …), in one transaction. The reply deadline
  /// is computed from the receipt date unless it was solved on the spot or a deadline is given.
  /// Its history starts here.
  @discardableResult
  public func registerRequest(_ request: HelpRequest, handling: RequestHandling? = nil) throws
    -> HelpRequest
  {
    let valid = try Validation.request(request, today: clock.today).orThrow()
    return try write { db, context in try insert(valid, handling: handling, db, context) }
  }

  /// Inserts a checked request in the caller's transaction: its deadline, its handling when
  /// given, and its line of the record book.
  func insert(
    _ request: HelpRequest, handling: RequestHandling?, _ db: Database, _ context: ChangeContext
  ) throws -> HelpRequest {
    var valid = request
    let policy = rules.deadlines
    // A walk-in answered at the desk (solved on the spot, explained) awaits nothing.
    let answered =
      [.solvedOnSpot, .explained].contains(valid.decision) || handling?.answersAtOnce == true
    if valid.dueOn == nil, !answered, valid.status.awaitsReply {
      valid.dueOn = policy.replyDue(receivedOn: valid.receivedAt.date, calendar: calendar).value
    }
    if valid.number.isEmpty {
      valid.number = try RequestNumbers.next(
        db, on: valid.receivedAt.date, deviceId: context.deviceId)
    }
    try db.insertAudited(
      into: HelpRequest.Columns.table, id: valid.id.databaseText, values: valid.columnValues,
      context: context, action: RequestAction.received.rawValue)
    var registered = valid
    if let handling { registered = try handle(valid, handling, policy: policy, db, context) }
    // The record book keeps the line as the desk wrote it, decision included.
    try db.recordBookEntry(for: registered, context)
    return registered
  }

  /// Does one action of the handling workflow on a request: its row changes and its history
  /// gains the entry, in one transaction. Throws `StoreError.refused` with the reason when the
  /// workflow does not allow it.
  @discardableResult
  public func handleRequest(_ id: UUID, _ handling: RequestHandling) throws -> HelpRequest {
    try write { db, context in
      guard let request = try HelpRequest.live(id, db) else {
        throw db.goneError(table: HelpRequest.Columns.table, id: id.databaseText)
      }
      return try handle(
        request, handling, policy: rules.deadlines, db, context)
    }
  }

  func handle(
    _ request: HelpRequest, _ handling: RequestHandling, policy: DeadlinePolicy, _ db: Database,
    _ context: ChangeContext
  ) throws -> HelpRequest {
    var target: HelpRequest?
    if case .merge(let into, _) = handling {
      guard let found = try HelpRequest.live(into, db) else {
        throw db.goneError(table: HelpRequest.Columns.table, id: into.databaseText)
      }
      guard found.mergedIntoId == nil else { throw StoreError.refused(.mergeIntoMerged) }
      target = found
    }
    let approval = try SettingsAccess.get(db, .closeApproval) == "yes"
    let workflow = RequestWorkflow(
      policy: policy, calendar: calendar, closeNeedsApproval: approval)
    let (after, event) = try workflow.apply(
      handling, to: request, at: clock.now, by: context.operatorName
    )
    .mapError(StoreError.refused).get()
    if handling.action.isDepartments {
      try Self.recordOnSlip(db, before: request, handling, today: clock.today, context)
    }
    try db.recordHandling(to: after, event, context)
    if let target {
      // The request worked also says what was merged into it.
      try db.appendAudit(
        table: HelpRequest.Columns.table, rowId: target.id.databaseText,
        action: RequestAction.merged.rawValue,
        before: [(HelpRequest.Columns.status, target.status.databaseValue)],
        after: [(HelpRequest.Columns.status, target.status.databaseValue)],
        note: "← " + request.receivedAt.description + " " + request.requester.name, context: context
      )
    }
    return after
  }

  /// The live request with this id.
  public func request(id: UUID) throws -> HelpRequest? {
    try read { db in try HelpRequest.live(id, db) }
  }

  /// A request's history, oldest first: who did what, when, from which status to which.
  public func requestHistory(id: UUID) throws -> [HistoryEvent] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT at, operator, action, before, after, note FROM audit_log
          WHERE table_name = 'help_request' AND row_id = ? ORDER BY seq
          """, arguments: [id.databaseText]
      ).map { row in
        HistoryEvent(
          at: Timestamp.date(row["at"]).map { LocalDateTime($0) } ?? clock.now,
          operatorName: row["operator"],
          action: RequestAction(auditAction: row["action"]),
          fromStatus: Self.status(in: row["before"]),
          toStatus: Self.status(in: row["after"]), note: row["note"])
      }
    }
  }

  /// The status an audit entry's before or after JSON holds, if any.
  private static func status(in json: String?) -> RequestStatus? {
    guard let json,
      let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let code = object[HelpRequest.Columns.status] as? String
    else { return nil }
    return RequestStatus(rawValue: code)
  }
}

extension RequestAction {
  /// The action of an audit entry: the workflow's own names, and the generic ones of edits.
  init(auditAction: String) {
    switch auditAction {
    case "insert": self = .received
    case "delete": self = .deleted
    default: self = RequestAction(rawValue: auditAction) ?? .edited
    }
  }
}

extension HelpRequest {
  /// The live request with this id.
  static func live(_ id: UUID, _ db: Database) throws -> HelpRequest? {
    try HelpRequest.fetchOne(
      db, sql: "SELECT * FROM help_request WHERE id = ? AND deleted_at IS NULL",
      arguments: [id.databaseText])
  }
}

extension Database {
  /// Writes what a handling action changed, through the one audited path: the changed columns
  /// before and after, and the status always (so the timeline shows it), as the history entry.
  func recordHandling(
    to after: HelpRequest, _ event: HistoryEvent, _ context: ChangeContext
  ) throws {
    try updateAudited(
      table: HelpRequest.Columns.table, id: after.id.databaseText, values: after.columnValues,
      context: context, action: event.action.rawValue, note: event.note, event: true,
      shown: [HelpRequest.Columns.status])
  }
}

extension LastmileStore {
  /// A request with what its view shows, or nil when it does not exist (or was deleted).
  public func requestDetail(id: UUID) throws -> RequestDetail? {
    let history = try requestHistory(id: id)
    let slips = try transferSlips(request: id)
    let settings = try localitySettings()
    return try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT t.*, v.name AS village_name, h.household_no AS requester_household_no,
              h.address AS requester_address
            FROM help_request t \(ExportQueries.villageJoin)
            LEFT JOIN household h ON h.id = t.household_id
            WHERE t.id = ? AND t.deleted_at IS NULL
            """, arguments: [id.databaseText])
      else { return nil }
      let request = try HelpRequest(row: row)
      let merged = try request.mergedIntoId.flatMap { try HelpRequest.live($0, db) }
      let candidates = try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM help_request
          WHERE id IN (
              SELECT id FROM help_request WHERE household_id = ?
              UNION
              SELECT id FROM help_request INDEXED BY help_request_requester
              WHERE requester_name = ? AND requester_phone = ? AND deleted_at IS NULL
                AND merged_into_id IS NULL)
            AND deleted_at IS NULL AND merged_into_id IS NULL AND id <> ? AND received_at <= ?
          ORDER BY received_at DESC LIMIT 20
          """,
        arguments: [
          request.requester.householdId?.databaseText, request.requester.name,
          request.requester.phone, id.databaseText, request.receivedAt,
        ]
      ).map { try HelpRequest(row: $0) }.map {
        RequestDetail.MergeCandidate(id: $0.id, label: $0.mergeLabel, category: $0.category)
      }
      let flag = try DeskFlagSQL.flag(db, request: id, today: clock.today, calendar: calendar)
      return RequestDetail(
        request: request, village: row["village_name"] ?? "",
        householdNo: row["requester_household_no"] ?? "",
        householdAddress: row["requester_address"] ?? "", mergedIntoLabel: merged?.mergeLabel ?? "",
        history: history,
        mergeCandidates: request.mergedIntoId == nil ? candidates : [], slips: slips,
        flag: flag?.0, flaggedSince: flag?.1,
        proposedReplyKind: settings.replyKind(for: request.category))
    }
  }
}

extension HelpRequest {
  /// How a merge names the request: when it came, who, and the start of what was asked.
  public var mergeLabel: String {
    let matter = content.split(whereSeparator: \.isNewline).joined(separator: " ")
    return "\(receivedAt) \(requester.name)："
      + (matter.count > 16 ? matter.prefix(16) + "…" : matter)
  }
}
