import Foundation
import GRDB
import LastmileCore

/// Writes many rows into an empty database through prepared statements (demo data, a county
/// built for the bench), stamped as written by `device`. Made by `LastmileStore.loadInBulk`,
/// which builds the indexes and fills the roster's columns once the rows are in.
public struct BulkLoader {
  private static let stampColumns = ["created_at", "updated_at", "device_id"]
  private var areas: BulkInserter
  private var cadres: BulkInserter
  private var households: BulkInserter
  private var members: BulkInserter
  private var assignments: BulkInserter
  private var visits: BulkInserter
  private var visitCadres: BulkInserter
  private var visitHouseholds: BulkInserter
  private var requests: BulkInserter
  private var audit: BulkInserter
  private var search: BulkInserter
  private let db: Database
  /// The device id stamped on the rows: the tool that made them, not this laptop.
  private let device: String
  /// Search documents wait until every other row is written: a statement after a write to the
  /// FTS5 table opens a savepoint, on which FTS5 flushes its pending data, row after row.
  private var pendingSearch: [(Int64, String)] = []

  init(_ db: Database, device: String) throws {
    func inserter(_ table: String, _ columns: [String], stamped: Bool = true) throws -> BulkInserter
    {
      try BulkInserter(
        db, table: table, columns: columns + (stamped ? BulkLoader.stampColumns : []))
    }
    self.db = db
    self.device = device
    areas = try inserter("area", ["id", "parent_id", "level", "name", "position"])
    cadres = try inserter(
      "cadre", ["id", "name", "role", "unit", "phone", "name_pinyin", "role_since"])
    households = try inserter(
      "household",
      [
        "id", "household_no", "head_name", "area_id", "address", "phone", "categories",
        "poverty_cause",
        "card_issued_on", "help_measures", "notes", "head_pinyin",
      ])
    members = try inserter(
      "member",
      [
        "id", "household_id", "name", "relation", "sex", "birth_date", "id_number", "phone",
        "health",
        "disability", "schooling", "tags",
      ])
    assignments = try inserter(
      "contact_assignment",
      ["id", "cadre_id", "household_id", "area_id", "starts_on", "ends_on", "note"])
    visits = try inserter(
      "visit",
      [
        "id", "visited_on", "kind", "area_id", "hours", "cadre_ids", "household_ids", "content",
        "problems",
        "follow_up_on",
      ])
    visitCadres = try inserter(
      "visit_cadre",
      ["visit_id", "cadre_id", "position", "visited_on", "kind", "overnight", "area_id"],
      stamped: false)
    visitHouseholds = try inserter(
      "visit_household", ["visit_id", "household_id", "visited_on"], stamped: false)
    requests = try inserter(
      "help_request",
      [
        "id", "received_at", "channel", "requester_name", "requester_phone", "requester_place",
        "household_id", "member_id", "area_id", "category", "content", "urgency", "decision",
        "decision_note", "assignee", "status", "reply", "replied_at", "satisfaction", "closed_at",
        "due_on",
        "extensions", "visit_id", "meeting", "reply_kind",
      ])
    audit = try inserter(
      "audit_log",
      ["at", "operator", "device_id", "table_name", "row_id", "action", "before", "after", "note"],
      stamped: false)
    search = try inserter("household_search", ["rowid", "tokens"], stamped: false)
  }

  private func stamps(_ created: String, _ updated: String? = nil) -> [BulkValue] {
    [.text(created), .text(updated ?? created), .text(device)]
  }

  public mutating func area(
    id: UUID, parent: UUID?, level: AreaLevel, name: String, position: Int, created: String
  ) throws {
    try areas.insert(
      [
        .text(id.databaseText), .of(parent?.databaseText), .text(level.rawValue), .text(name),
        .of(position),
      ]
        + stamps(created))
  }

  public mutating func cadre(
    id: UUID, name: String, role: CadreRole, unit: String, phone: String,
    roleSince: LocalDate? = nil, created: String
  )
    throws
  {
    try cadres.insert(
      [
        .text(id.databaseText), .text(name), .text(role.rawValue), .text(unit), .text(phone),
        .text(Pinyin.full(name)), .of(roleSince?.description),
      ]
        + stamps(created))
  }

  /// Writes a household; returns its rowid, for its search document.
  public mutating func household(_ household: Household, created: String) throws -> Int64 {
    try households.insert(
      [
        .text(household.id.databaseText), .text(household.householdNo), .text(household.headName),
        .of(household.areaId?.databaseText), .text(household.address), .text(household.phone),
        .text(ListColumn.encode(household.categories.map(\.rawValue))),
        .of(household.povertyCause?.rawValue),
        .of(household.cardIssuedOn?.description), .text(household.helpMeasures),
        .text(household.notes),
        .text(Pinyin.full(household.headName)),
      ] + stamps(created))
    return db.lastInsertedRowID
  }

