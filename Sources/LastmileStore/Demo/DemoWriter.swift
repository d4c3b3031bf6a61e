import Foundation
import GRDB
import LastmileCore

/// Writes demo rows through prepared statements, stamped as written by the demo generator.
struct DemoWriter {
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

  init(_ db: Database) throws {
    func inserter(_ table: String, _ columns: [String], stamped: Bool = true) throws -> BulkInserter {
      try BulkInserter(db, table: table, columns: columns + (stamped ? DemoWriter.stampColumns : []))
    }
    self.db = db
    areas = try inserter("area", ["id", "parent_id", "level", "name", "position"])
    cadres = try inserter("cadre", ["id", "name", "role", "unit", "phone"])
    households = try inserter(
      "household",
      ["id", "household_no", "head_name", "area_id", "address", "phone", "categories", "poverty_cause",
       "card_issued_on", "help_measures", "notes", "head_pinyin"])
    members = try inserter(
      "member",
      ["id", "household_id", "name", "relation", "sex", "birth_date", "id_number", "phone", "health",
       "disability", "schooling", "tags"])
    assignments = try inserter(
      "contact_assignment", ["id", "cadre_id", "household_id", "area_id", "starts_on", "ends_on", "note"])
    visits = try inserter(
      "visit",
      ["id", "visited_on", "kind", "area_id", "hours", "cadre_ids", "household_ids", "content", "problems",
       "follow_up_on"])
    visitCadres = try inserter(
      "visit_cadre", ["visit_id", "cadre_id", "position", "visited_on"], stamped: false)
    visitHouseholds = try inserter(
      "visit_household", ["visit_id", "household_id", "visited_on"], stamped: false)
    requests = try inserter(
      "help_request",
      ["id", "received_at", "channel", "requester_name", "requester_phone", "requester_place",
       "household_id", "member_id", "area_id", "category", "content", "urgency", "decision",
       "decision_note", "assignee", "status", "reply", "replied_at", "satisfaction", "closed_at", "due_on",
       "visit_id"])
    audit = try inserter(
      "audit_log", ["at", "operator", "device_id", "table_name", "row_id", "action", "before", "after", "note"],
      stamped: false)
    search = try inserter("household_search", ["rowid", "tokens"], stamped: false)
  }

  private func stamps(_ created: String, _ updated: String? = nil) -> [(any DatabaseValueConvertible)?] {
    [created, updated ?? created, DemoGenerator.device]
  }

  mutating func area(id: UUID, parent: UUID?, level: AreaLevel, name: String, position: Int, created: String) throws {
    try areas.insert([id.databaseText, parent?.databaseText, level.rawValue, name, position] + stamps(created))
  }

  mutating func cadre(id: UUID, name: String, role: CadreRole, unit: String, phone: String, created: String)
    throws
  {
    try cadres.insert([id.databaseText, name, role.rawValue, unit, phone] + stamps(created))
  }

  /// Writes a household; returns its rowid, for its search document.
  mutating func household(_ household: Household, created: String) throws -> Int64 {
    try households.insert(
      [household.id.databaseText, household.householdNo, household.headName,
       household.areaId?.databaseText, household.address, household.phone,
       ListColumn.encode(household.categories.map(\.rawValue)), household.povertyCause?.rawValue,
       household.cardIssuedOn?.description, household.helpMeasures, household.notes,
       Pinyin.full(household.headName)] + stamps(created))
    return db.lastInsertedRowID
  }

  /// Writes the search document of the household with `rowid`.
  mutating func searchDocument(rowid: Int64, _ household: Household, members: [Member]) throws {
    let tokens = SearchDocument.tokens(
      householdNo: household.householdNo, headName: household.headName, phone: household.phone,
      people: members.map { SearchDocument.Person(name: $0.name, phone: $0.phone, idNumber: $0.idNumber) })
    try search.insert([rowid, tokens])
  }

  mutating func member(_ member: Member, created: String) throws {
    try members.insert(
      [member.id.databaseText, member.householdId.databaseText, member.name, member.relation.rawValue,
       member.sex?.rawValue, member.birthDate?.description, member.idNumber, member.phone, member.health,
       member.disability, member.schooling, ListColumn.encode(member.tags)] + stamps(created))
  }

  mutating func assignment(
    id: UUID, cadre: UUID, household: UUID?, area: UUID?, startsOn: LocalDate, endsOn: LocalDate? = nil,
    note: String = "", created: String
  ) throws {
    try assignments.insert(
      [id.databaseText, cadre.databaseText, household?.databaseText, area?.databaseText,
       startsOn.description, endsOn?.description, note] + stamps(created))
  }

  mutating func visit(_ visit: Visit, created: String) throws {
    let id = visit.id.databaseText
    let date = visit.date.description
    try visits.insert(
      [id, date, visit.kind.rawValue, visit.areaId?.databaseText, visit.hours,
       ListColumn.encode(visit.cadreIds.map(\.databaseText)),
       ListColumn.encode(visit.householdIds.map(\.databaseText)), visit.content, visit.problems,
       visit.followUpOn?.description] + stamps(created))
    for (position, cadre) in visit.cadreIds.enumerated() {
      try visitCadres.insert([id, cadre.databaseText, position, date])
    }
    for household in visit.householdIds {
      try visitHouseholds.insert([id, household.databaseText, date])
    }
  }

  mutating func request(_ request: HelpRequest, created: String, updated: String) throws {
    try requests.insert(
      [request.id.databaseText, request.receivedAt.isoText, request.channel.rawValue, request.requester.name,
       request.requester.phone, request.requester.place, request.requester.householdId?.databaseText,
       request.requester.memberId?.databaseText, request.areaId?.databaseText, request.category,
       request.content, request.urgency.rawValue, request.decision?.rawValue, request.decisionNote,
       request.assignee, request.status.rawValue, request.reply, request.repliedAt?.isoText,
       request.satisfaction?.rawValue, request.closedAt?.isoText, request.dueOn?.description,
       request.visitId?.databaseText] + stamps(created, updated))
  }

  /// One entry of a request's history, as the workflow would have logged it.
  mutating func history(
    request: UUID, at: String, operatorName: String, action: RequestAction, before: JSONValue?,
    after: JSONValue?, note: String
  ) throws {
    try audit.insert(
      [at, operatorName, DemoGenerator.device, "help_request", request.databaseText, action.rawValue,
       before?.serialized(), after?.serialized(), note])
  }
}
