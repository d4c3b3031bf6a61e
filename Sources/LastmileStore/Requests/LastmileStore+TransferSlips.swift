import Foundation
import GRDB
import LastmileCore

/// Transfer slips (交办单): printed for a transferred request, then what its department did —
/// signed for it, replied, sent it back — recorded on the slip and in the request's history.
extension LastmileStore {
  /// The slip of a transferred request, to print: the open one for its department, or a new
  /// one (issued today by the operator, in the request's history). A request not transferred,
  /// or no longer in progress, has none.
  @discardableResult
  public func issueTransferSlip(request id: UUID) throws -> TransferSlipDocument {
    let slip: TransferSlip = try write { db, context in
      guard let request = try HelpRequest.live(id, db) else {
        throw db.goneError(table: HelpRequest.Columns.table, id: id.databaseText)
      }
      guard request.decision == .transferred, request.status == .inProgress else {
        throw StoreError.refused(.notTransferred)
      }
      if let open = try Self.openSlip(db, request: request) { return open }
      let slip = try Self.insertSlip(db, request: request, today: clock.today, context: context)
      try db.appendAudit(
        table: HelpRequest.Columns.table, rowId: id.databaseText,
        action: RequestAction.slipIssued.rawValue,
        before: [(HelpRequest.Columns.status, request.status.databaseValue)],
        after: [(HelpRequest.Columns.status, request.status.databaseValue)],
        note: request.assignee, context: context)
      return slip
    }
    guard let detail = try requestDetail(id: id) else {
      throw StoreError.recordGone(RecordName(.request))
    }
    return TransferSlipDocument(
      slip: slip, detail: detail, officeName: try localitySettings().officeName)
  }

  /// A request's slips, the first issued first.
  public func transferSlips(request id: UUID) throws -> [TransferSlip] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM transfer_slip WHERE request_id = ? AND deleted_at IS NULL
          ORDER BY created_at, id
          """, arguments: [id.databaseText]
      ).map(Self.slip)
    }
  }

  /// Writes on the request's open slip what its department did (the slip made first when none
  /// was printed): in the same transaction as the request's own change.
  static func recordOnSlip(
    _ db: Database, before request: HelpRequest, _ handling: RequestHandling, today: LocalDate,
    _ context: ChangeContext
  ) throws {
    let values: ColumnValues
    switch handling {
    case .departmentReceived(let day, let by):
      values = [("received_on", day.databaseValue), ("received_by", by.trimmed.databaseValue)]
    case .departmentReplied(let day, let text):
      values = [("replied_on", day.databaseValue), ("reply", text.trimmed.databaseValue)]
    case .sendBack(let day, let reason):
      values = [
        ("returned_on", day.databaseValue), ("return_reason", reason.trimmed.databaseValue),
      ]
    default:
      return
    }
    let slip =
      try openSlip(db, request: request)
      ?? insertSlip(db, request: request, today: today, context: context)
    _ = try db.updateAudited(
      table: "transfer_slip", id: slip.id.databaseText, values: values, context: context)
  }

  private static func openSlip(_ db: Database, request: HelpRequest) throws -> TransferSlip? {
    try Row.fetchOne(
      db,
      sql: """
        SELECT * FROM transfer_slip WHERE request_id = ? AND department = ? AND returned_on IS NULL
          AND deleted_at IS NULL
        ORDER BY created_at DESC LIMIT 1
        """, arguments: [request.id.databaseText, request.assignee]
    ).map(slip)
  }

  private static func insertSlip(
    _ db: Database, request: HelpRequest, today: LocalDate, context: ChangeContext
  ) throws -> TransferSlip {
    let slip = TransferSlip(
      id: .timeOrdered(), requestId: request.id, department: request.assignee, issuedOn: today,
      issuedBy: context.operatorName, dueOn: request.dueOn)
    try db.insertAudited(
      into: "transfer_slip", id: slip.id.databaseText,
      values: [
        ("request_id", request.id.databaseText.databaseValue),
        ("department", slip.department.databaseValue),
        ("issued_on", slip.issuedOn.databaseValue), ("issued_by", slip.issuedBy.databaseValue),
        ("due_on", slip.dueOn.databaseValue),
      ], context: context)
    return slip
  }

  private static func slip(_ row: Row) throws -> TransferSlip {
    let t = "transfer_slip"
    return TransferSlip(
      id: try row.id("id", in: t), requestId: try row.id("request_id", in: t),
      department: try row.value("department", in: t), issuedOn: try row.value("issued_on", in: t),
      issuedBy: try row.value("issued_by", in: t), dueOn: try row.optional("due_on", in: t),
      receivedOn: try row.optional("received_on", in: t),
      receivedBy: try row.value("received_by", in: t),
      repliedOn: try row.optional("replied_on", in: t), reply: try row.value("reply", in: t),
      returnedOn: try row.optional("returned_on", in: t),
      returnReason: try row.value("return_reason", in: t))
  }
}
