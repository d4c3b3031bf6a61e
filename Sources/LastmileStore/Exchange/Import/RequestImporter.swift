import Foundation
import GRDB
import LastmileCore

/// Imports help requests: each row adds a request, or updates the one received at the same time
/// from the same person about the same matter (so that a file imported again changes nothing).
struct RequestImporter: RowImporter {
  struct Plan {
    let row: ImportFile.Row
    var request: HelpRequest
    let village: String
    let isNew: Bool
    let changes: Bool
  }

  let file: ImportFile
  private var masks = ImportMasks()
  let today: LocalDate
  let policy: DeadlinePolicy
  let calendar: WorkingDayCalendar
  /// The locality's categories, by which a row's category is read.
  let categories: [RequestCategory]
  private var places: ImportPlaces
  private var households: [String: UUID] = [:]
  private var seen: [String: Int] = [:]
  private var announced: Set<String> = []

  init(
    file: ImportFile, today: LocalDate, policy: DeadlinePolicy, calendar: WorkingDayCalendar,
    categories: [RequestCategory] = RequestCategory.defaults, places: ImportPlaces, _ db: Database
  )
    throws
  {
    self.categories = categories
    self.file = file
    self.today = today
    self.policy = policy
    self.calendar = calendar
    self.places = places
    for row in try Row.fetchAll(
      db, sql: "SELECT household_no, id FROM household WHERE deleted_at IS NULL")
    {
      households[try row.value("household_no", in: "household")] = try row.id("id", in: "household")
    }
  }

  func closingWarnings() -> [ImportProblem] { masks.warnings(file) }

  static let talliedTable: String? = "help_request"
  static let bulkTable: String? = nil
  static let derived: Set<BulkLoad.Derived> = [.openRequests]
  static let refreshesSearch = false

  mutating func check(_ row: ImportFile.Row, _ db: Database, warnings: inout [ImportProblem]) throws
    -> RowCheck<Plan>
  {
    var cells = ImportParsing(file, row)
    let receivedText = cells.text(.receivedAt)
    let received = LocalDateTime(parsing: receivedText)
    if received == nil {
      cells.fail(
        .receivedAt, .field(receivedText.isEmpty ? .required : .invalidDateTime(receivedText)))
    } else if let received, received.date > today {
      cells.fail(.receivedAt, .field(.inFuture(receivedText)))
    }
    let name = cells.text(.requesterName)
    let content = cells.text(.content)
    let key = [receivedText, name, content].joined(separator: "|")
    if let first = seen[key] {
      cells.fail(.content, .duplicateInFile(key: "\(receivedText) \(name)", firstLine: first))
    } else {
      seen[key] = row.line
    }
    let current: HelpRequest? = try received.flatMap { at in
      try HelpRequest.fetchOne(
        try db.cachedStatement(
          sql: """
            SELECT * FROM help_request WHERE deleted_at IS NULL AND received_at = ? AND requester_name = ? AND content = ?
            """), arguments: [at, name, content])
    }
    var request =
      current
      ?? HelpRequest(
        receivedAt: received ?? LocalDateTime(startOf: today), channel: .other,
        requester: Requester(name: name),
        category: "", content: content)
    if cells.has(.channel) {
      request.channel = cells.coded(.channel, RequestChannel.self) ?? .other
    }
    if cells.has(.phone) {
      request.requester.phone = masks.value(.phone, &cells, stored: request.requester.phone)
    }
    if cells.has(.householdNo) {
      let number = cells.text(.householdNo)
      if number.isEmpty {
        request.requester.householdId = nil
      } else if let household = households[number] {
        request.requester.householdId = household
      } else {
        cells.fail(.householdNo, .householdNotFound(number))
      }
    }
    let categoryText = cells.text(.category)
    if let category = RequestCategory.find(categoryText, in: categories) {
      request.category = category.code
    } else if !categoryText.isEmpty {
      request.category = categoryText
      cells.fail(
        .category,
        .field(
          .unknownValue(
            categoryText,
            accepted: categories.map { "\($0.chinese) \($0.code)" }.joined(
              separator: ", "))))
    }
    if cells.has(.decision) { request.decision = cells.coded(.decision, HandlingDecision.self) }
    if cells.has(.assignee) { request.assignee = cells.text(.assignee) }
    if cells.has(.status) {
      request.status = cells.coded(.status, RequestStatus.self) ?? .registered
    }
    if cells.has(.reply) { request.reply = cells.text(.reply) }
    if cells.has(.satisfaction) {
      request.satisfaction = cells.coded(.satisfaction, Satisfaction.self)
    }
    request.dueOn = deadline(of: request)
    switch Validation.request(request) {
    case .success(let valid): request = valid
    case .failure(let problems): cells.add(problems)
    }
    let village = cells.text(.village)
    if !village.isEmpty, !places.hasVillage(village), announced.insert(village).inserted {
      cells.warn(.village, .newArea(village))
    }
    warnings += cells.problems.filter(\.isWarning)
    let errors = cells.problems.filter { !$0.isWarning }
    guard errors.isEmpty else { return .refused(errors) }
    var planned = request
    if !village.isEmpty {
      planned.areaId = places.existingArea(village: village, group: "") ?? .timeOrdered()
    }
    let changes = current.map { $0.columnValues.map(\.1) != planned.columnValues.map(\.1) } ?? true
    return .ok(
      Plan(row: row, request: request, village: village, isNew: current == nil, changes: changes))
  }

  /// The deadline of an imported request: none once replied or solved on the spot; a transfer's
  /// a week after receipt (its date is not in the file); else the reply deadline.
  private func deadline(of request: HelpRequest) -> LocalDate? {
    guard request.status.awaitsReply, request.decision != .solvedOnSpot else {
      return request.dueOn
    }
    if request.dueOn != nil { return request.dueOn }
    if request.decision == .transferred {
      return policy.transferDue(transferredOn: request.receivedAt.date, calendar: calendar)
    }
    return policy.replyDue(receivedOn: request.receivedAt.date, calendar: calendar).value
  }

  mutating func orderPlaces(_ db: Database, _ context: ChangeContext) throws {
    try places.orderCreated(db, context)
  }

  func outcome(of plan: Plan) -> (isNew: Bool, changes: Bool) { (plan.isNew, plan.changes) }

  func households(of plan: Plan) -> [String] {
    plan.request.requester.householdId.map { [$0.databaseText] } ?? []
  }

  mutating func write(_ plan: Plan, _ db: Database, _ context: ChangeContext) throws -> Bool {
    var request = plan.request
    if let area = try places.area(village: plan.village, group: "", db, context) {
      request.areaId = area
    }
    let note = "import \(file.name):\(plan.row.line)"
    if plan.isNew {
      request.number = try RequestNumbers.next(
        db, on: request.receivedAt.date, deviceId: context.deviceId)
      try db.insertAudited(
        into: HelpRequest.Columns.table, id: request.id.databaseText, values: request.columnValues,
        context: context,
        action: RequestAction.received.rawValue, note: note)
      try db.recordBookEntry(for: request, context)
      return true
    }
    return try db.updateAudited(
      table: HelpRequest.Columns.table, id: request.id.databaseText, values: request.columnValues,
      context: context,
      action: RequestAction.edited.rawValue, note: note)
  }
}