  /// Keeps the search document of the household with `rowid`, to write with the others.
  public mutating func searchDocument(rowid: Int64, _ household: Household, members: [Member]) {
    let tokens = SearchDocument.tokens(
      householdNo: household.householdNo, headName: household.headName, phone: household.phone,
      people: members.map {
        SearchDocument.Person(name: $0.name, phone: $0.phone, idNumber: $0.idNumber)
      })
    pendingSearch.append((rowid, tokens))
  }

  /// Writes the search documents kept so far.
  mutating func flushSearchDocuments() throws {
    for (rowid, tokens) in pendingSearch { try search.insert([.integer(rowid), .text(tokens)]) }
    pendingSearch.removeAll()
  }

  public mutating func member(_ member: Member, created: String) throws {
    try members.insert(
      [
        .text(member.id.databaseText), .text(member.householdId.databaseText), .text(member.name),
        .text(member.relation.rawValue), .of(member.sex?.rawValue),
        .of(member.birthDate?.description),
        .text(member.idNumber), .text(member.phone), .text(member.health), .text(member.disability),
        .text(member.schooling), .text(ListColumn.encode(member.tags)),
      ] + stamps(created))
  }

  public mutating func assignment(
    id: UUID, cadre: UUID, household: UUID?, area: UUID?, startsOn: LocalDate,
    endsOn: LocalDate? = nil,
    note: String = "", created: String
  ) throws {
    try assignments.insert(
      [
        .text(id.databaseText), .text(cadre.databaseText), .of(household?.databaseText),
        .of(area?.databaseText),
        .text(startsOn.description), .of(endsOn?.description), .text(note),
      ] + stamps(created))
  }

  public mutating func visit(_ visit: Visit, created: String) throws {
    let id = visit.id.databaseText
    let date = visit.date.description
    let cadres = visit.cadreIds.map(\.databaseText)
    let households = visit.householdIds.map(\.databaseText)
    try visits.insert(
      [
        .text(id), .text(date), .text(visit.kind.rawValue), .of(visit.areaId?.databaseText),
        .of(visit.hours),
        .text(ListColumn.encode(cadres)), .text(ListColumn.encode(households)),
        .text(visit.content),
        .text(visit.problems), .of(visit.followUpOn?.description),
      ] + stamps(created))
    for (position, cadre) in cadres.enumerated() {
      try visitCadres.insert(
        [
          .text(id), .text(cadre), .of(position), .text(date), .text(visit.kind.rawValue),
          .of(visit.overnight ? 1 : 0), .of(visit.areaId?.databaseText),
        ])
    }
    for household in households {
      try visitHouseholds.insert([.text(id), .text(household), .text(date)])
    }
  }

  public mutating func request(_ request: HelpRequest, created: String, updated: String) throws {
    try requests.insert(
      [
        .text(request.id.databaseText), .text(request.receivedAt.isoText),
        .text(request.channel.rawValue),
        .text(request.requester.name), .text(request.requester.phone),
        .text(request.requester.place),
        .of(request.requester.householdId?.databaseText),
        .of(request.requester.memberId?.databaseText),
        .of(request.areaId?.databaseText), .text(request.category), .text(request.content),
        .text(request.urgency.rawValue), .of(request.decision?.rawValue),
        .text(request.decisionNote),
        .text(request.assignee), .text(request.status.rawValue), .text(request.reply),
        .of(request.repliedAt?.isoText), .of(request.satisfaction?.rawValue),
        .of(request.closedAt?.isoText),
        .of(request.dueOn?.description), .of(request.extensions),
        .of(request.visitId?.databaseText), .of(request.meeting?.rawValue),
        .of(request.replyKind?.rawValue ?? (request.reply.isEmpty ? nil : ReplyKind.oral.rawValue)),
      ]
        + stamps(created, updated))
  }

  /// One entry of a request's history, as the workflow would have logged it: the status
  /// before and after, at `at` (a stored timestamp).
  public mutating func history(
    request: UUID, at: String, operatorName: String, action: RequestAction, from: RequestStatus?,
    to: RequestStatus?, note: String
  ) throws {
    try audit.insert(
      [
        .text(at), .text(operatorName), .text(device), .text("help_request"),
        .text(request.databaseText), .text(action.rawValue),
        .of(from.flatMap { BulkLoader.statusJSON[$0] }),
        .of(to.flatMap { BulkLoader.statusJSON[$0] }), .text(note),
      ])
  }

  /// `{"status":"…"}` for each status, written once.
  private static let statusJSON: [RequestStatus: String] = Dictionary(
    uniqueKeysWithValues: RequestStatus.allCases.map {
      ($0, JSONValue.object([("status", .string($0.rawValue))]).serialized())
    })
}
